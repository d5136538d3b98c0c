import { AppError } from '@openprovince/platform';
import { localEpochDay, MS_PER_HOUR, MS_PER_MINUTE, startOfLocalDay } from './local-time.ts';
import {
  type CompiledOfficeHours,
  compileOfficeHours,
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
} from './office-hours.ts';
import { isWorkingEpochDay, type WorkCalendar } from './work-calendar.ts';

/**
 * How long a procedure may take:
 * - `hours` / `minutes`: working time, counted minute by minute inside office hours on working days;
 * - `days`: working days, each one full office day of working time (8 hours with the default hours);
 * - `calendarDays`: days of the calendar, ending on a working day (see addWorkingTime).
 */
export type WorkingAmount =
  | { hours: number }
  | { days: number }
  | { minutes: number }
  | { calendarDays: number };

export interface CalendarContext {
  calendar: WorkCalendar;
  /** The agency's office hours; 07:00–11:30 and 13:30–17:00 when omitted. */
  officeHours?: OfficeHours;
}

function invalidAmount(detail: string, detailEn: string): AppError {
  return new AppError('VALIDATION_FAILED', { detail, detailEn });
}

function instantMs(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms))
    throw invalidAmount(`Thời điểm "${name}" không hợp lệ`, `"${name}" is not a valid instant`);
  return ms;
}

type AmountUnit = 'hours' | 'days' | 'minutes' | 'calendarDays';
const UNITS: readonly AmountUnit[] = ['hours', 'days', 'minutes', 'calendarDays'];

/** Checks that exactly one unit is given with a finite, non-negative value (whole for calendar days). */
export function readAmount(amount: WorkingAmount): { unit: AmountUnit; value: number } {
  const given = UNITS.filter((u) => (amount as Record<string, unknown>)[u] !== undefined);
  if (given.length !== 1) {
    throw invalidAmount(
      'Thời hạn phải ghi đúng một đơn vị: giờ, ngày làm việc hoặc ngày (lịch)',
      'Give the time limit in exactly one unit: hours, working days or calendar days',
    );
  }
  const unit = given[0]!;
  const value = (amount as Record<string, unknown>)[unit];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalidAmount('Thời hạn phải là số không âm', 'The time limit must be a non-negative number');
  }
  if (unit === 'calendarDays' && !Number.isInteger(value)) {
    throw invalidAmount('Số ngày (lịch) phải là số nguyên', 'Calendar days must be a whole number');
  }
  return { unit, value };
}

/** Earliest instant ≥ `ms` that lies inside an office period of a working day. */
function nextWorkingMs(ms: number, calendar: WorkCalendar, hours: CompiledOfficeHours): number {
  let day = localEpochDay(ms);
  let msOfDay = ms - startOfLocalDay(day);
  // Terminates: isWorkingEpochDay throws once the walk leaves the years the calendar covers.
  for (;;) {
    if (isWorkingEpochDay(calendar, day)) {
      for (const p of hours.periods) {
        if (msOfDay < p.endMs) return startOfLocalDay(day) + Math.max(msOfDay, p.startMs);
      }
    }
    day++;
    msOfDay = 0;
  }
}

/**
 * The earliest instant `t` such that the working time in [start, t] equals `amountMs`. Starting from the
 * receipt normalised into office hours, it consumes the rest of the current period, then whole office
 * days, then the remainder. "Earliest" makes a deadline that uses up a day end at that day's closing time
 * (17:00), not at 07:00 the next working day.
 */
function addWorkingMs(
  startMs: number,
  amountMs: number,
  calendar: WorkCalendar,
  hours: CompiledOfficeHours,
): number {
  let t = nextWorkingMs(startMs, calendar, hours);
  let remaining = amountMs;
  const first = hours.periods[0]!;
  const last = hours.periods[hours.periods.length - 1]!;
  while (remaining > 0) {
    const dayStart = startOfLocalDay(localEpochDay(t));
    const msOfDay = t - dayStart;
    const period = hours.periods.find((p) => msOfDay >= p.startMs && msOfDay < p.endMs)!;
    const available = period.endMs - msOfDay;
    if (remaining <= available) return t + remaining;
    remaining -= available;
    t = nextWorkingMs(dayStart + period.endMs, calendar, hours);
    // Whole office days at once; strictly more than a day left, so an exact fit still ends at closing time.
    while (remaining > hours.dayMs && t - startOfLocalDay(localEpochDay(t)) === first.startMs) {
      remaining -= hours.dayMs;
      t = nextWorkingMs(startOfLocalDay(localEpochDay(t)) + last.endMs, calendar, hours);
    }
  }
  return t;
}

function workingMsBetween(
  fromMs: number,
  toMs: number,
  calendar: WorkCalendar,
  hours: CompiledOfficeHours,
): number {
  if (toMs < fromMs) return -workingMsBetween(toMs, fromMs, calendar, hours);
  let total = 0;
  const lastDay = localEpochDay(toMs);
  for (let day = localEpochDay(fromMs); day <= lastDay; day++) {
    if (!isWorkingEpochDay(calendar, day)) continue;
    const dayStart = startOfLocalDay(day);
    for (const p of hours.periods) {
      const from = Math.max(fromMs, dayStart + p.startMs);
      const to = Math.min(toMs, dayStart + p.endMs);
      if (to > from) total += to - from;
    }
  }
  return total;
}

