import { type Actor, isAppError } from '@openprovince/platform';
import type { DossierState } from '../contracts/states.ts';
import { type DossierAction, decideTransition, dossierWorkflow, type ProcedureStep } from './workflow.ts';

/** Who holds the dossier after an action: the one-stop section, a step's role, or the applicant. */
export type Holder = 'one_stop' | 'specialist' | 'leader' | 'applicant';

export interface NextHolder {
  state: DossierState;
  holder: Holder;
  /** The step that starts (or resumes) after the action, when the dossier is being processed. */
  stepIndex: number | null;
  /** The agency that receives it (for the applicant: the agency that answers them). */
  agencyId: string;
}

export interface AvailableAction {
  action: DossierAction;
  noteRequired: boolean;
  next: NextHolder;
}

/** Actions the API accepts but the generic action list does not offer (they have their own screens). */
const NOT_LISTED: readonly DossierAction[] = ['submit', 'receive'];

/**
 * The actions `actor` may take now, each with where the dossier goes: decided by the same workflow table
 * as the transition itself (`decideTransition`), so the buttons and the answer never disagree. A fee
 * request is offered only when the procedure has a fee to pay and none was paid yet.
 */
export function availableActions(input: {
  state: DossierState;
  actor: Actor;
  isOwner: boolean;
  homeAgencyId: string;
  steps: readonly ProcedureStep[];
  stepIndex: number | null;
  feeTotal: number;
  paid: boolean;
}): AvailableAction[] {
  const stepAgency = (index: number | null) =>
    (index !== null ? input.steps[index]?.agencyId : undefined) ?? input.homeAgencyId;
  const actor = input.actor;
  const actorAgency = actor.kind === 'official' ? actor.agencyId : null;
  const isOwner = input.isOwner;
  const isHomeAgency = actorAgency === input.homeAgencyId;
  const isStepAgency = actorAgency === stepAgency(input.stepIndex);
  const result: AvailableAction[] = [];
  // The table says which actions this performer may take from this state (platform `availableActions`);
  // `decideTransition` then applies the step rules and tells where each one leads.
  const offered = dossierWorkflow.availableActions(input.state, {
    actor,
    isOwner,
    inScope: (scope) => (scope === 'step' ? isStepAgency : isHomeAgency),
  });
  for (const action of offered) {
    if (NOT_LISTED.includes(action)) continue;
    if (action === 'request_payment' && (input.feeTotal <= 0 || input.paid)) continue;
    // The gateway's receipt arrives by a job; only an official records a payment at the counter.
    if (action === 'payment_received' && actor.kind !== 'official') continue;
    let decision: ReturnType<typeof decideTransition>;
    try {
      decision = decideTransition({
        state: input.state,
        action,
        actor,
        isOwner,
        isHomeAgency,
        isStepAgency,
        steps: input.steps,
        stepIndex: input.stepIndex,
        // A placeholder reason: whether a reason is needed is told by `noteRequired`, not by failing here.
        note: 'x',
      });
    } catch (error) {
      if (isAppError(error)) continue;
      throw error;
    }
    result.push({
      action,
      noteRequired: decision.decided.rule.noteRequired === true,
      next: holderAfter({
        to: decision.to,
        stepIndex: decision.nextStepIndex,
        steps: input.steps,
        stepAgency,
      }),
    });
  }
  return result;
}

function holderAfter(input: {
  to: DossierState;
  stepIndex: number | null;
  steps: readonly ProcedureStep[];
  stepAgency: (index: number | null) => string;
}): NextHolder {
  const home = input.stepAgency(null);
  const step = input.stepIndex !== null ? input.steps[input.stepIndex] : undefined;
  switch (input.to) {
    case 'processing':
      return step
        ? {
            state: 'processing',
            holder: step.role,
            stepIndex: input.stepIndex,
            agencyId: input.stepAgency(input.stepIndex),
          }
        : { state: 'processing', holder: 'one_stop', stepIndex: null, agencyId: home };
    case 'accepted':
    case 'submitted':
    case 'processed':
      // Accepted: the one-stop section forwards it; processed: it returns the result.
      return { state: input.to, holder: 'one_stop', stepIndex: null, agencyId: home };
    default:
      // Waiting for the applicant (supplement, payment) or finished: the applicant is told.
      return { state: input.to, holder: 'applicant', stepIndex: input.stepIndex, agencyId: home };
  }
}
