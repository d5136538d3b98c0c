import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TCalendarYear } from '../contracts/index.ts';
import { toCalendarYearView, yearNotFound } from '../domain/calendar-year.ts';
import { canManageCalendar } from '../policies.ts';
import { lockCalendarYear, readYearDays } from '../repositories/calendar-year.repository.ts';
import { confirmYearInTransaction } from './write-calendar-year.ts';

export interface ConfirmCalendarYearInput {
  year: number;
  /** The version the administrator checked against the announcement. */
  version: number;
}

/**
 * An administrator confirms a year after checking it against the official announcement. From then on
 * deadlines are computed from this version; later edits make a new draft that takes effect only when it
 * is confirmed in turn.
 */
export async function confirmCalendarYear(
  db: Db,
  ctx: RequestContext,
  input: ConfirmCalendarYearInput,
): Promise<TCalendarYear> {
  authorize(ctx.actor, canManageCalendar, undefined);
  return db.transaction(async (tx) => {
    const row = await lockCalendarYear(tx, input.year);
    if (!row) throw yearNotFound(input.year);
    if (row.version !== input.version) {
      throw new AppError('VERSION_MISMATCH', {
        detail: `Lịch năm ${input.year} đã thay đổi (phiên bản hiện tại ${row.version}, bạn đã xem phiên bản ${input.version}); hãy xem lại trước khi xác nhận`,
        detailEn: `The ${input.year} calendar changed (current version ${row.version}, you reviewed ${input.version}); review it again before confirming`,
        extra: { currentVersion: row.version },
      });
    }
    await confirmYearInTransaction(tx, ctx, row, new Date());
    const updated = (await lockCalendarYear(tx, input.year))!;
    return toCalendarYearView(updated, await readYearDays(tx, input.year));
  });
}
