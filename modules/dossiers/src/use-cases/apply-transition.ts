import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { identityApi } from '@openprovince/identity';
import { type Actor, AppError, etagOf, type RequestContext } from '@openprovince/platform';
import type { ResultDelivery } from '../contracts/index.ts';
import type { DossierState } from '../contracts/states.ts';
import type { DossierDeps } from '../deps.ts';
import { officeHoursOf } from '../domain/deadlines.ts';
import { stepAgencyOf } from '../domain/step-result.ts';
import { type Decision, decideTransition } from '../domain/workflow.ts';
import {
  type DossierInsert,
  type DossierRow,
  insertDossier,
  insertEvent,
  updateDossierVersioned,
} from '../repositories/dossier.repository.ts';
import { type WorkCalendars, workCalendars } from '../repositories/work-calendar.repository.ts';
import { enqueueChangeJobs } from './notify-change.ts';
import { type EffectOutcome, effectOf, type TransitionInput } from './transition-effects.ts';

export type { TransitionInput } from './transition-effects.ts';

/**
 * The one function that changes a dossier's state (and, for `submit`/`receive`, creates it). In the
 * caller's transaction: checks the version (412), asks the workflow whether the actor may take the action
 * (domain/workflow.ts over contracts/workflow.ts), runs the action's effect (transition-effects.ts: the
 * dates it implies), writes the dossier and its event, records the audit entry and enqueues the
 * notifications and the national-portal sync.
 */
export async function applyTransition(
  tx: Db,
  deps: DossierDeps,
  ctx: RequestContext,
  input: TransitionInput & {
    current: DossierRow | null;
    draft?: DossierInsert;
    /** The calendars the caller already read (it may read them again to show the dossier). */
    calendars?: WorkCalendars;
  },
): Promise<DossierRow> {
  const now = deps.now();
  const current = input.current;
  const base = (current ?? input.draft) as DossierRow;
  if (!base) throw new Error('applyTransition needs a dossier or a draft');
  checkVersion(current, input.expectedVersion);
  const decision = decide(ctx.actor, base, current, input);
  const outcome = await effectOf({
    tx,
    deps,
    ctx,
    now,
    current,
    base,
    decision,
    input,
    officeHours: officeHoursOf(base.deadlineBasis),
    calendars: input.calendars ?? workCalendars(),
  });
  const { row, seq } = await writeDossier(tx, {
    now,
    current,
    draft: input.draft,
    set: { ...outcome.set, state: decision.to },
  });
  await recordEvent(tx, { row, seq, current, actor: ctx.actor, at: now, input, outcome });
  await recordAudit(tx, ctx, {
    action: `dossier.${input.action}`,
    objectType: 'dossier',
    objectId: row.id,
    agencyId: row.agencyId,
    summary: { code: row.code, from: current?.state ?? null, to: row.state, seq, version: row.version },
  });
  await notify(tx, deps, { row, seq, current, at: now, input, resultDelivery: outcome.resultDelivery });
  return row;
}

/** The version the caller saw must still be the dossier's (If-Match), or 412 with the current one. */
function checkVersion(current: DossierRow | null, expectedVersion: number | undefined): void {
  if (!current || expectedVersion === undefined || current.version === expectedVersion) return;
  throw new AppError('VERSION_MISMATCH', {
    detail: `Hồ sơ đã được cập nhật (phiên bản ${current.version}); vui lòng tải lại`,
    detailEn: `The dossier has changed (version ${current.version}); reload it`,
    extra: { currentVersion: current.version, etag: etagOf(current.version) },
  });
}

function decide(
  actor: Actor,
  base: DossierRow,
  current: DossierRow | null,
  input: TransitionInput,
): Decision {
  const steps = base.procedure.steps;
  const stepIndex = current?.stepIndex ?? null;
  const currentStep = stepIndex !== null ? steps[stepIndex] : undefined;
  return decideTransition({
    state: (current?.state as DossierState | undefined) ?? null,
    action: input.action,
    actor,
    isOwner: actor.kind === 'citizen' && base.citizenId === actor.citizenId,
    isHomeAgency: actor.kind === 'official' && actor.agencyId === base.agencyId,
    isStepAgency: actor.kind === 'official' && actor.agencyId === stepAgencyOf(currentStep, base.agencyId),
    steps,
    stepIndex,
    note: input.note,
  });
}

