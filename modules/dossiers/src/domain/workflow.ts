import { type Actor, AppError, hasPermission } from '@openprovince/platform';
import type { Decision as KitDecision } from '@openprovince/platform/workflow';
import { type DossierPermission, DOSSIER_PERMISSIONS as P } from '../contracts/permissions.ts';
import type { DossierState } from '../contracts/states.ts';
import { type DossierAction, type DossierScope, dossierWorkflow } from '../contracts/workflow.ts';

export { DOSSIER_ACTIONS, type DossierAction, dossierWorkflow } from '../contracts/workflow.ts';

/**
 * The dossier workflow's internal steps, on top of the table in contracts/workflow.ts: `process` and
 * `approve` complete the current step (its role decides which), `send_back` reopens the previous one.
 * `applyTransition` (use-cases/apply-transition.ts) is the only code that writes a dossier's state, and it
 * asks `decideTransition` below first.
 */

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
  /** The table's decision (rule, label, candidates). */
  decided: KitDecision<DossierState, DossierAction, DossierPermission, DossierScope>;
  to: DossierState;
  /** The step that starts (or continues), or null when none. */
  nextStepIndex: number | null;
}

/** Actions that complete the current internal step, and the one that reopens the previous step. */
const STEP_ACTIONS: readonly DossierAction[] = ['process', 'approve'];
const SEND_BACK: DossierAction = 'send_back';

const STEP_PERMISSION: Record<ProcedureStep['role'], DossierPermission> = {
  specialist: P.process,
  leader: P.approve,
};

function hasStepPermission(actor: Actor, step: ProcedureStep): boolean {
  return actor.kind === 'official' && hasPermission(actor, STEP_PERMISSION[step.role]);
}

/**
 * The step rules the table cannot say: which step an action completes, and whether there is a step to
 * send back to. Checked after the state (a wrong state is 409 first) and before the performer, as the
 * national workflow reads: "this step is not completed by that action" says more than "you may not".
 */
function checkStep(input: DecideInput): void {
  const label = dossierWorkflow.rule(input.action).label;
  const current = input.stepIndex !== null ? input.steps[input.stepIndex] : undefined;
  if (input.action === SEND_BACK) {
    if (!current || !input.stepIndex) {
      throw new AppError('INVALID_STATE', {
        detail: 'Hồ sơ đang ở bước xử lý đầu tiên; không có bước trước để trả lại',
        detailEn: 'The dossier is at its first step; there is no previous step to send it back to',
        extra: { currentStep: current?.key ?? null, action: input.action },
      });
    }
    // Sending back belongs to whoever holds the current step (its role's permission, in its agency).
    if (!hasStepPermission(input.actor, current)) {
      throw new AppError('FORBIDDEN', {
        detail: `Bạn không có quyền "${label.vi}" ở bước "${current.name}"`,
        detailEn: `You may not "${label.en}" at step "${current.key}"`,
      });
    }
  }
  if (STEP_ACTIONS.includes(input.action) && (!current || STEP_ACTION[current.role] !== input.action)) {
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
}

/**
 * Whether `actor` may take `action` on a dossier in `state`, and where it leads: the table
 * (contracts/workflow.ts, through the platform's `decide`) and the internal steps. Throws the AppError the
 * caller must answer with: 409 INVALID_STATE (wrong state or step), 403 FORBIDDEN (wrong performer),
 * 400 (missing reason).
 */
export function decideTransition(input: DecideInput): Decision {
  const rule = dossierWorkflow.rule(input.action);
  const stateFits = input.state === null ? rule.from.length === 0 : rule.from.includes(input.state);
  if (stateFits) checkStep(input);
  const decided = dossierWorkflow.decide({
    state: input.state,
    action: input.action,
    note: input.note,
    performer: {
      actor: input.actor,
      isOwner: input.isOwner,
      // An inter-agency step belongs to its agency; every other action to the receiving agency.
      inScope: (scope) => (scope === 'step' ? input.isStepAgency : input.isHomeAgency),
    },
  });
  if (input.action === SEND_BACK) {
    return {
      decided,
      to: dossierWorkflow.target(decided, 'processing'),
      nextStepIndex: input.stepIndex! - 1,
    };
  }
  if (STEP_ACTIONS.includes(input.action)) {
    const next = (input.stepIndex ?? 0) + 1;
    return next < input.steps.length
      ? { decided, to: dossierWorkflow.target(decided, 'processing'), nextStepIndex: next }
      : { decided, to: dossierWorkflow.target(decided, 'processed'), nextStepIndex: null };
  }
  const to = decided.to!;
  if (input.action === 'forward') return { decided, to, nextStepIndex: 0 };
  // Leaving processing for a pause keeps the step; coming back resumes it (and `same` keeps it too).
  const keepsStep =
    to === 'processing' || to === 'supplement_requested' || to === 'payment_requested' || rule.to === 'same';
  return { decided, to, nextStepIndex: keepsStep ? input.stepIndex : null };
}
