export {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  not,
  notInArray,
  or,
  sql,
} from 'drizzle-orm';
export * from './data-dir-lock.ts';
export * from './database.ts';
export * from './errors.ts';
export * from './migrate.ts';
export type {} from './shared-deps.ts';
export * from './transaction.ts';
