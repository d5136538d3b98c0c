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
  deleteDayOff,
  findDayOff,
  lockCalendarYear,
  readYearDays,
} from '../repositories/calendar-year.repository.ts';

export interface RemoveDayOffInput {
  year: number;
  date: string;
  expectedVersion?: number;
}

/** Removes a day off (the date becomes an ordinary day again). The year becomes a draft. */
export async function removeDayOff(
  db: Db,
  ctx: RequestContext,
  input: RemoveDayOffInput,
): Promise<TCalendarYear> {
  authorize(ctx.actor, canManageCalendar, undefined);
  assertDateInYear(input.date, input.year);
  return db.transaction(async (tx) => {
    const row = await lockCalendarYear(tx, input.year);
    if (!row) throw yearNotFound(input.year);
    assertExpectedVersion(row, input.expectedVersion);
    const previous = await findDayOff(tx, input.date);
    if (!previous || !(await deleteDayOff(tx, input.date))) {
      throw new AppError('NOT_FOUND', {
        detail: `Ngày ${input.date} không phải là ngày nghỉ trong lịch`,
        detailEn: `${input.date} is not a day off in the calendar`,
      });
    }
    const version = await bumpCalendarYearVersion(tx, input.year, new Date());
    await recordAudit(tx, ctx, {
      action: 'calendar.day-off.remove',
      objectType: 'calendar_year',
      objectId: String(input.year),
      summary: { date: input.date, previous: { kind: previous.kind, reason: previous.reason }, version },
    });
    const updated = (await lockCalendarYear(tx, input.year))!;
    return toCalendarYearView(updated, await readYearDays(tx, input.year));
  });
}
