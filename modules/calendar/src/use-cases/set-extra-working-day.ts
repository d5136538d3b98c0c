import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TCalendarYear } from '../contracts/index.ts';
import {
  assertDateInYear,
  assertExpectedVersion,
  assertWeekendForExtraDay,
  toCalendarYearView,
  yearNotFound,
} from '../domain/calendar-year.ts';
import { isIsoDate } from '../domain/engine/local-time.ts';
import { canManageCalendar } from '../policies.ts';
import {
  bumpCalendarYearVersion,
  findDayOff,
  findExtraWorkingDay,
  lockCalendarYear,
  readYearDays,
  upsertExtraWorkingDay,
} from '../repositories/calendar-year.repository.ts';

export interface SetExtraWorkingDayInput {
  year: number;
  /** A Saturday or Sunday on which offices work. */
  date: string;
  reason: string;
  /** The weekday given off in exchange (may be in another year). */
  swapsFor?: string | null;
  expectedVersion?: number;
}

/** Adds or changes an extra (swapped) working day. The year becomes a draft until confirmed again. */
export async function setExtraWorkingDay(
  db: Db,
  ctx: RequestContext,
  input: SetExtraWorkingDayInput,
): Promise<TCalendarYear> {
  authorize(ctx.actor, canManageCalendar, undefined);
  assertDateInYear(input.date, input.year);
  assertWeekendForExtraDay(input.date);
  const swapsFor = input.swapsFor ?? null;
  if (swapsFor !== null && !isIsoDate(swapsFor)) {
    throw AppError.forField({
      path: '/body/swapsFor',
      message: `Ngày được hoán đổi không hợp lệ: ${swapsFor} (định dạng yyyy-mm-dd)`,
      messageEn: `Invalid swapped date ${swapsFor} (expected yyyy-mm-dd)`,
    });
  }
  const reason = nfc(input.reason);
  if (!reason) {
    throw AppError.forField({
      path: '/body/reason',
      message: 'Cần ghi lý do làm bù',
      messageEn: 'A reason is required',
    });
  }
  return db.transaction(async (tx) => {
    const row = await lockCalendarYear(tx, input.year);
    if (!row) throw yearNotFound(input.year);
    assertExpectedVersion(row, input.expectedVersion);
    if (await findDayOff(tx, input.date)) {
      throw new AppError('CONFLICT', {
        detail: `Ngày ${input.date} đang là ngày nghỉ; hãy bỏ ngày nghỉ trước`,
        detailEn: `${input.date} is a day off; remove that first`,
      });
    }
    const previous = await findExtraWorkingDay(tx, input.date);
    if (previous && previous.reason === reason && previous.swapsFor === swapsFor) {
      return toCalendarYearView(row, await readYearDays(tx, input.year));
    }
    await upsertExtraWorkingDay(tx, { date: input.date, year: input.year, reason, swapsFor });
    const version = await bumpCalendarYearVersion(tx, input.year, new Date());
    await recordAudit(tx, ctx, {
      action: 'calendar.extra-working-day.set',
      objectType: 'calendar_year',
      objectId: String(input.year),
      summary: {
        date: input.date,
        reason,
        swapsFor,
        previous: previous ? { reason: previous.reason, swapsFor: previous.swapsFor } : null,
        version,
      },
    });
    const updated = (await lockCalendarYear(tx, input.year))!;
    return toCalendarYearView(updated, await readYearDays(tx, input.year));
  });
}
