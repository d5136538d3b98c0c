import { computeDeadline } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext, systemActor } from '@openprovince/platform';
import type { TDossier } from '../contracts/index.ts';
import type { DossierState } from '../contracts/states.ts';
import { CLOCK_RUNNING_STATES } from '../contracts/states.ts';
import type { DossierDeps } from '../dossier-deps.ts';
import { canSeeDossier } from '../policies.ts';
import { presentDossier } from '../presenters.ts';
import {
  type DossierRow,
  findDossierById,
  listAttachments,
  listEvents,
} from '../repositories/dossier.repository.ts';
import { amountOf, calendarCovering, officeHoursOf, withinOneWorkingDay } from './deadlines.ts';

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
export async function apologyRequired(db: Db, d: DossierRow, now: Date): Promise<boolean> {
  if (!d.dueAt || d.apologyAt || !CLOCK_RUNNING_STATES.includes(d.state as DossierState)) return false;
  try {
    const calendar = await calendarCovering(db, now, d.dueAt);
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
  const limit =
    d.channel === 'online' && d.procedure.onlineTimeLimit
      ? d.procedure.onlineTimeLimit
      : d.procedure.timeLimit;
  try {
    const deadline = await computeDeadline(
      db,
      { actor: systemActor('dossiers.expected-due'), requestId: 'expected-due' },
      {
        start: now > d.submittedAt ? now : d.submittedAt,
        amount: amountOf(limit),
        agencyId: d.agencyId,
      },
    );
    return deadline.dueAt;
  } catch {
    // A calendar year not loaded yet: no estimate rather than a wrong one.
    return null;
  }
}

export async function present(deps: DossierDeps, db: Db, d: DossierRow): Promise<TDossier> {
  const now = deps.now();
  const [events, attachments, required, expected] = await Promise.all([
    listEvents(db, d.id),
    listAttachments(db, d.id),
    apologyRequired(db, d, now),
    expectedDueAt(db, d, now),
  ]);
  return presentDossier(d, { events, attachments, apologyRequired: required, expectedDueAt: expected });
}
