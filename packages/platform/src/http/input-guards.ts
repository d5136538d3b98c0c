import type { FastifyRequest } from 'fastify';
import secureJsonParse from 'secure-json-parse';
import { AppError } from '../errors/app-error.ts';

/**
 * Checks every request's input gets before a route sees it, whatever the route's schema says: JSON nesting,
 * the NUL character, and integers PostgreSQL can hold. Each turns into a 400 problem document instead of a
 * stack overflow or a database error (500).
 */

/** Deeper JSON than this is refused: no form, answer set or setting of the platform nests anywhere near it. */
export const MAX_JSON_DEPTH = 64;

/** Whether the JSON text nests objects/arrays deeper than `limit`; strings are skipped, not counted. */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump to the closing quote natively: a base64 upload is one long string.
      let end = text.indexOf('"', i + 1);
      while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) return false; // unterminated: JSON.parse reports it
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; j >= 0 && text.charCodeAt(j) === 0x5c; j--) backslashes++;
  return backslashes % 2 === 1;
}

/** The platform's JSON body parser: Fastify's (prototype-poisoning safe) plus the nesting limit. */
export function parseJsonBody(
  _request: FastifyRequest,
  body: string | Buffer,
  done: (error: Error | null, value?: unknown) => void,
): void {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (text.length === 0) {
    done(
      new AppError('MALFORMED_REQUEST', {
        detail: 'Nội dung JSON trống.',
        detailEn: 'The JSON body is empty.',
      }),
    );
    return;
  }
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
    done(
      new AppError('MALFORMED_REQUEST', {
        detail: `Dữ liệu JSON lồng nhau quá ${MAX_JSON_DEPTH} cấp.`,
        detailEn: `The JSON nests deeper than ${MAX_JSON_DEPTH} levels.`,
      }),
    );
    return;
  }
  try {
    done(null, secureJsonParse(text, null, { protoAction: 'error', constructorAction: 'error' }));
  } catch (error) {
    done(
      new AppError('MALFORMED_REQUEST', {
        detail: 'Nội dung không phải JSON hợp lệ.',
        detailEn: 'The body is not valid JSON.',
        cause: error,
      }),
    );
  }
}

/**
 * Where a NUL character (U+0000) sits in the request's query, path parameters or parsed body, as a field
 * path (`/querystring/q`, named as Fastify names the request's parts), or undefined. PostgreSQL cannot store U+0000 in text, and no Vietnamese text has one.
 * Raw (binary) bodies are not looked into.
 */
export function findNulCharacter(request: FastifyRequest): string | undefined {
  for (const [where, value] of [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ] as const) {
    const found = nulPath(value, `/${where}`, 0);
    if (found) return found;
  }
  return undefined;
}

function nulPath(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  // The JSON parser bounds nesting; the limit here keeps the walk bounded for other parsers too.
  if (!value || typeof value !== 'object' || depth > MAX_JSON_DEPTH || ArrayBuffer.isView(value)) {
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}/${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key.includes('\u0000')) return `${path}/${key.replaceAll('\u0000', '\\u0000')}`;
    const found = nulPath((value as Record<string, unknown>)[key], `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function nulCharacterError(path: string): AppError {
  return new AppError('VALIDATION_FAILED', {
    detail: 'Dữ liệu chứa ký tự rỗng (U+0000), không được chấp nhận.',
    detailEn: 'The data contains a NUL character (U+0000), which is not accepted.',
    errors: [
      {
        path,
        message: 'Không được chứa ký tự rỗng (U+0000)',
        messageEn: 'Must not contain a NUL character (U+0000)',
      },
    ],
  });
}

/** PostgreSQL's `integer`: the widest whole number every column and LIMIT/OFFSET of the platform takes. */
export const INT32 = { minimum: -2_147_483_648, maximum: 2_147_483_647 } as const;

/**
 * A copy of a request schema (query, params, headers, body) in which every `integer` without its own bounds
 * is bounded to PostgreSQL's `integer`, so `offset=1e308` is a 400 from validation, not a database error.
 * Returns the schema itself when nothing needed a bound.
 */
export function boundIntegers<T>(schema: T): T {
  return (needsBounds(schema, 0) ? withBounds(schema, 0) : schema) as T;
}

const SUBSCHEMA_KEYS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];
const SUBSCHEMA_LIST_KEYS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];

function isIntegerType(schema: Record<string, unknown>): boolean {
  const type = schema.type;
  return type === 'integer' || (Array.isArray(type) && type.includes('integer'));
}

function needsBounds(schema: unknown, depth: number): boolean {
  if (!schema || typeof schema !== 'object' || depth > 32) return false;
  const s = schema as Record<string, unknown>;
  if (isIntegerType(s)) {
    const open =
      (s.maximum === undefined && s.exclusiveMaximum === undefined) ||
      (s.minimum === undefined && s.exclusiveMinimum === undefined);
    if (open) return true;
  }
  const props = s.properties as Record<string, unknown> | undefined;
  if (props && Object.values(props).some((p) => needsBounds(p, depth + 1))) return true;
  if (SUBSCHEMA_KEYS.some((k) => needsBounds(s[k], depth + 1))) return true;
  return SUBSCHEMA_LIST_KEYS.some(
    (k) => Array.isArray(s[k]) && (s[k] as unknown[]).some((x) => needsBounds(x, depth + 1)),
  );
}

function withBounds(schema: unknown, depth: number): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  if (!needsBounds(schema, depth)) return schema;
  const s = schema as Record<string, unknown>;
  const out: Record<string, unknown> = { ...s };
  // TypeBox keeps its kind in symbol keys, which the spread above does not copy; carry them over.
  for (const sym of Object.getOwnPropertySymbols(s)) out[sym as unknown as string] = s[sym as never];
  if (isIntegerType(s)) {
    if (s.maximum === undefined && s.exclusiveMaximum === undefined) out.maximum = INT32.maximum;
    if (s.minimum === undefined && s.exclusiveMinimum === undefined) out.minimum = INT32.minimum;
  }
  if (s.properties && typeof s.properties === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(s.properties as Record<string, unknown>).map(([k, v]) => [k, withBounds(v, depth + 1)]),
    );
  }
  for (const k of SUBSCHEMA_KEYS) if (k in s) out[k] = withBounds(s[k], depth + 1);
  for (const k of SUBSCHEMA_LIST_KEYS) {
    if (Array.isArray(s[k])) out[k] = (s[k] as unknown[]).map((x) => withBounds(x, depth + 1));
  }
  return out;
}
