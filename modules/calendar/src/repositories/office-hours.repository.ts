import { and, type Db, desc, eq, isNull, lte } from '@openprovince/db';
import { officeHours } from '../db/schema.ts';

export type OfficeHoursRow = typeof officeHours.$inferSelect;

/** The office hours in force on `date` for an agency (null: the province's default row). */
export async function findOfficeHoursInForce(
  db: Db,
  agencyId: string | null,
  date: string,
): Promise<OfficeHoursRow | undefined> {
  const [row] = await db
    .select()
    .from(officeHours)
    .where(
      and(
        agencyId === null ? isNull(officeHours.agencyId) : eq(officeHours.agencyId, agencyId),
        lte(officeHours.validFrom, date),
      ),
    )
    .orderBy(desc(officeHours.validFrom))
    .limit(1);
  return row;
}

export async function upsertOfficeHours(db: Db, row: OfficeHoursRow): Promise<void> {
  await db
    .insert(officeHours)
    .values(row)
    .onConflictDoUpdate({
      target: [officeHours.agencyId, officeHours.validFrom],
      set: {
        morningStart: row.morningStart,
        morningEnd: row.morningEnd,
        afternoonStart: row.afternoonStart,
        afternoonEnd: row.afternoonEnd,
        createdAt: row.createdAt,
        createdByName: row.createdByName,
      },
    });
}
