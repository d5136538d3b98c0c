import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { addWorkingTime, floorToMinute, nextWorkingInstant, readAmount } from '../domain/engine/deadline.ts';
import { explainDeadline } from '../domain/engine/explain.ts';
import { formatDateTimeVn, localDateOf, localEpochDay, yearOfEpochDay } from '../domain/engine/local-time.ts';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../domain/engine/office-hours.ts';
import {
  CalendarNotCoveredError,
  type CalendarYearInfo,
  type WorkCalendar,
} from '../domain/engine/work-calendar.ts';
import { canComputeDeadline } from '../policies.ts';
import { findOfficeHoursInForce } from '../repositories/office-hours.repository.ts';
import { loadWorkCalendar } from './load-work-calendar.ts';

export type DeadlineAmount = { hours: number } | { days: number } | { calendarDays: number };

export interface ComputeDeadlineInput {
  /** When the dossier was received. */
  start: Date;
  amount: DeadlineAmount;
  /** The agency whose office hours apply; the province's default hours when absent. */
  agencyId?: string | null;
  /** Compute with draft years too (a preview, never for an appointment slip). */
  allowDraft?: boolean;
}

export interface DeadlineResult {
  start: Date;
  effectiveStart: Date;
  dueAt: Date;
  /** `HH:mm dd/mm/yyyy`, Asia/Ho_Chi_Minh. */
  dueAtText: string;
  amount: { unit: 'hours' | 'days' | 'calendarDays'; value: number };
  /** The calendar years consulted, with the version of each, to be stored with the promise. */
  calendarYearsUsed: CalendarYearInfo[];
  officeHours: {
    agencyId: string | null;
    validFrom: string | null;
    periods: { start: string; end: string }[];
  };
  explanation: string;
  explanationEn: string;
}

/** How far past the receipt year a deadline may reach before we stop loading years. */
const MAX_YEARS_AHEAD = 5;

function trimTime(value: string): string {
  return value.slice(0, 5);
}

async function officeHoursFor(
  db: Db,
  agencyId: string | null,
  date: string,
): Promise<{ hours: OfficeHours; agencyId: string | null; validFrom: string | null }> {
  const row =
    (agencyId ? await findOfficeHoursInForce(db, agencyId, date) : undefined) ??
    (await findOfficeHoursInForce(db, null, date));
  if (!row) return { hours: DEFAULT_OFFICE_HOURS, agencyId: null, validFrom: null };
  return {
    hours: {
      periods: [
        { start: trimTime(row.morningStart), end: trimTime(row.morningEnd) },
        { start: trimTime(row.afternoonStart), end: trimTime(row.afternoonEnd) },
      ],
    },
    agencyId: row.agencyId,
    validFrom: row.validFrom,
  };
}

/**
 * The due date of a procedure, as printed on the appointment slip. Only confirmed calendar years are
 * used (unless `allowDraft`), and the result names the version of each year it used. The caller stores
 * `dueAt` with the dossier: a later change of the calendar never moves a deadline already promised; only
 * a new computation sees it.
 */
export async function computeDeadline(
  db: Db,
  ctx: RequestContext,
  input: ComputeDeadlineInput,
): Promise<DeadlineResult> {
  authorize(ctx.actor, canComputeDeadline, undefined);
  return deadlineOf(db, input);
}

/**
 * The same computation without an actor: what other modules call through `calendarApi.computeDeadline`
 * (their own use case already decided who may act; the calendar is public information), so they no longer
 * borrow a system actor to pass `canComputeDeadline`.
 */
export async function deadlineOf(db: Db, input: ComputeDeadlineInput): Promise<DeadlineResult> {
  const { unit, value } = readAmount(input.amount);
  if (unit === 'minutes') {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Thời hạn giải quyết tính bằng giờ, ngày làm việc hoặc ngày (lịch)',
      detailEn: 'A time limit is given in hours, working days or calendar days',
    });
  }
  // Deadlines are whole minutes: the time limit counts from the minute of receipt the slip prints, so the
  // seconds of the receipt never become a residue of the due time.
  const start = new Date(floorToMinute(input.start.getTime()));
  const receiptDate = localDateOf(input.start);
  const office = await officeHoursFor(db, input.agencyId ?? null, receiptDate);
  const firstYear = yearOfEpochDay(localEpochDay(input.start.getTime()));

  let lastYear = firstYear;
  let calendar: WorkCalendar;
  let dueAt: Date;
  for (;;) {
    calendar = await loadWorkCalendar(db, { from: firstYear, to: lastYear, allowDraft: input.allowDraft });
    try {
      dueAt = addWorkingTime({
        start,
        amount: input.amount,
        calendar,
        officeHours: office.hours,
      });
      break;
    } catch (error) {
      // The deadline runs into the next year: load it too (it must exist and, normally, be confirmed).
      if (
        error instanceof CalendarNotCoveredError &&
        error.year === lastYear + 1 &&
        lastYear < firstYear + MAX_YEARS_AHEAD
      ) {
        lastYear++;
        continue;
      }
      throw error;
    }
  }

  const effectiveStart = nextWorkingInstant({ at: start, calendar, officeHours: office.hours });
  const text = explainDeadline({
    start,
    effectiveStart,
    dueAt,
    amount: input.amount,
    calendar,
    officeHours: office.hours,
  });
  return {
    start: input.start,
    effectiveStart,
    dueAt,
    dueAtText: formatDateTimeVn(dueAt),
    amount: { unit, value },
    calendarYearsUsed: [...calendar.years.values()].sort((a, b) => a.year - b.year),
    officeHours: {
      agencyId: office.agencyId,
      validFrom: office.validFrom,
      periods: office.hours.periods.map((p) => ({ ...p })),
    },
    explanation: text.vi,
    explanationEn: text.en,
  };
}
