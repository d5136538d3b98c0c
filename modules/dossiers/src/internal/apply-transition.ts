import { recordAudit } from '@openprovince/audit';
import { computeDeadline, extendForSupplementPause } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { getAgency } from '@openprovince/identity';
import { AppError, etagOf, type RequestContext } from '@openprovince/platform';
import type { ResultDelivery } from '../contracts/index.ts';
import type { DossierState } from '../contracts/states.ts';
import type { DossierDeps } from '../dossier-deps.ts';
import {
  type DossierInsert,
  type DossierRow,
  insertDossier,
  insertEvent,
  updateDossierVersioned,
} from '../repositories/dossier.repository.ts';
import { type DossierAction, decideTransition, type ProcedureStep } from '../workflow/workflow.ts';
import { amountOf, calendarCovering, officeHoursOf, stepDeadline, withinOneWorkingDay } from './deadlines.ts';
import { enqueueChangeJobs } from './notify.ts';
import { isFullyOnline } from './result-delivery.ts';
import { applicableTimeLimit } from './time-limit.ts';

export interface TransitionInput {
  action: DossierAction;
  /** The version the caller saw (If-Match); not used when creating. */
  expectedVersion?: number;
  note?: string | null;
  newDueAt?: Date;
  items?: string[];
  supplementDays?: number;
  payment?: { paymentId: string; amount: number; paidAt: string; receiptNumber: string };
  /** return: a result file is attached to the dossier (in this action or before it). */
  resultFileAttached?: boolean;
  /** return: the result is handed over on paper. */
  onPaper?: boolean;
  /** return: the result file attached by this action, for the history. */
  resultAttachmentId?: string;
  /** The receiving agency's name when the caller has it (the seed), saving a look-up per message. */
  agencyName?: string;
}

/** Step owner: the step's agency, or the receiving agency. */
export function stepAgencyOf(step: ProcedureStep | undefined, homeAgencyId: string): string {
  return step?.agencyId ?? homeAgencyId;
}

/** Exported for the historic import, which replays hand-overs with the same rule. */
export function stepResult(at: Date, dueAt: Date | null): 'early' | 'on_time' | 'late' | null {
  if (!dueAt) return null;
  if (at > dueAt) return 'late';
  // Same local day as the deadline counts as on time, earlier days as early (Circular 01/2018 compares dates).
  const day = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  return day(at) === day(dueAt) ? 'on_time' : 'early';
}

/**
 * The one function that changes a dossier's state (and, for `submit`/`receive`, creates it). In the
 * caller's transaction it: asks the workflow table whether the actor may take the action; checks the
 * version (412); computes the dates the action implies (due date at acceptance, supplement pause, step
 * deadlines, apology); writes the dossier and its event; records the audit entry; enqueues the
 * notifications and the national-portal sync.
 */
