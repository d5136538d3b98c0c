import { calendarApi, extendForSupplementPause, type OfficeHours } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { AppError, type RequestContext } from '@openprovince/platform';
import type { WorkflowEffects } from '@openprovince/platform/workflow';
import type { ResultDelivery } from '../contracts/index.ts';
import type { DossierAction, dossierWorkflow } from '../contracts/workflow.ts';
import type { DossierDeps } from '../deps.ts';
import { amountOf, stepDeadline, withinOneWorkingDay } from '../domain/deadlines.ts';
import { isFullyOnline } from '../domain/result-delivery.ts';
import { stepResult } from '../domain/step-result.ts';
import { applicableTimeLimit } from '../domain/time-limit.ts';
import type { Decision } from '../domain/workflow.ts';
import type { DossierInsert, DossierRow } from '../repositories/dossier.repository.ts';
import type { WorkCalendars } from '../repositories/work-calendar.repository.ts';

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

/** What an effect sees: the decision already taken, the dossier before it, and the transaction. */
export interface EffectInput {
  tx: Db;
  deps: DossierDeps;
  ctx: RequestContext;
  now: Date;
  /** The dossier before the action (null when the action creates it). */
  current: DossierRow | null;
  /** The dossier before the action, or the draft being created. */
  base: DossierRow;
  decision: Decision;
  input: TransitionInput;
  officeHours: OfficeHours;
  calendars: WorkCalendars;
}

/** What an effect decides besides the state: the fields it writes, and what the history records. */
export interface EffectOutcome {
  set: Partial<DossierInsert>;
  /** The internal step this action completes (the control slip's line). */
  completedStep?: { key: string; dueAt: Date | null; result: string | null };
  /** return: how the result reaches the applicant. */
  resultDelivery?: ResultDelivery;
}

type Effect = (e: EffectInput) => EffectOutcome | Promise<EffectOutcome>;

/** Acceptance (online or at the counter): the promised due date from the work calendar. */
const accepted: Effect = async ({ tx, ctx, now, base }) => {
  const { limit } = applicableTimeLimit(base);
  const deadline = await calendarApi.computeDeadline(tx, {
    start: now,
    amount: amountOf(limit),
    agencyId: base.agencyId,
  });
  return {
    set: {
      receivedAt: now,
      receivedBy: ctx.actor.kind === 'official' ? ctx.actor.userId : null,
      dueAt: deadline.dueAt,
      deadlineBasis: {
        timeLimit: limit,
        calendarYearsUsed: deadline.calendarYearsUsed,
        officeHours: deadline.officeHours,
        explanation: deadline.explanation,
        explanationEn: deadline.explanationEn,
      },
    },
  };
};

/** The deadline of the step that starts now. */
async function startStep(e: EffectInput, index: number): Promise<Partial<DossierInsert>> {
  const step = e.base.procedure.steps[index]!;
  const calendar = await e.calendars.covering(e.tx, e.now, e.now);
  return {
    stepIndex: index,
    stepStartedAt: e.now,
    stepDueAt: stepDeadline({ start: e.now, hours: step.hours, officeHours: e.officeHours, calendar }),
  };
}

/** process / approve: the current step is done; the next one starts, or the dossier is processed. */
const completeStep: Effect = async (e) => {
  const cur = e.current!;
  const step = cur.procedure.steps[cur.stepIndex!]!;
  const completedStep = { key: step.key, dueAt: cur.stepDueAt, result: stepResult(e.now, cur.stepDueAt) };
  const next = e.decision.nextStepIndex;
  if (next !== null) return { set: await startStep(e, next), completedStep };
  return { set: { stepIndex: null, stepDueAt: null, finishedAt: e.now }, completedStep };
};

/**
 * Every action's effect besides the state, typed over the workflow's actions: an action added to the
 * table without an effect here does not compile.
 */
