import { AppError } from '@openprovince/platform';
import {
  type EpochDay,
  epochDayOf,
  type IsoDate,
  isWeekend,
  localEpochDay,
  yearOfEpochDay,
} from './local-time.ts';

/**
 * Why an office is closed on a weekday, or open on a weekend:
 * - `holiday`: a public holiday of Labour Code 2019 Art. 112 (or the day the Prime Minister fixed for it);
 * - `compensatory`: nghỉ bù, a holiday that fell on a Saturday or Sunday is taken on the next working
 *   day (Art. 111(3));
 * - `swap`: hoán đổi, a working day given off in exchange for a Saturday worked (an extra working day).
 */
export type DayOffKind = 'holiday' | 'compensatory' | 'swap';
export const DAY_OFF_KINDS: readonly DayOffKind[] = ['holiday', 'compensatory', 'swap'];

export interface DayOff {
  date: IsoDate;
  reason: string;
  kind: DayOffKind;
}

/** A Saturday or Sunday on which offices work (làm bù), usually in exchange for `swapsFor`. */
export interface ExtraWorkingDay {
  date: IsoDate;
  reason: string;
  swapsFor: IsoDate | null;
}

export type CalendarYearStatus = 'draft' | 'confirmed';

export interface CalendarYearInfo {
  year: number;
  /** Increases with every change of the year's days; a deadline records the versions it used. */
  version: number;
  status: CalendarYearStatus;
}

/**
 * The pure work calendar the deadline engine reads. It covers whole years only: the engine refuses to
 * count through a year it has no table for (CalendarNotCoveredError) rather than silently treating it as
 * a year without holidays.
 */
export interface WorkCalendar {
  readonly years: ReadonlyMap<number, CalendarYearInfo>;
  readonly daysOff: ReadonlyMap<EpochDay, DayOff>;
  readonly extraWorkingDays: ReadonlyMap<EpochDay, ExtraWorkingDay>;
}

export class CalendarNotCoveredError extends AppError {
  readonly year: number;
  constructor(year: number) {
    super('BUSINESS_RULE_VIOLATED', {
      detail: `Chưa có lịch làm việc năm ${year}: quản trị viên cần khởi tạo và xác nhận lịch năm này trước khi tính hạn`,
      detailEn: `There is no work calendar for ${year}: an administrator must prefill and confirm that year before deadlines can be computed`,
      extra: { missingCalendarYear: year },
    });
    this.year = year;
  }
}

export interface CreateWorkCalendarInput {
  years: Iterable<number | CalendarYearInfo>;
  daysOff?: Iterable<DayOff>;
  extraWorkingDays?: Iterable<ExtraWorkingDay>;
}

export function createWorkCalendar(input: CreateWorkCalendarInput): WorkCalendar {
  const years = new Map<number, CalendarYearInfo>();
  for (const y of input.years) {
    const info = typeof y === 'number' ? { year: y, version: 0, status: 'confirmed' as const } : y;
    years.set(info.year, info);
  }
  const daysOff = new Map<EpochDay, DayOff>();
  for (const d of input.daysOff ?? []) daysOff.set(epochDayOf(d.date), d);
  const extraWorkingDays = new Map<EpochDay, ExtraWorkingDay>();
  for (const d of input.extraWorkingDays ?? []) {
    const day = epochDayOf(d.date);
    if (daysOff.has(day)) {
      throw new AppError('BUSINESS_RULE_VIOLATED', {
        detail: `Ngày ${d.date} vừa là ngày nghỉ vừa là ngày làm bù`,
        detailEn: `${d.date} is both a day off and an extra working day`,
      });
    }
    extraWorkingDays.set(day, d);
  }
  return { years, daysOff, extraWorkingDays };
}

/** The day-level rule: `(Mon–Fri ∧ not a day off) ∨ an extra working day`. Throws outside the covered years. */
export function isWorkingEpochDay(calendar: WorkCalendar, day: EpochDay): boolean {
  const year = yearOfEpochDay(day);
  if (!calendar.years.has(year)) throw new CalendarNotCoveredError(year);
  if (calendar.extraWorkingDays.has(day)) return true;
  if (calendar.daysOff.has(day)) return false;
  return !isWeekend(day);
}

export interface IsWorkingDayInput {
  calendar: WorkCalendar;
  /** A local date, or an instant whose local (UTC+7) date is meant. */
  date: IsoDate | Date;
}

export function isWorkingDay(input: IsWorkingDayInput): boolean {
  const day = typeof input.date === 'string' ? epochDayOf(input.date) : localEpochDay(input.date.getTime());
  return isWorkingEpochDay(input.calendar, day);
}
