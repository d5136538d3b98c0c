import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { TCalendarYear } from '../contracts/index.ts';
import { toCalendarYearView, yearNotFound } from '../domain/calendar-year.ts';
import { canReadCalendar } from '../policies.ts';
import { findCalendarYear, readYearDays } from '../repositories/calendar-year.repository.ts';

/** A year of the work calendar: its status, versions and days (the current, possibly draft, ones). */
export async function getCalendarYear(
  db: Db,
  ctx: RequestContext,
  input: { year: number },
): Promise<TCalendarYear> {
  authorize(ctx.actor, canReadCalendar, undefined);
  const row = await findCalendarYear(db, input.year);
  if (!row) throw yearNotFound(input.year);
  return toCalendarYearView(row, await readYearDays(db, input.year));
}