export async function applyTransition(
  tx: Db,
  deps: DossierDeps,
  ctx: RequestContext,
  input: TransitionInput & { current: DossierRow | null; draft?: DossierInsert },
): Promise<DossierRow> {
  const now = deps.now();
  const cur = input.current;
  const base = (cur ?? input.draft) as DossierRow;
  if (!base) throw new Error('applyTransition needs a dossier or a draft');
  if (cur && input.expectedVersion !== undefined && cur.version !== input.expectedVersion) {
    throw new AppError('VERSION_MISMATCH', {
      detail: `Hồ sơ đã được cập nhật (phiên bản ${cur.version}); vui lòng tải lại`,
      detailEn: `The dossier has changed (version ${cur.version}); reload it`,
      extra: { currentVersion: cur.version, etag: etagOf(cur.version) },
    });
  }
  const steps = base.procedure.steps;
  const stepIndex = cur?.stepIndex ?? null;
  const currentStep = stepIndex !== null ? steps[stepIndex] : undefined;
  const actor = ctx.actor;
  const decision = decideTransition({
    state: (cur?.state as DossierState | undefined) ?? null,
    action: input.action,
    actor,
    isOwner: actor.kind === 'citizen' && base.citizenId === actor.citizenId,
    isHomeAgency: actor.kind === 'official' && actor.agencyId === base.agencyId,
    isStepAgency: actor.kind === 'official' && actor.agencyId === stepAgencyOf(currentStep, base.agencyId),
    steps,
    stepIndex,
    note: input.note,
  });

  const set: Partial<DossierInsert> = { state: decision.to };
  const officeHours = officeHoursOf(base.deadlineBasis);
  let completedStep: { key: string; dueAt: Date | null; result: string | null } | null = null;
  let resultDelivery: ResultDelivery | null = null;

  switch (input.action) {
    case 'receive':
    case 'accept': {
      const { limit } = applicableTimeLimit(base);
      const deadline = await computeDeadline(tx, ctx, {
        start: now,
        amount: amountOf(limit),
        agencyId: base.agencyId,
      });
      set.receivedAt = now;
      set.receivedBy = actor.kind === 'official' ? actor.userId : null;
      set.dueAt = deadline.dueAt;
      set.deadlineBasis = {
        timeLimit: limit,
        calendarYearsUsed: deadline.calendarYearsUsed,
        officeHours: deadline.officeHours,
        explanation: deadline.explanation,
        explanationEn: deadline.explanationEn,
      };
      break;
    }
    case 'refuse':
      set.refusedAt = now;
      break;
    case 'forward':
      set.stepIndex = 0;
      set.stepStartedAt = now;
      set.stepDueAt = await stepDeadline(tx, { start: now, hours: steps[0]!.hours, officeHours });
      break;
    case 'request_supplement':
      set.pausedAt = now;
      set.supplementDueAt = input.supplementDays
        ? new Date(now.getTime() + input.supplementDays * 86_400_000)
        : null;
      break;
    case 'resubmit': {
      // Decree 61/2018: the wait for the applicant does not count; the promise moves by the working time paused.
      const pausedAt = cur!.pausedAt ?? now;
      const calendar = await calendarCovering(tx, pausedAt, cur!.dueAt ?? now);
      const extend = (d: Date | null) =>
        d ? extendForSupplementPause({ dueAt: d, pausedAt, resumedAt: now, calendar, officeHours }) : null;
      set.dueAt = extend(cur!.dueAt);
      set.stepDueAt = extend(cur!.stepDueAt);
      set.pausedAt = null;
      set.supplementDueAt = null;
      break;
    }
    case 'request_payment': {
      // Decree 45/2020 art. 9: fees are paid online when the procedure allows it. The request (with its
      // VietQR code) is created in this transaction, so it exists exactly when the state changes.
      const lines = base.procedure.fees.filter((f) => f.amount > 0);
      if (lines.length === 0) {
        throw new AppError('BUSINESS_RULE_VIOLATED', {
          detail: 'Thủ tục này không thu phí, lệ phí; không có gì để yêu cầu nộp',
          detailEn: 'This procedure has no fee or charge; there is nothing to request',
        });
      }
      if (deps.fees) {
        const request = await deps.fees.requestPayment(tx, ctx, {
          reference: base.code,
          agencyId: base.agencyId,
          lines,
        });
        set.paymentRequest = { ...request, requestedAt: now.toISOString() };
      }
      break;
    }
    case 'payment_received':
      if (input.payment) set.payments = [...cur!.payments, input.payment];
      set.paymentRequest = null;
      break;
    case 'process':
    case 'approve': {
      completedStep = {
        key: currentStep!.key,
        dueAt: cur!.stepDueAt,
        result: stepResult(now, cur!.stepDueAt),
      };
      if (decision.nextStepIndex !== null) {
        const next = steps[decision.nextStepIndex]!;
        set.stepIndex = decision.nextStepIndex;
        set.stepStartedAt = now;
        set.stepDueAt = await stepDeadline(tx, { start: now, hours: next.hours, officeHours });
      } else {
        set.stepIndex = null;
        set.stepDueAt = null;
        set.finishedAt = now;
      }
      break;
    }
    case 'send_back': {
      // The previous step starts again with its own time (the control slip records the return and why).
      const previous = steps[decision.nextStepIndex!]!;
      completedStep = { key: currentStep!.key, dueAt: cur!.stepDueAt, result: null };
      set.stepIndex = decision.nextStepIndex;
      set.stepStartedAt = now;
      set.stepDueAt = await stepDeadline(tx, { start: now, hours: previous.hours, officeHours });
      break;
    }
    case 'stop':
      set.stepIndex = null;
      set.stepDueAt = null;
      set.finishedAt = now;
      break;
    case 'return': {
      // Decree 42/2022 Art. 11(1)(a): a fully online service delivers its result online (or by post, on
      // paper): returning it with neither the file nor a word that it is on paper would leave the applicant
      // with nothing.
      if (!input.resultFileAttached && !input.onPaper && isFullyOnline(base)) {
        const message =
          'Dịch vụ công trực tuyến toàn trình: cần gửi kèm tệp kết quả, hoặc chọn "Trả kết quả bằng bản giấy"';
        throw new AppError('VALIDATION_FAILED', {
          detail: message,
          detailEn: 'A fully online service: send the result file with the return, or say it is on paper',
          errors: [
            {
              path: '/body/resultFile',
              message,
              messageEn:
                'A fully online service: send the result file with the return, or say it is on paper',
            },
          ],
        });
      }
      resultDelivery = input.resultFileAttached ? 'online' : 'paper';
      set.returnedAt = now;
      break;
    }
    case 'withdraw':
      set.withdrawnAt = now;
      set.stepIndex = null;
      set.stepDueAt = null;
      break;
    case 'apologise': {
      // Decree 61/2018: a new appointment may be made no more than once.
      if (cur!.apologyAt) {
        throw new AppError('BUSINESS_RULE_VIOLATED', {
          detail: 'Hồ sơ đã có phiếu xin lỗi và hẹn lại ngày trả; chỉ được hẹn lại một lần',
          detailEn: 'An apology slip with a new date was already issued; a new date may be given only once',
        });
      }
      if (!cur!.dueAt || !input.newDueAt || input.newDueAt <= cur!.dueAt) {
        throw AppError.forField({
          path: '/body/newDueAt',
          message: 'Cần ngày hẹn trả mới, sau hạn đã hẹn',
          messageEn: 'A new return date after the promised one is required',
        });
      }
      const calendar = await calendarCovering(tx, now, cur!.dueAt);
      const onTime = !withinOneWorkingDay({ now, dueAt: cur!.dueAt, calendar, officeHours });
      set.apologyAt = now;
      set.apologyReason = input.note!.trim();
      set.apologyNewDueAt = input.newDueAt;
      set.apologyInTime = onTime ? 'yes' : 'no';
      break;
    }
    default:
      break;
  }

  let row: DossierRow;
  const seq = (cur?.transitionSeq ?? 0) + 1;
  if (!cur) {
    row = await insertDossier(tx, { ...input.draft!, ...set, transitionSeq: seq });
  } else {
    const updated = await updateDossierVersioned(tx, {
      id: cur.id,
      expectedVersion: cur.version,
      set: { ...set, transitionSeq: seq },
    });
    if (!updated) {
      throw new AppError('VERSION_MISMATCH', {
        detail: 'Hồ sơ vừa được người khác cập nhật; vui lòng tải lại',
        detailEn: 'The dossier was just changed by someone else; reload it',
      });
    }
    row = updated;
  }

  const nextStep = row.stepIndex !== null ? steps[row.stepIndex] : undefined;
  await insertEvent(tx, {
    dossierId: row.id,
    seq,
    action: input.action,
    fromState: cur?.state ?? null,
    toState: row.state,
    at: now,
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
    stepKey: completedStep?.key ?? null,
    stepDueAt: completedStep?.dueAt ?? null,
    stepResult: completedStep?.result ?? null,
    nextStepKey: nextStep && row.stepIndex !== stepIndex ? nextStep.key : null,
    nextStepAgencyId: nextStep && row.stepIndex !== stepIndex ? stepAgencyOf(nextStep, row.agencyId) : null,
    data: {
      ...(input.items ? { items: input.items } : {}),
      ...(input.payment ? { payment: input.payment } : {}),
      ...(input.newDueAt ? { newDueAt: input.newDueAt.toISOString() } : {}),
      ...(resultDelivery ? { resultDelivery } : {}),
      ...(input.resultAttachmentId ? { resultAttachmentId: input.resultAttachmentId } : {}),
    },
  });
  await recordAudit(tx, ctx, {
    action: `dossier.${input.action}`,
    objectType: 'dossier',
    objectId: row.id,
    agencyId: row.agencyId,
    summary: { code: row.code, from: cur?.state ?? null, to: row.state, seq, version: row.version },
  });
  const stateChanged = cur?.state !== row.state;
  if (stateChanged || input.action === 'apologise') {
    await enqueueChangeJobs(tx, {
      dossier: row,
      action: input.action,
      seq,
      at: now,
      stateChanged,
      note: input.note,
      resultDelivery,
      lookupUrl: `${deps.publicBaseUrl}/tra-cuu-ho-so?code=${encodeURIComponent(row.code)}`,
      dossierUrl: row.citizenId ? `${deps.publicBaseUrl}/my-dossiers/${encodeURIComponent(row.id)}` : null,
      // Only the result's messages name the counter where a paper result is collected.
      agencyName:
        row.state !== 'processed' && row.state !== 'returned'
          ? null
          : input.agencyName
            ? input.agencyName
            : await getAgency(tx, ctx, { id: row.agencyId }).then(
                (a) => a.name,
                () => null,
              ),
    });
  }
  return row;
}
