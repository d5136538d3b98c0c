/**
 * Server-paged lists, declared once per register: which folded column `q` searches, which columns may be
 * sorted on, and a unique key so that pages never repeat or skip a row when sort values tie. The caller adds
 * its own conditions (agency scope, filters) as SQL.
 */
import { and, asc, type Db, desc, sql } from '@openprovince/db';
import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { containsPattern } from './search.ts';

export interface ListSpec<TTable extends PgTable> {
  table: TTable;
  /** The stored folded search key (see searchTextOf); without it, `q` is refused by the query schema. */
  search?: PgColumn;
  /** Sort keys the query may name (`name` ascending, `-name` descending). */
  sorts: Readonly<Record<string, PgColumn | SQL>>;
  defaultSort: string;
  /** A unique column, the last sort key (stable pages). */
  key: PgColumn;
}

export interface ListParams {
  q?: string | undefined;
  sort?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  /** Conditions of the caller: scope and filters (undefined entries are ignored). */
  where?: readonly (SQL | undefined)[];
}

export interface ListResult<Row> {
  items: Row[];
  total: number;
  limit: number;
  offset: number;
}

export function orderOf(
  spec: Pick<ListSpec<PgTable>, 'sorts' | 'defaultSort' | 'key'>,
  sort: string | undefined,
): SQL[] {
  const wanted = sort && spec.sorts[sort.replace(/^-/, '')] ? sort : spec.defaultSort;
  const descending = wanted.startsWith('-');
  const column = spec.sorts[wanted.replace(/^-/, '')];
  if (!column) throw new Error(`Unknown default sort "${spec.defaultSort}"`);
  return [descending ? desc(column) : asc(column), asc(spec.key)];
}

export async function listPage<TTable extends PgTable>(
  db: Db,
  spec: ListSpec<TTable>,
  params: ListParams,
): Promise<ListResult<TTable['$inferSelect']>> {
  const limit = params.limit ?? 50;
  const offset = params.offset ?? 0;
  const conditions = [...(params.where ?? [])];
  if (params.q?.trim() && spec.search) conditions.push(sql`${spec.search} like ${containsPattern(params.q)}`);
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(spec.table as PgTable)
      .where(where)
      .orderBy(...orderOf(spec, params.sort))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(spec.table as PgTable)
      .where(where),
  ]);
  return { items: rows as TTable['$inferSelect'][], total: count?.n ?? 0, limit, offset };
}
