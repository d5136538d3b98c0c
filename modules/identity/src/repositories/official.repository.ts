import { and, asc, type Db, eq, inArray, isNull, lt, or, sql } from '@openprovince/db';
import { agencies, officialRoles, officials } from '../db/schema.ts';

export type OfficialRow = typeof officials.$inferSelect;
export type NewOfficialRow = typeof officials.$inferInsert;

export async function insertOfficial(
  db: Db,
  row: NewOfficialRow,
  roles: readonly string[],
): Promise<OfficialRow> {
  const [inserted] = await db.insert(officials).values(row).returning();
  if (roles.length) {
    await db.insert(officialRoles).values(roles.map((role) => ({ officialId: inserted!.id, role })));
  }
  return inserted!;
}

export async function findOfficialById(db: Db, id: string): Promise<OfficialRow | undefined> {
  const [row] = await db.select().from(officials).where(eq(officials.id, id));
  return row;
}

export async function findOfficialByUsername(db: Db, username: string): Promise<OfficialRow | undefined> {
  const [row] = await db.select().from(officials).where(eq(officials.username, username));
  return row;
}

/**
 * Records a TOTP time step as used, only if it comes after the last one used: false means the code
 * (or an older one) was used already. One statement, so two sign-ins racing with one code cannot both win.
 */
export async function consumeTotpStep(db: Db, input: { officialId: string; step: number }): Promise<boolean> {
  const rows = await db
    .update(officials)
    .set({ totpLastStep: input.step })
    .where(
      and(
        eq(officials.id, input.officialId),
        or(isNull(officials.totpLastStep), lt(officials.totpLastStep, input.step)),
      ),
    )
    .returning({ id: officials.id });
  return rows.length > 0;
}

export async function rolesOf(db: Db, officialId: string): Promise<string[]> {
  const rows = await db
    .select({ role: officialRoles.role })
    .from(officialRoles)
    .where(eq(officialRoles.officialId, officialId))
    .orderBy(asc(officialRoles.role));
  return rows.map((r) => r.role);
}

export async function rolesOfMany(db: Db, officialIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (officialIds.length === 0) return map;
  const rows = await db
    .select()
    .from(officialRoles)
    .where(inArray(officialRoles.officialId, officialIds))
    .orderBy(asc(officialRoles.role));
  for (const r of rows) map.set(r.officialId, [...(map.get(r.officialId) ?? []), r.role]);
  return map;
}

export async function replaceRoles(db: Db, officialId: string, roles: readonly string[]): Promise<void> {
  await db.delete(officialRoles).where(eq(officialRoles.officialId, officialId));
  if (roles.length) await db.insert(officialRoles).values(roles.map((role) => ({ officialId, role })));
}

export async function updateOfficialIfVersion(
  db: Db,
  input: { id: string; expectedVersion: number; changes: Partial<NewOfficialRow> },
): Promise<OfficialRow | undefined> {
  const [row] = await db
    .update(officials)
    .set({ ...input.changes, version: sql`${officials.version} + 1`, updatedAt: new Date() })
    .where(and(eq(officials.id, input.id), eq(officials.version, input.expectedVersion)))
    .returning();
  return row;
}

export interface OfficialFilter {
  /** Restrict to these agencies (agency scoping); undefined means every agency. */
  agencyIds?: string[];
  search?: string;
  limit: number;
  offset: number;
}

export async function listOfficials(db: Db, filter: OfficialFilter) {
  const conditions = [];
  if (filter.agencyIds) conditions.push(inArray(officials.agencyId, filter.agencyIds));
  if (filter.search) conditions.push(sql`${officials.searchText} like ${`%${filter.search}%`}`);
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db
      .select({ official: officials, agencyName: agencies.name })
      .from(officials)
      .innerJoin(agencies, eq(agencies.id, officials.agencyId))
      .where(where)
      .orderBy(asc(officials.fullName))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(officials).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
