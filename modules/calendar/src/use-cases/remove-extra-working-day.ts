import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TCalendarYear } from '../contracts/index.ts';
import {
  assertDateInYear,
  assertExpectedVersion,
  toCalendarYearView,
  yearNotFound,
} from '../domain/calendar-year.ts';
import { canManageCalendar } from '../policies.ts';
import {
  bumpCalendarYearVersion,
  deleteExtraWorkingDay,
  findExtraWorkingDay,
  lockCalendarYear,
  readYearDays,
} from '../repositories/calendar-year.repository.ts';

export interface RemoveExtraWorkingDayInput {
  year: number;
  date: string;
  expectedVersion?: number;
}

/** Removes an extra working day (the weekend day is a rest day again). The year becomes a draft. */
export async function removeExtraWorkingDay(
  db: Db,
  ctx: RequestContext,
  input: RemoveExtraWorkingDayInput,
): Promise<TCalendarYear> {
  authorize(ctx.actor, canManageCalendar, undefined);
  assertDateInYear(input.date, input.year);
  return db.transaction(async (tx) => {
    const row = await lockCalendarYear(tx, input.year);
    if (!row) throw yearNotFound(input.year);
    assertExpectedVersion(row, input.expectedVersion);
    const previous = await findExtraWorkingDay(tx, input.date);
    if (!previous || !(await deleteExtraWorkingDay(tx, input.date))) {
      throw new AppError('NOT_FOUND', {
        detail: `Ngày ${input.date} không phải là ngày làm bù trong lịch`,
        detailEn: `${input.date} is not an extra working day in the calendar`,
      });
    }
    const version = await bumpCalendarYearVersion(tx, input.year, new Date());
    await recordAudit(tx, ctx, {
      action: 'calendar.extra-working-day.remove',
      objectType: 'calendar_year',
      objectId: String(input.year),
      summary: {
        date: input.date,
        previous: { reason: previous.reason, swapsFor: previous.swapsFor },
        version,
      },
    });
    const updated = (await lockCalendarYear(tx, input.year))!;
    return toCalendarYearView(updated, await readYearDays(tx, input.year));
  });
}