const EFFECTS: WorkflowEffects<typeof dossierWorkflow, Effect> = {
  // The submission's fields are in the draft it inserts (submit-dossier.ts).
  submit: () => ({ set: {} }),
  receive: accepted,
  accept: accepted,
  refuse: ({ now }) => ({ set: { refusedAt: now } }),
  forward: (e) => startStep(e, 0).then((set) => ({ set })),
  request_supplement: ({ now, input }) => ({
    set: {
      pausedAt: now,
      supplementDueAt: input.supplementDays
        ? new Date(now.getTime() + input.supplementDays * 86_400_000)
        : null,
    },
  }),
  resubmit: async ({ tx, now, current, officeHours, calendars }) => {
    // Decree 61/2018: the wait for the applicant does not count; the promise moves by the working time paused.
    const cur = current!;
    const pausedAt = cur.pausedAt ?? now;
    const calendar = await calendars.covering(tx, pausedAt, cur.dueAt ?? now);
    const extend = (d: Date | null) =>
      d ? extendForSupplementPause({ dueAt: d, pausedAt, resumedAt: now, calendar, officeHours }) : null;
    return {
      set: {
        dueAt: extend(cur.dueAt),
        stepDueAt: extend(cur.stepDueAt),
        pausedAt: null,
        supplementDueAt: null,
      },
    };
  },
  request_payment: async ({ tx, deps, ctx, now, base }) => {
    // Decree 45/2020 art. 9: fees are paid online when the procedure allows it. The request (with its
    // VietQR code) is created in this transaction, so it exists exactly when the state changes.
    const lines = base.procedure.fees.filter((f) => f.amount > 0);
    if (lines.length === 0) {
      throw new AppError('BUSINESS_RULE_VIOLATED', {
        detail: 'Thủ tục này không thu phí, lệ phí; không có gì để yêu cầu nộp',
        detailEn: 'This procedure has no fee or charge; there is nothing to request',
      });
    }
    if (!deps.fees) return { set: {} };
    const request = await deps.fees.requestPayment(tx, ctx, {
      reference: base.code,
      agencyId: base.agencyId,
      lines,
    });
    return { set: { paymentRequest: { ...request, requestedAt: now.toISOString() } } };
  },
  payment_received: ({ current, input }) => ({
    set: {
      ...(input.payment ? { payments: [...current!.payments, input.payment] } : {}),
      paymentRequest: null,
    },
  }),
  process: completeStep,
  approve: completeStep,
  send_back: async (e) => {
    // The previous step starts again with its own time (the control slip records the return and why).
    const cur = e.current!;
    const step = cur.procedure.steps[cur.stepIndex!]!;
    return {
      set: await startStep(e, e.decision.nextStepIndex!),
      completedStep: { key: step.key, dueAt: cur.stepDueAt, result: null },
    };
  },
  stop: ({ now }) => ({ set: { stepIndex: null, stepDueAt: null, finishedAt: now } }),
  return: ({ now, base, input }) => {
    // Decree 42/2022 Art. 11(1)(a): a fully online service delivers its result online (or by post, on
    // paper): returning it with neither the file nor a word that it is on paper would leave the applicant
    // with nothing.
    if (!input.resultFileAttached && !input.onPaper && isFullyOnline(base)) {
      const message =
        'Dịch vụ công trực tuyến toàn trình: cần gửi kèm tệp kết quả, hoặc chọn "Trả kết quả bằng bản giấy"';
      const messageEn = 'A fully online service: send the result file with the return, or say it is on paper';
      throw new AppError('VALIDATION_FAILED', {
        detail: message,
        detailEn: messageEn,
        errors: [{ path: '/body/resultFile', message, messageEn }],
      });
    }
    return { set: { returnedAt: now }, resultDelivery: input.resultFileAttached ? 'online' : 'paper' };
  },
  withdraw: ({ now }) => ({ set: { withdrawnAt: now, stepIndex: null, stepDueAt: null } }),
  apologise: async ({ tx, now, current, input, officeHours, calendars }) => {
    const cur = current!;
    // Decree 61/2018: a new appointment may be made no more than once.
    if (cur.apologyAt) {
      throw new AppError('BUSINESS_RULE_VIOLATED', {
        detail: 'Hồ sơ đã có phiếu xin lỗi và hẹn lại ngày trả; chỉ được hẹn lại một lần',
        detailEn: 'An apology slip with a new date was already issued; a new date may be given only once',
      });
    }
    if (!cur.dueAt || !input.newDueAt || input.newDueAt <= cur.dueAt) {
      throw AppError.forField({
        path: '/body/newDueAt',
        message: 'Cần ngày hẹn trả mới, sau hạn đã hẹn',
        messageEn: 'A new return date after the promised one is required',
      });
    }
    const calendar = await calendars.covering(tx, now, cur.dueAt);
    const onTime = !withinOneWorkingDay({ now, dueAt: cur.dueAt, calendar, officeHours });
    return {
      set: {
        apologyAt: now,
        apologyReason: input.note!.trim(),
        apologyNewDueAt: input.newDueAt,
        apologyInTime: onTime ? 'yes' : 'no',
      },
    };
  },
};

/** Runs the action's effect. */
export function effectOf(e: EffectInput): Promise<EffectOutcome> {
  return Promise.resolve(EFFECTS[e.input.action](e));
}