export interface NextWorkingInstantInput extends CalendarContext {
  at: Date;
}

/**
 * When work on something received at `at` can start: `at` itself inside office hours; 07:00 when received
 * before opening; 13:30 when received during lunch (11:30 included); 07:00 on the next working day when
 * received at or after 17:00, or on a weekend, holiday or other day off.
 */
export function nextWorkingInstant(input: NextWorkingInstantInput): Date {
  const hours = compileOfficeHours(input.officeHours ?? DEFAULT_OFFICE_HOURS);
  return new Date(nextWorkingMs(instantMs(input.at, 'at'), input.calendar, hours));
}

export interface AddWorkingTimeInput extends CalendarContext {
  start: Date;
  amount: WorkingAmount;
}

/**
 * The due instant of a procedure received at `start`.
 *
 * Working time (`hours`, `minutes`, `days`): counted in working minutes inside office hours, skipping
 * weekends and days off and counting extra (swapped) working Saturdays. A day is a full office day of
 * working time. The result is the earliest instant at which that much working time has passed, so it is
 * always inside office hours on a working day, closing time (11:30 / 17:00) included. An amount of zero
 * gives the moment work can start (nextWorkingInstant).
 *
 * Calendar days: the receipt is first moved into office hours as above, the days are added keeping the
 * time of day, and a due date on a day that is not a working day moves to the same time on the next
 * working day.
 *
 * Example: 3 working days from Friday 05/02/2021 16:40 (Tết 10–16/02/2021) is Wednesday 17/02/2021 16:40.
 */
export function addWorkingTime(input: AddWorkingTimeInput): Date {
  const hours = compileOfficeHours(input.officeHours ?? DEFAULT_OFFICE_HOURS);
  const startMs = instantMs(input.start, 'start');
  const { unit, value } = readAmount(input.amount);
  if (unit === 'calendarDays') {
    const effective = nextWorkingMs(startMs, input.calendar, hours);
    const day = localEpochDay(effective);
    const timeOfDay = effective - startOfLocalDay(day);
    let due = day + value;
    while (!isWorkingEpochDay(input.calendar, due)) due++;
    return new Date(startOfLocalDay(due) + timeOfDay);
  }
  const amountMs =
    unit === 'hours'
      ? Math.round(value * MS_PER_HOUR)
      : unit === 'minutes'
        ? Math.round(value * MS_PER_MINUTE)
        : Math.round(value * hours.dayMs);
  return new Date(addWorkingMs(startMs, amountMs, input.calendar, hours));
}

export interface WorkingMinutesBetweenInput extends CalendarContext {
  from: Date;
  to: Date;
}

/** Working minutes (possibly fractional) in [from, to]; negative when `to` is before `from`. */
export function workingMinutesBetween(input: WorkingMinutesBetweenInput): number {
  const hours = compileOfficeHours(input.officeHours ?? DEFAULT_OFFICE_HOURS);
  return (
    workingMsBetween(instantMs(input.from, 'from'), instantMs(input.to, 'to'), input.calendar, hours) /
    MS_PER_MINUTE
  );
}

export interface ExtendForSupplementPauseInput extends CalendarContext {
  /** The due instant promised before the pause. */
  dueAt: Date;
  /** When the agency asked the citizen to supplement the dossier. */
  pausedAt: Date;
  /** When the citizen handed in the supplement. */
  resumedAt: Date;
}

/** The start of the minute `ms` falls in: deadlines are kept in whole minutes, as slips print them. */
export function floorToMinute(ms: number): number {
  return Math.floor(ms / MS_PER_MINUTE) * MS_PER_MINUTE;
}

/**
 * Decree 61/2018: time the dossier spends waiting for the citizen does not count against the agency.
 * The due date moves forward by the working time between the request and the resubmission, counted
 * in whole working minutes. (The reference implementation in domain.md §5.4 subtracts one calendar day
 * from the gap; counting working minutes makes that correction unnecessary: a request and a resubmission
 * on the same afternoon move the deadline by those minutes only.) A pause with no working time in it
 * leaves the deadline where it was.
 */
export function extendForSupplementPause(input: ExtendForSupplementPauseInput): Date {
  const hours = compileOfficeHours(input.officeHours ?? DEFAULT_OFFICE_HOURS);
  // Whole minutes: the request and the hand-in count from the minute their slips show. Measured to the
  // millisecond, a pause from 10:00:20.500 to 10:05:21.335 moved a deadline by 5 min 0.835 s and left the
  // stored due time with that residue.
  const dueMs = floorToMinute(instantMs(input.dueAt, 'dueAt'));
  const pausedMs = floorToMinute(instantMs(input.pausedAt, 'pausedAt'));
  const resumedMs = floorToMinute(instantMs(input.resumedAt, 'resumedAt'));
  if (resumedMs <= pausedMs) return new Date(dueMs);
  const pause = workingMsBetween(pausedMs, resumedMs, input.calendar, hours);
  if (pause === 0) return new Date(dueMs);
  return new Date(addWorkingMs(dueMs, pause, input.calendar, hours));
}
