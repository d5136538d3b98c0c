import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import { scheduleToSnapshot } from '../domain/calendar-year.ts';
import { knownSchedules } from '../domain/rules/known-schedules.ts';
import { canManageCalendar } from '../policies.ts';
import { findCalendarYear } from '../repositories/calendar-year.repository.ts';
import { confirmYearInTransaction, writeYearDays } from '../use-cases/write-calendar-year.ts';

export interface SeedCalendarResult {
  created: number[];
  confirmed: number[];
  skipped: number[];
}

/**
 * Loads the announced schedules 2020–2026. Idempotent: a year already present is left alone, whatever an
 * administrator did to it. A year is confirmed when none of its entries is a guess (`uncertain`); entries
 * recalled rather than checked are listed in the year's notes for the administrator.
 */
export async function seedCalendar(db: Db, ctx: RequestContext): Promise<SeedCalendarResult> {
  authorize(ctx.actor, canManageCalendar, undefined);
  return db.transaction(async (tx) => {
    const result: SeedCalendarResult = { created: [], confirmed: [], skipped: [] };
    const now = new Date();
    for (const schedule of knownSchedules()) {
      if (await findCalendarYear(tx, schedule.year)) {
        result.skipped.push(schedule.year);
        continue;
      }
      const { row } = await writeYearDays(tx, {
        year: schedule.year,
        source: schedule.source,
        basis: schedule.basis,
        days: scheduleToSnapshot(schedule),
        now,
      });
      await recordAudit(tx, ctx, {
        action: 'calendar.year.seed',
        objectType: 'calendar_year',
        objectId: String(schedule.year),
        summary: { year: schedule.year, source: schedule.source, notes: schedule.notes.map((n) => n.en) },
      });
      result.created.push(schedule.year);
      const guessed = [...schedule.daysOff, ...schedule.extraWorkingDays].some(
        (e) => e.certainty === 'uncertain',
      );
      if (!guessed) {
        await confirmYearInTransaction(tx, ctx, row, now);
        result.confirmed.push(schedule.year);
      }
    }
    return result;
  });
}
