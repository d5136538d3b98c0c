import { and, asc, type Db, eq, gte, inArray, lte, sql } from '@openprovince/db';
import { type CalendarYearSnapshot, calendarYears, daysOff, extraWorkingDays } from '../db/schema.ts';

export type CalendarYearRow = typeof calendarYears.$inferSelect;
export type DayOffRow = typeof daysOff.$inferSelect;
export type ExtraWorkingDayRow = typeof extraWorkingDays.$inferSelect;

export async function findCalendarYear(db: Db, year: number): Promise<CalendarYearRow | undefined> {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year));
  return row;
}

/** Reads the year and locks its row until the end of the transaction, so versions advance one by one. */
export async function lockCalendarYear(db: Db, year: number): Promise<CalendarYearRow | undefined> {
  const [row] = await db.select().from(calendarYears).where(eq(calendarYears.year, year)).for('update');
  return row;
}

export async function findCalendarYears(db: Db, from: number, to: number): Promise<CalendarYearRow[]> {
  return db
    .select()
    .from(calendarYears)
    .where(and(gte(calendarYears.year, from), lte(calendarYears.year, to)))
    .orderBy(asc(calendarYears.year));
}

export async function insertCalendarYear(db: Db, row: typeof calendarYears.$inferInsert): Promise<void> {
  await db.insert(calendarYears).values(row);
}

export async function updateCalendarYear(
  db: Db,
  year: number,
  changes: Partial<typeof calendarYears.$inferInsert>,
): Promise<void> {
  await db.update(calendarYears).set(changes).where(eq(calendarYears.year, year));
}

/** Marks a change of the year's days: one version more, back to draft until confirmed again. */
export async function bumpCalendarYearVersion(db: Db, year: number, now: Date): Promise<number> {
  const [row] = await db
    .update(calendarYears)
    .set({ version: sql`${calendarYears.version} + 1`, status: 'draft', updatedAt: now })
    .where(eq(calendarYears.year, year))
    .returning({ version: calendarYears.version });
  return row!.version;
}

export async function listDaysOff(db: Db, years: number[]): Promise<DayOffRow[]> {
  if (years.length === 0) return [];
  return db.select().from(daysOff).where(inArray(daysOff.year, years)).orderBy(asc(daysOff.date));
}

export async function listExtraWorkingDays(db: Db, years: number[]): Promise<ExtraWorkingDayRow[]> {
  if (years.length === 0) return [];
  return db
    .select()
    .from(extraWorkingDays)
    .where(inArray(extraWorkingDays.year, years))
    .orderBy(asc(extraWorkingDays.date));
}

export async function findDayOff(db: Db, date: string): Promise<DayOffRow | undefined> {
  const [row] = await db.select().from(daysOff).where(eq(daysOff.date, date));
  return row;
}

export async function findExtraWorkingDay(db: Db, date: string): Promise<ExtraWorkingDayRow | undefined> {
  const [row] = await db.select().from(extraWorkingDays).where(eq(extraWorkingDays.date, date));
  return row;
}

export async function upsertDayOff(db: Db, row: DayOffRow): Promise<void> {
  await db
    .insert(daysOff)
    .values(row)
    .onConflictDoUpdate({
      target: daysOff.date,
      set: { reason: row.reason, kind: row.kind, year: row.year },
    });
}

export async function deleteDayOff(db: Db, date: string): Promise<boolean> {
  const rows = await db.delete(daysOff).where(eq(daysOff.date, date)).returning({ date: daysOff.date });
  return rows.length > 0;
}

export async function upsertExtraWorkingDay(db: Db, row: ExtraWorkingDayRow): Promise<void> {
  await db
    .insert(extraWorkingDays)
    .values(row)
    .onConflictDoUpdate({
      target: extraWorkingDays.date,
      set: { reason: row.reason, swapsFor: row.swapsFor, year: row.year },
    });
}

export async function deleteExtraWorkingDay(db: Db, date: string): Promise<boolean> {
  const rows = await db
    .delete(extraWorkingDays)
    .where(eq(extraWorkingDays.date, date))
    .returning({ date: extraWorkingDays.date });
  return rows.length > 0;
}

/** Replaces all the days of a year (pre-fill, import). */
export async function replaceYearDays(db: Db, year: number, content: CalendarYearSnapshot): Promise<void> {
  await db.delete(daysOff).where(eq(daysOff.year, year));
  await db.delete(extraWorkingDays).where(eq(extraWorkingDays.year, year));
  if (content.daysOff.length > 0) {
    await db.insert(daysOff).values(content.daysOff.map((d) => ({ ...d, year })));
  }
  if (content.extraWorkingDays.length > 0) {
    await db.insert(extraWorkingDays).values(content.extraWorkingDays.map((d) => ({ ...d, year })));
  }
}

/** The current (possibly draft) days of a year, sorted. */
export async function readYearDays(db: Db, year: number): Promise<CalendarYearSnapshot> {
  const [off, extra] = await Promise.all([listDaysOff(db, [year]), listExtraWorkingDays(db, [year])]);
  return {
    daysOff: off.map((d) => ({ date: d.date, reason: d.reason, kind: d.kind })),
    extraWorkingDays: extra.map((d) => ({ date: d.date, reason: d.reason, swapsFor: d.swapsFor })),
  };
}
