import { type Actor, AppError } from '@openprovince/platform';
import type { TCalendarYear } from '../contracts/index.ts';
import type { CalendarYearRow } from '../repositories/calendar-year.repository.ts';
import { epochDayOf, isIsoDate, isWeekend } from './engine/local-time.ts';
import type { CalendarYearSnapshot } from './model.ts';
import type { YearSchedule } from './rules/types.ts';

/** Helpers shared by the calendar use cases (not part of the public door). */

export function toCalendarYearView(row: CalendarYearRow, days: CalendarYearSnapshot): TCalendarYear {
  return {
    year: row.year,
    status: row.status,
    version: row.version,
    confirmedVersion: row.confirmedVersion,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    confirmedByName: row.confirmedByName,
    pendingChanges: row.status === 'draft' && row.confirmedVersion !== null,
    source: row.source,
    basis: row.basis,
    daysOff: days.daysOff,
    extraWorkingDays: days.extraWorkingDays,
  };
}

export function yearNotFound(year: number): AppError {
  return new AppError('NOT_FOUND', {
    detail: `Chưa có lịch làm việc năm ${year}; hãy khởi tạo (prefill) hoặc nhập lịch năm này trước`,
    detailEn: `There is no work calendar for ${year}; prefill or import it first`,
  });
}

export function assertExpectedVersion(row: CalendarYearRow, expected: number | undefined): void {
  if (expected !== undefined && expected !== row.version) {
    throw new AppError('VERSION_MISMATCH', {
      detail: `Lịch năm ${row.year} đã được sửa (phiên bản hiện tại ${row.version}, bạn xem phiên bản ${expected}); hãy tải lại`,
      detailEn: `The ${row.year} calendar has changed (current version ${row.version}, you had ${expected}); reload it`,
      extra: { currentVersion: row.version },
    });
  }
}

/** `path`: where the date came from, the address's `date` unless said otherwise (`/body/swapsFor`). */
export function assertDateInYear(date: string, year: number, path = '/params/date'): void {
  if (!isIsoDate(date) || Number(date.slice(0, 4)) !== year) {
    throw AppError.forField({
      path,
      message: `Ngày ${date} không thuộc năm ${year}`,
      messageEn: `${date} is not a date of ${year}`,
    });
  }
}

export function assertWeekdayForKind(date: string, kind: 'holiday' | 'compensatory' | 'swap'): void {
  if (kind !== 'holiday' && isWeekend(epochDayOf(date))) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Ngày nghỉ bù hoặc nghỉ hoán đổi phải là ngày làm việc (thứ Hai–thứ Sáu); ${date} là ngày cuối tuần`,
      detailEn: `A compensatory or swapped day off must be a weekday; ${date} is a weekend day`,
    });
  }
}

export function assertWeekendForExtraDay(date: string): void {
  if (!isWeekend(epochDayOf(date))) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ${date} vốn đã là ngày làm việc`,
      detailEn: `An extra working day must be a Saturday or Sunday; ${date} is already a working day`,
    });
  }
}

export function scheduleToSnapshot(schedule: YearSchedule): CalendarYearSnapshot {
  return {
    daysOff: schedule.daysOff.map(({ date, reason, kind }) => ({ date, reason, kind })),
    extraWorkingDays: schedule.extraWorkingDays.map(({ date, reason, swapsFor }) => ({
      date,
      reason,
      swapsFor,
    })),
  };
}

function normalise(content: CalendarYearSnapshot): string {
  const byDate = <T extends { date: string }>(xs: T[]) =>
    [...xs].sort((a, b) => a.date.localeCompare(b.date));
  return JSON.stringify({
    daysOff: byDate(content.daysOff).map((d) => [d.date, d.reason, d.kind]),
    extraWorkingDays: byDate(content.extraWorkingDays).map((d) => [d.date, d.reason, d.swapsFor]),
  });
}

export function sameDays(a: CalendarYearSnapshot, b: CalendarYearSnapshot): boolean {
  return normalise(a) === normalise(b);
}

export function actorIdentity(actor: Actor): { id: string | null; name: string | null } {
  if (actor.kind === 'official') return { id: actor.userId, name: actor.fullName };
  if (actor.kind === 'system') return { id: null, name: actor.name };
  if (actor.kind === 'citizen') return { id: actor.citizenId, name: actor.fullName };
  return { id: null, name: null };
}
