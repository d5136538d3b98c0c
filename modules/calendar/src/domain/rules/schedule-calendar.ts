import { createWorkCalendar, type WorkCalendar } from '../engine/work-calendar.ts';
import { knownSchedules } from './known-schedules.ts';
import type { YearSchedule } from './types.ts';

/** A pure WorkCalendar from year schedules (tests, benchmarks, the CLI's dry runs). */
export function workCalendarFromSchedules(schedules: readonly YearSchedule[]): WorkCalendar {
  return createWorkCalendar({
    years: schedules.map((s) => ({ year: s.year, version: 0, status: 'draft' as const })),
    daysOff: schedules.flatMap((s) => s.daysOff.map(({ date, reason, kind }) => ({ date, reason, kind }))),
    extraWorkingDays: schedules.flatMap((s) =>
      s.extraWorkingDays.map(({ date, reason, swapsFor }) => ({ date, reason, swapsFor })),
    ),
  });
}

/** The announced schedules 2020–2026 as a WorkCalendar. */
export function knownWorkCalendar(): WorkCalendar {
  return workCalendarFromSchedules(knownSchedules());
}
