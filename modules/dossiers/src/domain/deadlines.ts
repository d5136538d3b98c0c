import {
  addWorkingTime,
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  type WorkCalendar,
  workingMinutesBetween,
} from '@openprovince/calendar';
import { toWholeMinute } from '@openprovince/platform/time';
import type { TimeLimit } from './ports.ts';

export function amountOf(limit: TimeLimit): { days: number } | { calendarDays: number } | { hours: number } {
  if (limit.unit === 'working_days') return { days: limit.amount };
  if (limit.unit === 'calendar_days') return { calendarDays: limit.amount };
  return { hours: limit.amount };
}

export function officeHoursOf(basis: Record<string, unknown> | null | undefined): OfficeHours {
  const hours = (basis?.officeHours as { periods?: { start: string; end: string }[] } | undefined)?.periods;
  return hours?.length ? { periods: hours } : DEFAULT_OFFICE_HOURS;
}

/**
 * A step's deadline: `hours` of working time from the hand-over, counted from the hand-over's minute so
 * that, like the dossier's due time, it is a whole minute.
 */
export function stepDeadline(input: {
  start: Date;
  hours: number;
  officeHours: OfficeHours;
  calendar: WorkCalendar;
}): Date {
  return addWorkingTime({
    start: toWholeMinute(input.start),
    amount: { hours: input.hours },
    calendar: input.calendar,
    officeHours: input.officeHours,
  });
}

/** Minutes of working time in one office day (8 hours with the default hours). */
export function officeDayMinutes(hours: OfficeHours): number {
  let total = 0;
  for (const p of hours.periods) {
    const [sh, sm] = p.start.split(':').map(Number) as [number, number];
    const [eh, em] = p.end.split(':').map(Number) as [number, number];
    total += eh * 60 + em - (sh * 60 + sm);
  }
  return total;
}

/**
 * Decree 61/2018: the apology slip is due at least one working day before the deadline. True when less
 * than one office day of working time remains before `dueAt` (or it has passed).
 */
export function withinOneWorkingDay(input: {
  now: Date;
  dueAt: Date;
  calendar: WorkCalendar;
  officeHours: OfficeHours;
}): boolean {
  if (input.now >= input.dueAt) return true;
  const left = workingMinutesBetween({
    from: input.now,
    to: input.dueAt,
    calendar: input.calendar,
    officeHours: input.officeHours,
  });
  return left < officeDayMinutes(input.officeHours);
}
