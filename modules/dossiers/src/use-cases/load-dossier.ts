import { calendarApi } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { identityApi } from '@openprovince/identity';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TDossier } from '../contracts/index.ts';
import type { DossierState } from '../contracts/states.ts';
import { CLOCK_RUNNING_STATES } from '../contracts/states.ts';
import type { DossierDeps } from '../deps.ts';
import { availableActions } from '../domain/available-actions.ts';
import { amountOf, officeHoursOf, withinOneWorkingDay } from '../domain/deadlines.ts';
import { presentDossier } from '../domain/present-dossier.ts';
import { stepAgencyOf } from '../domain/step-result.ts';
import { applicableTimeLimit } from '../domain/time-limit.ts';
import { canSeeDossier } from '../policies.ts';
import {
  type DossierRow,
  findDossierById,
  listAttachments,
  listEvents,
} from '../repositories/dossier.repository.ts';
import { type WorkCalendars, workCalendars } from '../repositories/work-calendar.repository.ts';

/** A dossier the actor may see, or 404 whether it is missing or someone else's. */
export async function loadVisibleDossier(
  db: Db,
  ctx: RequestContext,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DossierRow> {
  const row = await findDossierById(db, id, options);
  if (!row) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canSeeDossier, row);
  return row;
}

/** Decree 61/2018: less than a working day left, still open, no apology slip yet. */
export async function apologyRequired(
  db: Db,
  d: DossierRow,
  now: Date,
  calendars: WorkCalendars = workCalendars(),
): Promise<boolean> {
  if (!d.dueAt || d.apologyAt || !CLOCK_RUNNING_STATES.includes(d.state as DossierState)) return false;
  try {
    const calendar = await calendars.covering(db, now, d.dueAt);
    return withinOneWorkingDay({
      now,
      dueAt: d.dueAt,
      calendar,
      officeHours: officeHoursOf(d.deadlineBasis),
    });
  } catch {
    // A missing calendar year must not hide the dossier; the flag is then simply not raised.
    return false;
  }
}

/**
 * The due date a new online dossier would get if the one-stop section accepted it now (the same
 * computation as at acceptance), or null for any other dossier or when the calendar cannot tell.
 */
export async function expectedDueAt(db: Db, d: DossierRow, now: Date): Promise<Date | null> {
  if (d.state !== 'submitted' || d.dueAt) return null;
  const { limit } = applicableTimeLimit(d);
  try {
    const deadline = await calendarApi.computeDeadline(db, {
      start: now > d.submittedAt ? now : d.submittedAt,
      amount: amountOf(limit),
      agencyId: d.agencyId,
    });
    return deadline.dueAt;
  } catch {
    // A calendar year not loaded yet: no estimate rather than a wrong one.
    return null;
  }
}

/** Names of the receiving agency and the step agencies; a missing agency keeps its id (never a 500). */
async function agencyNamesOf(db: Db, d: DossierRow): Promise<Record<string, string>> {
  const ids = [...new Set([d.agencyId, ...d.procedure.steps.map((s) => stepAgencyOf(s, d.agencyId))])];
  const names = await Promise.all(
    ids.map((id) =>
      identityApi.getAgency(db, { id }).then(
        (a) => [id, a.name] as const,
        () => [id, id === d.agencyId ? d.agencyCode : id] as const,
      ),
    ),
  );
  return Object.fromEntries(names);
}

/** What showing a dossier needs from the work calendar, worked out where the calendar is at hand. */
export interface CalendarFacts {
  apologyRequired: boolean;
  expectedDueAt: Date | null;
}

export async function calendarFacts(
  db: Db,
  d: DossierRow,
  input: { now: Date; calendars?: WorkCalendars },
): Promise<CalendarFacts> {
  const [required, expected] = await Promise.all([
    apologyRequired(db, d, input.now, input.calendars),
    expectedDueAt(db, d, input.now),
  ]);
  return { apologyRequired: required, expectedDueAt: expected };
}

/**
 * The dossier as `ctx.actor` sees it, with the actions they may take now. `facts` when the caller already
 * worked them out (a transition, in its transaction): then nothing here reads the calendar again.
 */
export async function present(
  deps: DossierDeps,
  db: Db,
  d: DossierRow,
  ctx?: RequestContext,
  facts?: CalendarFacts,
): Promise<TDossier> {
  const now = deps.now();
  const [events, attachments, calendar, agencyNames] = await Promise.all([
    listEvents(db, d.id),
    listAttachments(db, d.id),
    facts ?? calendarFacts(db, d, { now }),
    ctx ? agencyNamesOf(db, d) : Promise.resolve(undefined),
  ]);
  const actor = ctx?.actor;
  const actions =
    actor && (actor.kind === 'official' || actor.kind === 'citizen')
      ? availableActions({
          state: d.state as DossierState,
          actor,
          isOwner: actor.kind === 'citizen' && actor.citizenId === d.citizenId,
          homeAgencyId: d.agencyId,
          steps: d.procedure.steps,
          stepIndex: d.stepIndex,
          feeTotal: d.procedure.fees.reduce((sum, f) => sum + Math.max(0, f.amount), 0),
          paid: d.payments.length > 0,
        })
      : [];
  return presentDossier(d, {
    events,
    attachments,
    apologyRequired: calendar.apologyRequired,
    expectedDueAt: calendar.expectedDueAt,
    ...(agencyNames ? { agencyNames } : {}),
    actions,
  });
}
