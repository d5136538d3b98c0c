import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import {
  CalendarNotCoveredError,
  type CalendarYearInfo,
  createWorkCalendar,
  type DayOff,
  type ExtraWorkingDay,
  type WorkCalendar,
} from '../domain/engine/work-calendar.ts';
import type { CalendarYearSnapshot } from '../domain/model.ts';
import {
  findCalendarYears,
  listDaysOff,
  listExtraWorkingDays,
} from '../repositories/calendar-year.repository.ts';

export interface LoadWorkCalendarInput {
  /** First and last year, inclusive. */
  from: number;
  to: number;
  /**
   * Use the current days of every year, drafts included (previews). Without it each year contributes its
   * last confirmed version, and a year never confirmed is refused.
   */
  allowDraft?: boolean;
}

/**
 * The pure WorkCalendar for a range of years, read from the database. A read of public data: no actor.
 * `calendar.years` tells, for each year, the version and status that were used.
 */
export async function loadWorkCalendar(db: Db, input: LoadWorkCalendarInput): Promise<WorkCalendar> {
  const rows = await findCalendarYears(db, input.from, input.to);
  const years: CalendarYearInfo[] = [];
  const liveYears: number[] = [];
  const daysOff: DayOff[] = [];
  const extraWorkingDays: ExtraWorkingDay[] = [];
  for (let year = input.from; year <= input.to; year++) {
    const row = rows.find((r) => r.year === year);
    if (!row) throw new CalendarNotCoveredError(year);
    if (input.allowDraft) {
      years.push({ year, version: row.version, status: row.status });
      liveYears.push(year);
      continue;
    }
    const snapshot: CalendarYearSnapshot | null = row.confirmedSnapshot;
    if (!snapshot || row.confirmedVersion === null) {
      throw new AppError('BUSINESS_RULE_VIOLATED', {
        detail: `Lịch làm việc năm ${year} chưa được xác nhận nên chưa thể dùng để tính hạn giải quyết; quản trị viên cần đối chiếu với thông báo chính thức và xác nhận`,
        detailEn: `The ${year} work calendar has not been confirmed, so it cannot be used for deadlines yet; an administrator must check it against the official announcement and confirm it`,
        extra: { unconfirmedCalendarYear: year },
      });
    }
    years.push({ year, version: row.confirmedVersion, status: 'confirmed' });
    daysOff.push(...snapshot.daysOff);
    extraWorkingDays.push(...snapshot.extraWorkingDays);
  }
  if (liveYears.length > 0) {
    const [off, extra] = await Promise.all([listDaysOff(db, liveYears), listExtraWorkingDays(db, liveYears)]);
    daysOff.push(...off.map(({ date, reason, kind }) => ({ date, reason, kind })));
    extraWorkingDays.push(...extra.map(({ date, reason, swapsFor }) => ({ date, reason, swapsFor })));
  }
  return createWorkCalendar({ years, daysOff, extraWorkingDays });
}
