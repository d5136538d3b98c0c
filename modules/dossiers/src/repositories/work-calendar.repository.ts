import { CalendarNotCoveredError, calendarApi, type WorkCalendar } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { localYearOf } from '@openprovince/platform/time';

/**
 * The confirmed work calendar a dossier's dates need, read once per use case: the calendars already read
 * are kept and a request inside their years is answered without a statement (a transition reads the
 * calendar for its step deadline, then again for the apology flag of the dossier it shows).
 */
export interface WorkCalendars {
  /** The calendar covering `from`…`to` and, when it exists, the year after (deadlines run on). */
  covering(db: Db, from: Date, to: Date): Promise<WorkCalendar>;
}

export function workCalendars(): WorkCalendars {
  const loaded: { from: number; to: number; calendar: WorkCalendar }[] = [];
  return {
    async covering(db, from, to) {
      const first = Math.min(localYearOf(from), localYearOf(to));
      const last = Math.max(localYearOf(from), localYearOf(to));
      const known = loaded.find((c) => c.from <= first && c.to >= last);
      if (known) return known.calendar;
      const calendar = await calendarCovering(db, first, last);
      loaded.push({ from: first, to: last, calendar });
      return calendar;
    },
  };
}

async function calendarCovering(db: Db, first: number, last: number): Promise<WorkCalendar> {
  try {
    return await calendarApi.loadWorkCalendar(db, { from: first, to: last + 1 });
  } catch (error) {
    if (error instanceof CalendarNotCoveredError)
      return calendarApi.loadWorkCalendar(db, { from: first, to: last });
    throw error;
  }
}
