import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TCalendarYear } from '../contracts/index.ts';
import {
  assertDateInYear,
  assertExpectedVersion,
  assertWeekdayForKind,
  toCalendarYearView,
  yearNotFound,
} from '../domain/calendar-year.ts';
import type { DayOffKind } from '../domain/engine/work-calendar.ts';
import { canManageCalendar } from '../policies.ts';
import {
  bumpCalendarYearVersion,
  findDayOff,
  findExtraWorkingDay,
  lockCalendarYear,
  readYearDays,
  upsertDayOff,
} from '../repositories/calendar-year.repository.ts';

export interface SetDayOffInput {
  year: number;
  date: string;
  reason: string;
  kind: DayOffKind;
  /** The version the administrator was looking at; the change is refused if the year moved on. */
  expectedVersion?: number;
}

/** Adds or changes a day off. The year becomes a draft (one version more) until it is confirmed again. */
export async function setDayOff(db: Db, ctx: RequestContext, input: SetDayOffInput): Promise<TCalendarYear> {
  authorize(ctx.actor, canManageCalendar, undefined);
  assertDateInYear(input.date, input.year);
  assertWeekdayForKind(input.date, input.kind);
  const reason = nfc(input.reason);
  if (!reason) {
    throw AppError.forField({
      path: '/body/reason',
      message: 'Cần ghi lý do nghỉ',
      messageEn: 'A reason is required',
    });
  }
  return db.transaction(async (tx) => {
    const row = await lockCalendarYear(tx, input.year);
    if (!row) throw yearNotFound(input.year);
    assertExpectedVersion(row, input.expectedVersion);
    if (await findExtraWorkingDay(tx, input.date)) {
      throw new AppError('CONFLICT', {
        detail: `Ngày ${input.date} đang là ngày làm bù; hãy bỏ ngày làm bù trước`,
        detailEn: `${input.date} is an extra working day; remove that first`,
      });
    }
    const previous = await findDayOff(tx, input.date);
    if (previous && previous.reason === reason && previous.kind === input.kind) {
      return toCalendarYearView(row, await readYearDays(tx, input.year));
    }
    await upsertDayOff(tx, { date: input.date, year: input.year, reason, kind: input.kind });
    const version = await bumpCalendarYearVersion(tx, input.year, new Date());
    await recordAudit(tx, ctx, {
      action: 'calendar.day-off.set',
      objectType: 'calendar_year',
      objectId: String(input.year),
      summary: {
        date: input.date,
        kind: input.kind,
        reason,
        previous: previous ? { kind: previous.kind, reason: previous.reason } : null,
        version,
      },
    });
    const updated = (await lockCalendarYear(tx, input.year))!;
    return toCalendarYearView(updated, await readYearDays(tx, input.year));
  });
}
