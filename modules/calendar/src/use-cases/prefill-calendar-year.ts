import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TCalendarYear } from '../contracts/index.ts';
import { scheduleToSnapshot, toCalendarYearView } from '../domain/calendar-year.ts';
import { knownSchedule } from '../domain/rules/known-schedules.ts';
import { statutoryHolidays } from '../domain/rules/statutory-holidays.ts';
import type { BilingualNote } from '../domain/rules/types.ts';
import { canManageCalendar } from '../policies.ts';
import { findCalendarYear, readYearDays } from '../repositories/calendar-year.repository.ts';
import { writeYearDays } from './write-calendar-year.ts';

export interface PrefillCalendarYearInput {
  year: number;
  /** Overwrite the days of a year that already exists (it becomes a draft again). */
  replace?: boolean;
}

/**
 * Proposes a year's days off as a draft: the announced schedule when one is on file (2020–2026),
 * otherwise the Labour Code's holidays with their compensatory days. An administrator checks it against
 * the year's announcement and confirms it; until then deadlines do not use it.
 */
export async function prefillCalendarYear(
  db: Db,
  ctx: RequestContext,
  input: PrefillCalendarYearInput,
): Promise<{ calendar: TCalendarYear; notes: BilingualNote[] }> {
  authorize(ctx.actor, canManageCalendar, undefined);
  const schedule = knownSchedule(input.year) ?? statutoryHolidays(input.year);
  return db.transaction(async (tx) => {
    const existing = await findCalendarYear(tx, input.year);
    if (existing && !input.replace) {
      throw new AppError('CONFLICT', {
        detail: `Đã có lịch làm việc năm ${input.year}; chọn "ghi đè" để khởi tạo lại (lịch sẽ trở về bản nháp)`,
        detailEn: `A ${input.year} calendar already exists; ask to replace it to prefill again (it becomes a draft)`,
      });
    }
    const now = new Date();
    const { outcome, row } = await writeYearDays(tx, {
      year: input.year,
      source: schedule.source,
      basis: schedule.basis,
      days: scheduleToSnapshot(schedule),
      now,
    });
    if (outcome !== 'unchanged') {
      await recordAudit(tx, ctx, {
        action: 'calendar.year.prefill',
        objectType: 'calendar_year',
        objectId: String(input.year),
        summary: {
          year: input.year,
          source: schedule.source,
          outcome,
          version: row.version,
          daysOff: schedule.daysOff.length,
          extraWorkingDays: schedule.extraWorkingDays.length,
        },
      });
    }
    return { calendar: toCalendarYearView(row, await readYearDays(tx, input.year)), notes: schedule.notes };
  });
}
