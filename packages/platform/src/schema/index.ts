/**
 * @openprovince/platform/schema: the browser-safe half of the platform. Module contracts (schemas, types,
 * permissions, states, labels) import only this subpath, so the web app can import them without pulling in
 * Fastify or Node code. Nothing under this folder may import from `../http`, `fastify` or `node:*`
 * (checked by scripts/check-architecture.ts).
 */
import { type Static, type TSchema, Type } from 'typebox';
import { ROLE_NAME_PATTERN } from '../context/roles.ts';

export { isRoleName, ROLE_NAME_PATTERN, type RoleGrants, type RoleName } from '../context/roles.ts';
export { ERROR_CODES, type ErrorCode } from '../errors/error-codes.ts';
export * from './shared.ts';
export { type Static, type TSchema, Type };

/** `T` or `null` (a column that may be empty), the one spelling used across contracts. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A calendar date in the province, `YYYY-MM-DD` (no time, no zone). */
export const IsoDate = (options: { description?: string } = {}) =>
  Type.String({ format: 'date', ...options });

/** An instant, RFC 3339 with its offset (`2021-02-05T09:40:00.000Z`). */
export const DateTime = (options: { description?: string } = {}) =>
  Type.String({ format: 'date-time', ...options });

/** A UUID identifier. */
export const Uuid = (options: { description?: string } = {}) => Type.String({ format: 'uuid', ...options });

/** Where a list starts and how long it is. Bounded, so a huge offset is a 400, never a database error. */
export const MAX_PAGE_SIZE = 500;
export const MAX_OFFSET = 1_000_000;

/** A page of a server-paged list: the items and the total count that matches the query. */
export const Page = <T extends TSchema>(item: T, options: { $id?: string } = {}) =>
  Type.Object(
    {
      items: Type.Array(item),
      total: Type.Integer({ minimum: 0 }),
      limit: Type.Integer({ minimum: 1 }),
      offset: Type.Integer({ minimum: 0 }),
    },
    options,
  );

/** Vietnamese and English names of something a person reads (a role, a state, an action). */
export interface Label {
  vi: string;
  en: string;
}

/** A role's name in a request body: the shape only; the composed role table says which names exist. */
export const RoleNameSchema = (options: { description?: string } = {}) =>
  Type.String({ pattern: ROLE_NAME_PATTERN, maxLength: 64, ...options });

/** A module's roles: name → label. Roles are contributed by modules (their manifests) and merged. */
export type RoleLabels = Readonly<Record<string, Label>>;

/**
 * The query of a server-paged register list: words to search (with or without diacritics), a sort key
 * (`name` ascending, `-name` descending), the page, and the register's own filters.
 */
export const ListQuery = <
  const Sorts extends readonly string[],
  P extends Record<string, TSchema> = Record<never, TSchema>,
>(options: {
  sorts: Sorts;
  filters?: P;
}) =>
  Type.Object({
    q: Type.Optional(Type.String({ maxLength: 200 })),
    sort: Type.Optional(Type.Enum([...options.sorts, ...options.sorts.map((s) => `-${s}`)])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
    ...((options.filters ?? {}) as P),
  });
