import type { DayOff, ExtraWorkingDay } from '../engine/work-calendar.ts';

/**
 * How sure an entry is:
 * - `statutory`: follows from the Labour Code alone (a fixed-date holiday, or the compensatory day the law
 *   gives when a holiday falls on a weekend);
 * - `verified`: the announced schedule was checked against a published text when the entry was written;
 * - `recalled`: written from knowledge of the announcement, not re-checked against its text;
 * - `uncertain`: a guess (the pre-fill heuristics for the days the Prime Minister decides).
 */
export type Certainty = 'statutory' | 'verified' | 'recalled' | 'uncertain';

export interface ScheduledDayOff extends DayOff {
  certainty: Certainty;
}

export interface ScheduledExtraWorkingDay extends ExtraWorkingDay {
  certainty: Certainty;
}

export interface BilingualNote {
  vi: string;
  en: string;
}

/** A year's days off and extra working days, as proposed to the administrator. */
export interface YearSchedule {
  year: number;
  source: 'statutory-rules' | 'known-schedule';
  /** The legal basis or the announcements the schedule comes from (Vietnamese). */
  basis: string;
  daysOff: ScheduledDayOff[];
  extraWorkingDays: ScheduledExtraWorkingDay[];
  notes: BilingualNote[];
}
