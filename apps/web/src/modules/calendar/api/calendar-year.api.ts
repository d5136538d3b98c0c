import { api, unwrap } from '../../../api/client.ts';
import type { ResponseOf } from '../../../api/types.ts';

export type CalendarYear = ResponseOf<'/api/calendar/years/{year}', 'get'>;

export function fetchCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return unwrap(api.GET('/api/calendar/years/{year}', { params: { path: { year } }, signal }));
}

/** The version the administrator checked travels in the body: a change since then answers 409/412. */
export function confirmCalendarYear(calendar: Pick<CalendarYear, 'year' | 'version'>): Promise<CalendarYear> {
  return unwrap(
    api.POST('/api/calendar/years/{year}/confirm', {
      params: { path: { year: calendar.year } },
      body: { version: calendar.version },
    }),
  );
}
