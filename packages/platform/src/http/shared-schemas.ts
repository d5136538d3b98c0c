/**
 * Shared response schemas: a schema that carries a `$id` (the problem document, a dossier, an outgoing
 * document…) is registered once with the Fastify context of the route that uses it (`addSchema`) and the
 * route's response refers to it with `$ref`. Serialization is the same (fast-json-stringify resolves the
 * reference), and @fastify/swagger then lists the schema once under `components.schemas` instead of
 * inlining it into every operation: the OpenAPI document, and the web app's types generated from it, shrink.
 *
 * Only responses: request schemas stay inline, so validation, its error messages and the integer bounds of
 * input-guards.ts see every field as before.
 */

/** The part of a Fastify instance this needs (the instance the route is declared on). */
export interface SchemaRegistry {
  addSchema(schema: unknown): unknown;
  getSchema(id: string): unknown;
}

/** Keywords whose values are data, not schemas: never walked. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

/** A copy of `schema` with every subschema that carries a `$id` replaced by a reference to it (registered). */
function hoist(schema: unknown, registry: SchemaRegistry): unknown {
  if (Array.isArray(schema)) return schema.map((s) => hoist(s, registry));
  if (!isObject(schema)) return schema;
  const id = schema.$id;
  if (typeof id === 'string' && id.length > 0) {
    register(id, schema, registry);
    return { $ref: id };
  }
  return copyWithin(schema, registry);
}

function copyWithin(schema: Json, registry: SchemaRegistry): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = DATA_KEYWORDS.has(key) ? value : hoist(value, registry);
  }
  return out;
}

function register(id: string, schema: Json, registry: SchemaRegistry): void {
  const shared = { ...copyWithin(schema, registry), $id: id };
  const known = registry.getSchema(id);
  if (known === undefined) {
    registry.addSchema(shared);
    return;
  }
  // Two different schemas under one name would silently answer one route with the other's shape.
  if (canonical(known) !== canonical(shared)) {
    throw new Error(`Two different schemas share the $id '${id}': give one of them another name`);
  }
}

/** JSON with the keys of every object in order, so that two equal schemas compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Rewrites a route's `schema.response` in place so that subschemas with a `$id` are shared (see above).
 * Handles both `{ 200: schema }` and `{ 200: { content: { 'application/json': { schema } } } }`.
 */
export function shareResponseSchemas(routeSchema: unknown, registry: SchemaRegistry): void {
  if (!isObject(routeSchema) || !isObject(routeSchema.response)) return;
  const response = routeSchema.response;
  for (const [status, schema] of Object.entries(response)) {
    response[status] = hoist(schema, registry);
  }
}
