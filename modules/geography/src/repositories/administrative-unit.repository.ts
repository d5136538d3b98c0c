import { and, asc, type Db, eq, gte, isNull, lte, or, sql } from '@openprovince/db';
import { administrativeUnits } from '../db/schema.ts';
import type { UnitLevel, UnitVersion } from '../domain/model.ts';

type UnitRow = typeof administrativeUnits.$inferSelect;

function toVersion(row: UnitRow): UnitVersion {
  return { ...row, level: row.level as UnitLevel };
}

/** In force on `date`: valid_from <= date <= valid_to (inclusive), or open-ended. */
function inForceOn(date: string) {
  return and(
    lte(administrativeUnits.validFrom, date),
    or(isNull(administrativeUnits.validTo), gte(administrativeUnits.validTo, date)),
  );
}

const LEVEL_ORDER = sql`case ${administrativeUnits.level} when 'province' then 0 when 'district' then 1 else 2 end`;

export async function findUnitsInForce(
  db: Db,
  query: { date: string; level?: UnitLevel; parentCode?: string },
): Promise<UnitVersion[]> {
  const rows = await db
    .select()
    .from(administrativeUnits)
    .where(
      and(
        inForceOn(query.date),
        query.level ? eq(administrativeUnits.level, query.level) : undefined,
        query.parentCode ? eq(administrativeUnits.parentCode, query.parentCode) : undefined,
      ),
    )
    .orderBy(LEVEL_ORDER, asc(administrativeUnits.code));
  return rows.map(toVersion);
}

export async function findUnitInForce(db: Db, code: string, date: string): Promise<UnitVersion | undefined> {
  const [row] = await db
    .select()
    .from(administrativeUnits)
    .where(and(eq(administrativeUnits.code, code), inForceOn(date)))
    .limit(1);
  return row ? toVersion(row) : undefined;
}

export async function countUnitsInForce(
  db: Db,
  date: string,
): Promise<{ level: UnitLevel; type: string; n: number }[]> {
  const rows = await db
    .select({
      level: administrativeUnits.level,
      type: administrativeUnits.type,
      n: sql<number>`count(*)::int`,
    })
    .from(administrativeUnits)
    .where(inForceOn(date))
    .groupBy(administrativeUnits.level, administrativeUnits.type);
  return rows.map((r) => ({ level: r.level as UnitLevel, type: r.type, n: Number(r.n) }));
}

export async function earliestValidFrom(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ d: sql<string | null>`min(${administrativeUnits.validFrom})::text` })
    .from(administrativeUnits);
  return row?.d ?? null;
}

export async function findAllUnits(db: Db): Promise<UnitVersion[]> {
  const rows = await db
    .select()
    .from(administrativeUnits)
    .orderBy(asc(administrativeUnits.code), asc(administrativeUnits.validFrom));
  return rows.map(toVersion);
}

export async function insertUnits(db: Db, units: UnitVersion[]): Promise<void> {
  if (units.length === 0) return;
  await db.insert(administrativeUnits).values(units).onConflictDoNothing();
}

export async function updateUnit(db: Db, unit: UnitVersion): Promise<void> {
  const { code, validFrom, ...fields } = unit;
  await db
    .update(administrativeUnits)
    .set(fields)
    .where(and(eq(administrativeUnits.code, code), eq(administrativeUnits.validFrom, validFrom)));
}

/** Loads of the reference data serialise on this lock, so two seeders cannot interleave their diffs. */
const GEOGRAPHY_LOAD_LOCK = 7_240_002;

export async function lockGeographyLoad(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${GEOGRAPHY_LOAD_LOCK})`);
}
