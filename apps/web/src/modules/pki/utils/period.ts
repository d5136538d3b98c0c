import { vietnamToday } from '../../../ui/format.ts';

/** From 1 January of this year in Vietnam (UTC+7, no daylight saving) until now, for the statistics. */
export function thisYearSoFar(now: Date = new Date()): { from: string; to: string } {
  const year = vietnamToday(now).slice(0, 4);
  return { from: `${year}-01-01T00:00:00+07:00`, to: now.toISOString() };
}
