import { type Actor, AppError, hasPermission } from '@openprovince/platform';
import { type DossierPermission, DOSSIER_PERMISSIONS as P } from '../contracts/permissions.ts';
import { type DossierState, OPEN_STATES, STATE_INFO } from '../contracts/states.ts';

/**
 * The dossier lifecycle as data (Decree 61/2018/NĐ-CP; national states of domain.md §5.1):
 *
 *   submit → submitted ─accept→ accepted ─forward→ processing ⇄ supplement_requested
 *            submitted ─refuse→ refused          processing → payment_requested → processing
 *   receive (counter) → accepted                 processing ─process/approve (last step)→ processed ─return→ returned
 *                                                processing ─send_back→ processing (the previous step again)
 *                                                processing ─stop→ stopped
 *   any state before processed ─withdraw→ withdrawn
 *
 * `applyTransition` (use-cases/apply-transition.ts) is the only code that writes a dossier's state, and it
 * asks `decideTransition` below first.
 */
export const DOSSIER_ACTIONS = [
  'submit',
  'receive',
  'accept',
  'refuse',
  'forward',
  'request_supplement',
  'resubmit',
  'request_payment',
  'payment_received',
  'process',
  'approve',
  'send_back',
  'stop',
  'return',
  'withdraw',
  'apologise',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** Who may take an action: officials holding one of the permissions, the applicant, or the system (jobs). */
export interface Performers {
  permissions: readonly DossierPermission[];
  citizenOwner?: boolean;
  system?: boolean;
}

export interface TransitionRule {
  action: DossierAction;
  /** `[]` for the two actions that create a dossier. */
  from: readonly DossierState[];
  /**
   * `next-step`: the next internal step (still processing), or processed after the last one;
   * `previous-step`: back to the step before the current one (still processing); `same`: no state change.
   */
  to: DossierState | 'next-step' | 'previous-step' | 'same';
  by: Performers;
  /** A reason the applicant will read (refusal, supplement, stop, withdrawal, apology). */
  noteRequired?: boolean;
  vi: string;
  en: string;
  /** Legal basis, for the README and the audit summary. */
  basis: string;
}

const BEFORE_PROCESSED = OPEN_STATES;

export const WORKFLOW: readonly TransitionRule[] = [
  {
    action: 'submit',
    from: [],
    to: 'submitted',
    by: { permissions: [], citizenOwner: true },
    vi: 'Nộp hồ sơ trực tuyến',
    en: 'Submit online',
    basis: 'NĐ 45/2020 Điều 3(2); NĐ 61/2018 Điều 19',
  },
  {
    action: 'receive',
    from: [],
    to: 'accepted',
    by: { permissions: [P.receive] },
    vi: 'Tiếp nhận hồ sơ tại Bộ phận Một cửa',
    en: 'Receive at the one-stop counter',
    basis: 'NĐ 61/2018 Điều 19(2)(c): tiếp nhận và cấp phiếu hẹn',
  },
  {
    action: 'accept',
    from: ['submitted'],
    to: 'accepted',
    by: { permissions: [P.accept] },
    vi: 'Tiếp nhận hồ sơ trực tuyến',
    en: 'Accept an online dossier',
    basis: 'NĐ 61/2018 Điều 19(2)(c); phiếu hẹn trả kết quả',
  },
  {
    action: 'refuse',
    from: ['submitted'],
    to: 'refused',
    by: { permissions: [P.refuse] },
    noteRequired: true,
    vi: 'Từ chối tiếp nhận',
    en: 'Refuse',
    basis: 'NĐ 61/2018 Điều 19(2)(a); mẫu Phiếu từ chối tiếp nhận (TT 01/2018)',
  },
  {
    action: 'forward',
    from: ['accepted'],
    to: 'processing',
    by: { permissions: [P.accept] },
    vi: 'Chuyển hồ sơ đến bộ phận giải quyết',
    en: 'Forward for processing',
    basis: 'NĐ 61/2018 Điều 20',
  },
  {
    action: 'request_supplement',
    from: ['processing'],
    to: 'supplement_requested',
    by: { permissions: [P.requestSupplement] },
    noteRequired: true,
    vi: 'Yêu cầu bổ sung hồ sơ',
    en: 'Request a supplement',
    basis: 'NĐ 61/2018 Điều 19(2)(b): hướng dẫn một lần, bằng văn bản',
  },
  {
    action: 'resubmit',
    from: ['supplement_requested'],
    to: 'processing',
    by: { permissions: [P.receive], citizenOwner: true },
    vi: 'Nộp bổ sung hồ sơ',
    en: 'Hand in the supplement',
    basis: 'NĐ 61/2018: thời gian chờ bổ sung không tính vào thời hạn giải quyết',
  },
  {
    action: 'request_payment',
    from: ['processing'],
    to: 'payment_requested',
    by: { permissions: [P.process] },
    vi: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    en: 'Request payment',
    basis: 'NĐ 61/2018 Điều 21',
  },
  {
    action: 'payment_received',
    from: ['payment_requested'],
    to: 'processing',
    by: { permissions: [P.receive], system: true },
    vi: 'Đã thực hiện nghĩa vụ tài chính',
    en: 'Payment received',
    basis: 'NĐ 61/2018 Điều 21; NĐ 45/2020 (thanh toán trực tuyến)',
  },
  {
    action: 'process',
    from: ['processing'],
    to: 'next-step',
    by: { permissions: [P.process] },
    vi: 'Hoàn thành bước xử lý chuyên môn',
    en: 'Complete a specialist step',
    basis: 'NĐ 61/2018 Điều 20; phiếu kiểm soát quá trình giải quyết',
  },
  {
    action: 'approve',
    from: ['processing'],
    to: 'next-step',
    by: { permissions: [P.approve] },
    vi: 'Lãnh đạo phê duyệt',
    en: 'Leader approves',
    basis: 'NĐ 61/2018 Điều 20',
  },
  {
    action: 'send_back',
    from: ['processing'],
    to: 'previous-step',
    by: { permissions: [P.process, P.approve] },
    noteRequired: true,
    vi: 'Trả lại bước trước để xử lý lại',
    en: 'Send back to the previous step for rework',
    basis: 'NĐ 61/2018 Điều 20; phiếu kiểm soát quá trình giải quyết (ý kiến của người trả lại)',
  },
  {
    action: 'stop',
    from: ['processing'],
    to: 'stopped',
    by: { permissions: [P.approve] },
    noteRequired: true,
    vi: 'Dừng giải quyết hồ sơ',
    en: 'Stop processing',
    basis: 'TT 01/2018: mẫu Thông báo dừng giải quyết',
  },
  {
    action: 'return',
    from: ['processed'],
    to: 'returned',
    by: { permissions: [P.return] },
    vi: 'Trả kết quả',
    en: 'Return the result',
    basis: 'NĐ 61/2018 Điều 22',
  },
  {
    action: 'withdraw',
    from: BEFORE_PROCESSED,
    to: 'withdrawn',
    by: { permissions: [P.receive], citizenOwner: true },
    noteRequired: true,
    vi: 'Rút hồ sơ theo yêu cầu của người nộp',
    en: 'Withdraw at the applicant’s request',
    basis: 'NĐ 61/2018; trạng thái quốc gia 7',
  },
  {
    action: 'apologise',
    from: ['accepted', 'processing', 'supplement_requested', 'payment_requested'],
    to: 'same',
    by: { permissions: [P.process, P.approve] },
    noteRequired: true,
    vi: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    en: 'Apology slip and new return date',
    basis: 'NĐ 61/2018 Điều 19(2)(c)(đ): chậm nhất 01 ngày trước hạn; hẹn lại không quá một lần',
  },
];

export const RULES: Readonly<Record<DossierAction, TransitionRule>> = Object.fromEntries(
  WORKFLOW.map((r) => [r.action, r]),
) as Record<DossierAction, TransitionRule>;

/** States with no way out. */
export const TERMINAL_STATES: readonly DossierState[] = ['refused', 'withdrawn', 'stopped', 'returned'];

/** Internal steps of a procedure (who works on it, in which agency, how long). */
export interface ProcedureStep {
  key: string;
  name: string;
  /** specialist → completed by `process`; leader → by `approve`. */
  role: 'specialist' | 'leader';
  /** The agency that owns the step (an inter-agency, liên thông, procedure); the receiving agency when absent. */
  agencyId?: string;
  /** Step deadline, in working hours from the hand-over. */
  hours: number;
}

export const DEFAULT_STEPS: readonly ProcedureStep[] = [
  { key: 'review', name: 'Thẩm định hồ sơ', role: 'specialist', hours: 16 },
  { key: 'approve', name: 'Phê duyệt kết quả', role: 'leader', hours: 8 },
];

export const STEP_ACTION: Record<ProcedureStep['role'], DossierAction> = {
  specialist: 'process',
  leader: 'approve',
};

export interface DecideInput {
  state: DossierState | null;
  action: DossierAction;
  actor: Actor;
  /** The actor is the citizen who submitted the dossier. */
  isOwner: boolean;
  /** The official belongs to the receiving agency. */
  isHomeAgency: boolean;
  /** The official belongs to the agency that owns the current internal step. */
  isStepAgency: boolean;
  steps: readonly ProcedureStep[];
  /** Index of the current step while processing (0-based). */
  stepIndex: number | null;
  note?: string | null;
}

export interface Decision {
  rule: TransitionRule;
  to: DossierState;
  /** The step that starts (or continues), or null when none. */
  nextStepIndex: number | null;
}

const STEP_PERMISSION: Record<ProcedureStep['role'], DossierPermission> = {
  specialist: P.process,
  leader: P.approve,
};

function hasStepPermission(actor: Actor, step: ProcedureStep): boolean {
  return actor.kind === 'official' && hasPermission(actor, STEP_PERMISSION[step.role]);
}

function performerAllowed(input: DecideInput, rule: TransitionRule, stepAction: boolean): boolean {
  const { actor } = input;
  if (actor.kind === 'system') return rule.by.system === true;
  if (actor.kind === 'citizen') return rule.by.citizenOwner === true && input.isOwner;
  if (actor.kind !== 'official') return false;
  if (!rule.by.permissions.some((p) => hasPermission(actor, p))) return false;
  // An inter-agency step belongs to its agency; every other action to the receiving agency.
  return stepAction ? input.isStepAgency : input.isHomeAgency;
}

/**
 * Whether `actor` may take `action` on a dossier in `state`, and where it leads. Throws the AppError the
 * caller must answer with: 409 INVALID_STATE (wrong state), 403 FORBIDDEN (wrong performer), 400 (missing reason).
 */
export function decideTransition(input: DecideInput): Decision {
  const rule = RULES[input.action];
  if (!rule)
    throw new AppError('VALIDATION_FAILED', { detail: 'Thao tác không tồn tại', detailEn: 'No such action' });
  const creates = rule.from.length === 0;
  if (creates ? input.state !== null : input.state === null || !rule.from.includes(input.state)) {
    const label = input.state ? STATE_INFO[input.state] : { vi: 'chưa có', en: 'none' };
    throw new AppError('INVALID_STATE', {
      detail: `Không thể "${rule.vi}" khi hồ sơ ở trạng thái "${label.vi}"`,
      detailEn: `Cannot "${rule.en}" while the dossier is "${label.en}"`,
      extra: { state: input.state, action: input.action },
    });
  }
  const isStepAction = rule.to === 'next-step' || rule.to === 'previous-step';
  const current = input.stepIndex !== null ? input.steps[input.stepIndex] : undefined;
  if (rule.to === 'previous-step' && (!current || !input.stepIndex)) {
    throw new AppError('INVALID_STATE', {
      detail: 'Hồ sơ đang ở bước xử lý đầu tiên; không có bước trước để trả lại',
      detailEn: 'The dossier is at its first step; there is no previous step to send it back to',
      extra: { currentStep: current?.key ?? null, action: input.action },
    });
  }
  // Sending back belongs to whoever holds the current step (its role's permission, in its agency).
  if (rule.to === 'previous-step' && !hasStepPermission(input.actor, current!)) {
    throw new AppError('FORBIDDEN', {
      detail: `Bạn không có quyền "${rule.vi}" ở bước "${current!.name}"`,
      detailEn: `You may not "${rule.en}" at step "${current!.key}"`,
    });
  }
  if (rule.to === 'next-step' && (!current || STEP_ACTION[current.role] !== input.action)) {
    throw new AppError('INVALID_STATE', {
      detail: current
        ? `Bước hiện tại "${current.name}" không hoàn thành bằng thao tác này`
        : 'Hồ sơ không có bước xử lý đang mở',
      detailEn: current
        ? `The current step "${current.key}" is not completed by "${input.action}"`
        : 'The dossier has no open step',
      extra: { currentStep: current?.key ?? null, action: input.action },
    });
  }
  if (!performerAllowed(input, rule, isStepAction)) {
    throw new AppError('FORBIDDEN', {
      detail: `Bạn không có quyền "${rule.vi}"`,
      detailEn: `You may not "${rule.en}"`,
    });
  }
  if (rule.noteRequired && !input.note?.trim()) {
    throw AppError.forField({
      path: '/body/note',
      message: 'Cần ghi rõ lý do',
      messageEn: 'A reason is required',
    });
  }
  if (rule.to === 'same') return { rule, to: input.state!, nextStepIndex: input.stepIndex };
  if (rule.to === 'previous-step') return { rule, to: 'processing', nextStepIndex: input.stepIndex! - 1 };
  if (rule.to === 'next-step') {
    const next = (input.stepIndex ?? 0) + 1;
    return next < input.steps.length
      ? { rule, to: 'processing', nextStepIndex: next }
      : { rule, to: 'processed', nextStepIndex: null };
  }
  if (rule.action === 'forward') return { rule, to: rule.to, nextStepIndex: 0 };
  // Leaving processing for a pause keeps the step; coming back resumes it.
  const keepsStep =
    rule.to === 'processing' || rule.to === 'supplement_requested' || rule.to === 'payment_requested';
  return { rule, to: rule.to, nextStepIndex: keepsStep ? input.stepIndex : null };
}

/** The actions a state allows, whoever takes them (for the UI and the tests). */
export function actionsFrom(state: DossierState): DossierAction[] {
  return WORKFLOW.filter((r) => r.from.includes(state)).map((r) => r.action);
}