/** Inserts the new dossier or updates it if nobody changed it meanwhile (the row lock makes that rare). */
async function writeDossier(
  tx: Db,
  input: { now: Date; current: DossierRow | null; draft?: DossierInsert; set: Partial<DossierInsert> },
): Promise<{ row: DossierRow; seq: number }> {
  const seq = (input.current?.transitionSeq ?? 0) + 1;
  if (!input.current) {
    return { row: await insertDossier(tx, { ...input.draft!, ...input.set, transitionSeq: seq }), seq };
  }
  const updated = await updateDossierVersioned(tx, {
    id: input.current.id,
    expectedVersion: input.current.version,
    set: { ...input.set, transitionSeq: seq },
    now: input.now,
  });
  if (!updated) {
    throw new AppError('VERSION_MISMATCH', {
      detail: 'Hồ sơ vừa được người khác cập nhật; vui lòng tải lại',
      detailEn: 'The dossier was just changed by someone else; reload it',
    });
  }
  return { row: updated, seq };
}

/** The dossier's history line (the control slip reads it): who, when, which step ended and which began. */
async function recordEvent(
  tx: Db,
  e: {
    row: DossierRow;
    seq: number;
    current: DossierRow | null;
    actor: Actor;
    at: Date;
    input: TransitionInput;
    outcome: EffectOutcome;
  },
): Promise<void> {
  const { row, actor, input, outcome } = e;
  const previousIndex = e.current?.stepIndex ?? null;
  const nextStep = row.stepIndex !== null ? row.procedure.steps[row.stepIndex] : undefined;
  const stepChanged = nextStep !== undefined && row.stepIndex !== previousIndex;
  await insertEvent(tx, {
    dossierId: row.id,
    seq: e.seq,
    action: input.action,
    fromState: e.current?.state ?? null,
    toState: row.state,
    at: e.at,
    actorKind: actor.kind,
    actorId: actor.kind === 'official' ? actor.userId : actor.kind === 'citizen' ? actor.citizenId : null,
    actorName:
      actor.kind === 'official' || actor.kind === 'citizen'
        ? actor.fullName
        : actor.kind === 'system'
          ? actor.name
          : null,
    actorAgencyId: actor.kind === 'official' ? actor.agencyId : null,
    note: input.note?.trim() || null,
    stepKey: outcome.completedStep?.key ?? null,
    stepDueAt: outcome.completedStep?.dueAt ?? null,
    stepResult: outcome.completedStep?.result ?? null,
    nextStepKey: stepChanged ? nextStep.key : null,
    nextStepAgencyId: stepChanged ? stepAgencyOf(nextStep, row.agencyId) : null,
    data: {
      ...(input.items ? { items: input.items } : {}),
      ...(input.payment ? { payment: input.payment } : {}),
      ...(input.newDueAt ? { newDueAt: input.newDueAt.toISOString() } : {}),
      ...(outcome.resultDelivery ? { resultDelivery: outcome.resultDelivery } : {}),
      ...(input.resultAttachmentId ? { resultAttachmentId: input.resultAttachmentId } : {}),
    },
  });
}

/** The applicant and the national portal hear of a change of state (and of an apology slip). */
async function notify(
  tx: Db,
  deps: DossierDeps,
  e: {
    row: DossierRow;
    seq: number;
    current: DossierRow | null;
    at: Date;
    input: TransitionInput;
    resultDelivery: ResultDelivery | undefined;
  },
): Promise<void> {
  const { row, input } = e;
  const stateChanged = e.current?.state !== row.state;
  if (!stateChanged && input.action !== 'apologise') return;
  // Only the result's messages name the counter where a paper result is collected.
  const needsAgency = row.state === 'processed' || row.state === 'returned';
  await enqueueChangeJobs(tx, {
    dossier: row,
    action: input.action,
    seq: e.seq,
    at: e.at,
    stateChanged,
    note: input.note,
    resultDelivery: e.resultDelivery ?? null,
    lookupUrl: `${deps.publicBaseUrl}/tra-cuu-ho-so?code=${encodeURIComponent(row.code)}`,
    dossierUrl: row.citizenId ? `${deps.publicBaseUrl}/my-dossiers/${encodeURIComponent(row.id)}` : null,
    agencyName: !needsAgency
      ? null
      : (input.agencyName ??
        (await identityApi.getAgency(tx, { id: row.agencyId }).then(
          (a) => a.name,
          () => null,
        ))),
  });
}
