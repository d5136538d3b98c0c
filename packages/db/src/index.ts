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
  or,
  sql,
} from 'drizzle-orm';
export * from './data-dir-lock.ts';
export * from './database.ts';
export * from './errors.ts';
export * from './migrate.ts';
export * from './transaction.ts';
