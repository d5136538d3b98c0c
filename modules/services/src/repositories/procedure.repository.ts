import { and, asc, type Db, eq, inArray, isNull, queryRows, sql } from '@openprovince/db';
import type { SQL } from 'drizzle-orm';
import { components, feeLines, fields, procedures, serviceLevels } from '../db/schema.ts';

export type ProcedureRow = typeof procedures.$inferSelect;
export type NewProcedureRow = typeof procedures.$inferInsert;
export type FeeLineRow = typeof feeLines.$inferSelect;
export type NewFeeLineRow = typeof feeLines.$inferInsert;
export type ComponentRow = typeof components.$inferSelect;
export type NewComponentRow = typeof components.$inferInsert;
export type ServiceLevelRow = typeof serviceLevels.$inferSelect;
export type NewServiceLevelRow = typeof serviceLevels.$inferInsert;

export interface ProcedureFilter {
  /** Accent-free, lower-case words; every word must occur. */
  words?: string[];
  /** The whole folded query, to rank exact phrases first. */
  phrase?: string;
  fieldId?: string;
  agencyId?: string;
  implementingLevel?: string;
  serviceLevel?: string;
  publishedNationally?: boolean;
  asOf: string;
  limit: number;
  offset: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The service level on a day: periods of a procedure do not overlap, so the join adds at most one row. */
const levelOn = (asOf: string) =>
  and(
    eq(serviceLevels.procedureId, procedures.id),
    sql`${serviceLevels.effectiveFrom} <= ${asOf}::date`,
    sql`(${serviceLevels.effectiveTo} is null or ${serviceLevels.effectiveTo} >= ${asOf}::date)`,
  );

function conditions(filter: Omit<ProcedureFilter, 'limit' | 'offset'>): SQL | undefined {
  const c: (SQL | undefined)[] = [
    sql`${procedures.validFrom} <= ${filter.asOf}::date`,
    sql`(${procedures.validTo} is null or ${procedures.validTo} >= ${filter.asOf}::date)`,
  ];
  for (const word of filter.words ?? [])
    c.push(sql`${procedures.searchText} like ${`%${escapeLike(word)}%`}`);
  if (filter.fieldId) c.push(eq(procedures.fieldId, filter.fieldId));
  if (filter.agencyId) c.push(eq(procedures.agencyId, filter.agencyId));
  if (filter.implementingLevel) c.push(eq(procedures.implementingLevel, filter.implementingLevel));
  if (filter.serviceLevel) c.push(eq(serviceLevels.level, filter.serviceLevel));
  if (filter.publishedNationally !== undefined)
    c.push(eq(procedures.publishedNationally, filter.publishedNationally));
  return and(...c);
}

export async function searchProcedures(db: Db, filter: ProcedureFilter) {
  const where = conditions(filter);
  const rank = filter.phrase
    ? [
        sql`(${procedures.searchText} like ${`%${escapeLike(filter.phrase)}%`}) desc`,
        sql`word_similarity(${filter.phrase}, ${procedures.searchText}) desc`,
      ]
    : [];
  const [items, [total]] = await Promise.all([
    db
      .select({ procedure: procedures, fieldName: fields.name, level: serviceLevels })
      .from(procedures)
      .innerJoin(fields, eq(fields.id, procedures.fieldId))
      .leftJoin(serviceLevels, levelOn(filter.asOf))
      .where(where)
      .orderBy(...rank, asc(fields.sortOrder), asc(procedures.name), asc(procedures.nationalCode))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(procedures)
      .leftJoin(serviceLevels, levelOn(filter.asOf))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * How many procedures of the search each agency offers (every filter but the agency's own), largest first:
 * the same title is offered by every district or commune, and this is what a person narrows it by.
 */
export async function countByAgency(
  db: Db,
  filter: Omit<ProcedureFilter, 'limit' | 'offset' | 'agencyId'>,
  limit: number,
): Promise<{ agencyId: string; count: number }[]> {
  const n = sql<number>`count(*)::int`;
  return db
    .select({ agencyId: procedures.agencyId, count: n })
    .from(procedures)
    .leftJoin(serviceLevels, levelOn(filter.asOf))
    .where(conditions(filter))
    .groupBy(procedures.agencyId)
    .orderBy(sql`count(*) desc`, asc(procedures.agencyId))
    .limit(limit);
}

export async function findProcedureById(db: Db, id: string) {
  const [row] = await db
    .select({ procedure: procedures, fieldName: fields.name })
    .from(procedures)
    .innerJoin(fields, eq(fields.id, procedures.fieldId))
    .where(eq(procedures.id, id));
  return row;
}

/** The procedure in force with that code, or else the most recently closed one. */
export async function findProcedureByCode(db: Db, nationalCode: string) {
  const [row] = await db
    .select({ procedure: procedures, fieldName: fields.name })
    .from(procedures)
    .innerJoin(fields, eq(fields.id, procedures.fieldId))
    .where(eq(procedures.nationalCode, nationalCode))
    .orderBy(sql`${procedures.validTo} is null desc`, sql`${procedures.validTo} desc`)
    .limit(1);
  return row;
}

export async function findCurrentByCode(db: Db, nationalCode: string): Promise<ProcedureRow | undefined> {
  const [row] = await db
    .select()
    .from(procedures)
    .where(and(eq(procedures.nationalCode, nationalCode), isNull(procedures.validTo)));
  return row;
}

export async function loadDetails(db: Db, procedureId: string) {
  const [fees, comps, levels] = await Promise.all([
    db.select().from(feeLines).where(eq(feeLines.procedureId, procedureId)).orderBy(asc(feeLines.position)),
    db
      .select()
      .from(components)
      .where(eq(components.procedureId, procedureId))
      .orderBy(asc(components.position)),
    listServiceLevels(db, procedureId),
  ]);
  return { fees, components: comps, levels };
}

export async function listComponents(db: Db, procedureId: string): Promise<ComponentRow[]> {
  return db
    .select()
    .from(components)
    .where(eq(components.procedureId, procedureId))
    .orderBy(asc(components.position));
}

export async function listServiceLevels(db: Db, procedureId: string): Promise<ServiceLevelRow[]> {
  return db
    .select()
    .from(serviceLevels)
    .where(eq(serviceLevels.procedureId, procedureId))
    .orderBy(asc(serviceLevels.effectiveFrom));
}

export async function insertProcedure(db: Db, row: NewProcedureRow): Promise<ProcedureRow> {
  const [inserted] = await db.insert(procedures).values(row).returning();
  return inserted!;
}

/** Optimistic concurrency: changes the row only if its stored version is `expectedVersion`. */
export async function updateProcedureIfVersion(
  db: Db,
  input: { id: string; expectedVersion: number; changes: Partial<NewProcedureRow>; now: Date },
): Promise<ProcedureRow | undefined> {
  const [row] = await db
    .update(procedures)
    .set({ ...input.changes, version: sql`${procedures.version} + 1`, updatedAt: input.now })
    .where(and(eq(procedures.id, input.id), eq(procedures.version, input.expectedVersion)))
    .returning();
  return row;
}

export async function replaceFeeLines(
  db: Db,
  procedureId: string,
  rows: Omit<NewFeeLineRow, 'procedureId'>[],
) {
  await db.delete(feeLines).where(eq(feeLines.procedureId, procedureId));
  if (rows.length) await db.insert(feeLines).values(rows.map((r) => ({ ...r, procedureId })));
}

export async function replaceComponents(
  db: Db,
  procedureId: string,
  rows: Omit<NewComponentRow, 'procedureId'>[],
) {
  await db.delete(components).where(eq(components.procedureId, procedureId));
  if (rows.length) await db.insert(components).values(rows.map((r) => ({ ...r, procedureId })));
}

export async function deleteServiceLevels(db: Db, ids: string[]) {
  if (ids.length) await db.delete(serviceLevels).where(inArray(serviceLevels.id, ids));
}

export async function closeServiceLevel(db: Db, id: string, effectiveTo: string) {
  await db.update(serviceLevels).set({ effectiveTo }).where(eq(serviceLevels.id, id));
}

export async function insertServiceLevels(db: Db, rows: NewServiceLevelRow[]) {
  if (rows.length) await db.insert(serviceLevels).values(rows);
}

/** Batch inserts for the seed: chunks keep each statement well under PostgreSQL's 65,535 parameters. */
async function inChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function insertProcedureBatch(
  db: Db,
  rows: {
    procedures: NewProcedureRow[];
    fees: NewFeeLineRow[];
    components: NewComponentRow[];
    levels: NewServiceLevelRow[];
  },
) {
  await inChunks(rows.procedures, 500, (c) => db.insert(procedures).values(c));
  await inChunks(rows.fees, 1000, (c) => db.insert(feeLines).values(c));
  await inChunks(rows.components, 800, (c) => db.insert(components).values(c));
  await inChunks(rows.levels, 1000, (c) => db.insert(serviceLevels).values(c));
}

export async function countProcedures(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(procedures);
  return row?.n ?? 0;
}

export interface LevelCountRow {
  scheme: string | null;
  level: string | null;
  count: number;
  published: number;
}

export async function countByServiceLevel(
  db: Db,
  input: { asOf: string; agencyIds?: readonly string[] },
): Promise<LevelCountRow[]> {
  const { asOf } = input;
  // An empty scope matches nothing (`= any('{}')` is false), as an empty list of agencies should.
  const inScope = input.agencyIds
    ? sql`and p.agency_id = any(${`{${input.agencyIds.join(',')}}`}::uuid[])`
    : sql``;
  return queryRows<LevelCountRow>(
    db,
    sql`
    select l.scheme, l.level, count(*)::int as count,
           count(*) filter (where p.published_nationally)::int as published
      from services.procedures p
      left join services.service_levels l
        on l.procedure_id = p.id
       and l.effective_from <= ${asOf}::date
       and (l.effective_to is null or l.effective_to >= ${asOf}::date)
     where p.valid_from <= ${asOf}::date
       and (p.valid_to is null or p.valid_to >= ${asOf}::date)
       ${inScope}
     group by l.scheme, l.level
     order by l.scheme nulls last, l.level`,
  );
}
