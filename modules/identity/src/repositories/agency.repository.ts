import { and, asc, type Db, eq, inArray, isNull, queryRows, sql } from '@openprovince/db';
import { agencies } from '../db/schema.ts';

export type AgencyRow = typeof agencies.$inferSelect;
export type NewAgencyRow = typeof agencies.$inferInsert;

export interface AgencyFilter {
  /** Accent-free, lower-case search text. */
  search?: string;
  parentId?: string;
  rootsOnly?: boolean;
  level?: string;
  kind?: string;
  /** ISO date: only agencies that existed on that day. */
  asOf?: string;
  limit: number;
  offset: number;
}

function filterConditions(filter: Omit<AgencyFilter, 'limit' | 'offset'>) {
  const conditions = [];
  if (filter.search) conditions.push(sql`${agencies.searchText} like ${`%${filter.search}%`}`);
  if (filter.parentId) conditions.push(eq(agencies.parentId, filter.parentId));
  if (filter.rootsOnly) conditions.push(isNull(agencies.parentId));
  if (filter.level) conditions.push(eq(agencies.level, filter.level));
  if (filter.kind) conditions.push(eq(agencies.kind, filter.kind));
  if (filter.asOf) {
    conditions.push(sql`${agencies.validFrom} <= ${filter.asOf}::date`);
    conditions.push(sql`(${agencies.validTo} is null or ${agencies.validTo} >= ${filter.asOf}::date)`);
  }
  return conditions.length ? and(...conditions) : undefined;
}

// Correlated with the outer row explicitly: a bare ${agencies.id} renders as "id", which inside the
// subquery would mean c.id and count nothing.
const childCount = sql<number>`(select count(*)::int from identity.agencies c where c.parent_id = "identity"."agencies"."id")`;

export async function listAgencies(db: Db, filter: AgencyFilter) {
  const where = filterConditions(filter);
  const [items, [total]] = await Promise.all([
    db
      .select({ agency: agencies, childCount })
      .from(agencies)
      .where(where)
      .orderBy(asc(agencies.level), asc(agencies.name))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(agencies).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findAgencyById(db: Db, id: string) {
  const [row] = await db.select({ agency: agencies, childCount }).from(agencies).where(eq(agencies.id, id));
  return row;
}

export async function findAgenciesByIds(db: Db, ids: readonly string[]): Promise<AgencyRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(agencies)
    .where(inArray(agencies.id, [...ids]));
}

/** The agency and the units above it, nearest first (the directory is a tree a few levels deep). */
export async function agencyLineage(db: Db, id: string): Promise<AgencyRow[]> {
  const rows = await queryRows<{ id: string; depth: number }>(
    db,
    sql`
    with recursive up as (
      select id, parent_id, 0 as depth from identity.agencies where id = ${id}
      union all
      select a.id, a.parent_id, up.depth + 1 from identity.agencies a join up on a.id = up.parent_id
      where up.depth < 20
    )
    select id, depth from up order by depth`,
  );
  const byId = new Map(
    (
      await findAgenciesByIds(
        db,
        rows.map((r) => r.id),
      )
    ).map((a) => [a.id, a]),
  );
  return rows.map((r) => byId.get(r.id)).filter((a): a is AgencyRow => a !== undefined);
}

export async function findAgencyByCode(db: Db, code: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.code, code));
  return row;
}

export async function insertAgency(db: Db, row: NewAgencyRow): Promise<AgencyRow> {
  const [inserted] = await db.insert(agencies).values(row).returning();
  return inserted!;
}

/** Optimistic concurrency: updates only if the stored version is `expectedVersion`. */
export async function updateAgencyIfVersion(
  db: Db,
  input: { id: string; expectedVersion: number; changes: Partial<NewAgencyRow> },
): Promise<AgencyRow | undefined> {
  const [row] = await db
    .update(agencies)
    .set({ ...input.changes, version: sql`${agencies.version} + 1`, updatedAt: new Date() })
    .where(and(eq(agencies.id, input.id), eq(agencies.version, input.expectedVersion)))
    .returning();
  return row;
}

/** The ids of an agency and every unit below it. */
export async function subtreeIds(db: Db, rootId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    with recursive tree as (
      select id from identity.agencies where id = ${rootId}
      union all
      select a.id from identity.agencies a join tree on a.parent_id = tree.id
    )
    select id from tree`,
  );
  return rows.map((r) => r.id);
}

export async function countAgencies(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(agencies);
  return row?.n ?? 0;
}
