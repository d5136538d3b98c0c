/**
 * @openprovince/calendar: the work calendar (holidays, swapped working days, office hours) and the
 * deadline engine of issue 2.
 */

export * as lunar from './adapters/lunar/index.ts';
export { CALENDAR_GRANTS, CALENDAR_PERMISSIONS } from './contracts/index.ts';
export {
  type AddWorkingTimeInput,
  addWorkingTime,
  type CalendarContext,
  type ExtendForSupplementPauseInput,
  extendForSupplementPause,
  type NextWorkingInstantInput,
  nextWorkingInstant,
  type WorkingAmount,
  type WorkingMinutesBetweenInput,
  workingMinutesBetween,
} from './domain/engine/deadline.ts';
export { type ExplainDeadlineInput, explainDeadline, type NonWorkingRun } from './domain/engine/explain.ts';
export {
  formatDateTimeVn,
  formatDateVn,
  type IsoDate,
  localDateOf,
  localInstant,
  PROVINCE_UTC_OFFSET_MINUTES,
  parseProvinceDateTime,
} from './domain/engine/local-time.ts';
export { DEFAULT_OFFICE_HOURS, type OfficeHours, type OfficePeriod } from './domain/engine/office-hours.ts';
export {
  CalendarNotCoveredError,
  type CalendarYearInfo,
  type CalendarYearStatus,
  type CreateWorkCalendarInput,
  createWorkCalendar,
  type DayOff,
  type DayOffKind,
  type ExtraWorkingDay,
  type IsWorkingDayInput,
  isWorkingDay,
  type WorkCalendar,
} from './domain/engine/work-calendar.ts';
export type { CalendarYearSnapshot } from './domain/model.ts';
export { KNOWN_SCHEDULE_YEARS, knownSchedule, knownSchedules } from './domain/rules/known-schedules.ts';
export { knownWorkCalendar, workCalendarFromSchedules } from './domain/rules/schedule-calendar.ts';
export { statutoryHolidays } from './domain/rules/statutory-holidays.ts';
export type { BilingualNote, Certainty, YearSchedule } from './domain/rules/types.ts';
export { calendarModule } from './module.ts';
export { calendarRoutes } from './routes/calendar.routes.ts';
export { type SeedCalendarResult, seedCalendar } from './seed/demo.ts';
export {
  type ComputeDeadlineInput,
  computeDeadline,
  type DeadlineAmount,
  type DeadlineResult,
} from './use-cases/compute-deadline.ts';
export { type ConfirmCalendarYearInput, confirmCalendarYear } from './use-cases/confirm-calendar-year.ts';
export { getCalendarYear } from './use-cases/get-calendar-year.ts';
export {
  CALENDAR_DOCUMENT_FORMAT,
  type CalendarDocument,
  type ImportCalendarInput,
  type ImportCalendarResult,
  importCalendar,
} from './use-cases/import-calendar.ts';
export { type LoadWorkCalendarInput, loadWorkCalendar } from './use-cases/load-work-calendar.ts';
export { type PrefillCalendarYearInput, prefillCalendarYear } from './use-cases/prefill-calendar-year.ts';
export { type RemoveDayOffInput, removeDayOff } from './use-cases/remove-day-off.ts';
export {
  type RemoveExtraWorkingDayInput,
  removeExtraWorkingDay,
} from './use-cases/remove-extra-working-day.ts';
export { type SetDayOffInput, setDayOff } from './use-cases/set-day-off.ts';
export { type SetExtraWorkingDayInput, setExtraWorkingDay } from './use-cases/set-extra-working-day.ts';
export { type SetOfficeHoursInput, setOfficeHours } from './use-cases/set-office-hours.ts';
