/**
 * @openprovince/calendar: the work calendar (holidays, swapped working days, office hours) and the
 * deadline engine of issue 2. The door holds the manifest, the actor-free `calendarApi`, and the pure
 * deadline arithmetic dossiers runs on a calendar it has loaded (issue 10 §3).
 */

export { calendarApi } from './api.ts';
export {
  addWorkingTime,
  extendForSupplementPause,
  workingMinutesBetween,
} from './domain/engine/deadline.ts';
export { formatDateTimeVn, localDateOf, localInstant } from './domain/engine/local-time.ts';
export { DEFAULT_OFFICE_HOURS, type OfficeHours } from './domain/engine/office-hours.ts';
export { CalendarNotCoveredError, type WorkCalendar } from './domain/engine/work-calendar.ts';
export { calendarModule } from './module.ts';
export { seedCalendar } from './seed/demo.ts';
