/**
 * The calendar module's narrow in-process api (issue 10 §3): what dossiers and documents call, without an
 * actor or a request context — the calling use case has already decided who may act, and the work calendar
 * is public information.
 */
import { deadlineOf } from './use-cases/compute-deadline.ts';
import { loadWorkCalendar } from './use-cases/load-work-calendar.ts';

export const calendarApi = {
  /** The due date of a time limit counted from `start` on the confirmed work calendar (appointment slip). */
  computeDeadline: deadlineOf,
  /** The work calendar of the years `from`…`to` (confirmed years only unless `allowDraft`). */
  loadWorkCalendar,
};
