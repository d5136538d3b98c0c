/**
 * Workflows as typed data (the OpenCRVS lesson): a module declares its states and, for every action, where
 * it may start, where it leads, who may take it and whether a reason is required. The kit answers the two
 * questions every workflow asks — "may this performer take this action now, and where does it lead?"
 * (`decide`) and "what may this performer do now?" (`availableActions`) — and the module keeps the one
 * function that writes state, with its effects typed as `Record<Action, Effect>` so the compiler checks
 * that every action has one. Browser-safe: the web app reads labels and available actions from the same
 * definition.
 */
import type { Actor } from '../context/actor.ts';
import { AppError } from '../errors/app-error.ts';
import type { Label } from '../schema/index.ts';

/** Who may take an action. */
export interface PerformerRule<Permission extends string = string, Scope extends string = string> {
  /** Officials holding one of these permissions (and belonging to `scope`). */
  permissions?: readonly Permission[];
  /** The citizen who owns the record (an applicant, a petitioner). */
  owner?: boolean;
  /** The platform itself (a job, a verified callback). */
  system?: boolean;
  /**
   * Which agency the official must belong to; the module says what each scope means (e.g. `home`: the
   * agency that holds the record; `step`: the agency of the current inter-agency step). Default `home`.
   */
  scope?: Scope;
}

export interface TransitionRule<S extends string, P extends string = string, Sc extends string = string> {
  /** States the action may start from; empty for an action that creates the record. */
  from: readonly S[];
  /**
   * Where it leads: one state; `same` (an action that records something without changing the state); or
   * the states the module's effect chooses between (e.g. the next internal step, or processed after the last).
   */
  to: S | 'same' | readonly S[];
  by: PerformerRule<P, Sc>;
  /** A reason the other party will read (refusal, return for rework, withdrawal). */
  noteRequired?: boolean;
  label: Label;
  /** Legal basis, shown in documentation and audit summaries. */
  basis?: string;
}

export interface StateInfo extends Label {
  /** No action leads out of a terminal state. */
  terminal?: boolean;
}

export interface WorkflowDefinition<
  S extends string,
  A extends string,
  P extends string = string,
  Sc extends string = string,
> {
  /** What the workflow is about, in the messages it produces: e.g. { vi: 'hồ sơ', en: 'dossier' }. */
  subject: Label;
  states: Readonly<Record<S, StateInfo>>;
  /** Every action has exactly one rule: the compiler refuses a table that forgets one. */
  transitions: Readonly<Record<A, TransitionRule<NoInfer<S>, P, Sc>>>;
}

/** The performer of an action, as the module sees it for one record. */
export interface Performer<Sc extends string = string> {
  actor: Actor;
  /** The actor is the citizen who owns the record. */
  isOwner?: boolean;
  /** Whether an official belongs to the given scope for this record (default: yes). */
  inScope?: (scope: Sc | 'home') => boolean;
}

export interface Decision<S extends string, A extends string, P extends string, Sc extends string> {
  action: A;
  rule: TransitionRule<S, P, Sc>;
  from: S | null;
  /** The target when the rule names one (or `same` resolved to the current state); undefined when the module chooses. */
  to: S | undefined;
  /** The states the module may choose between (one element when the rule names one target). */
  candidates: readonly S[];
}

export interface Workflow<
  S extends string,
  A extends string,
  P extends string = string,
  Sc extends string = string,
> {
  readonly definition: WorkflowDefinition<S, A, P, Sc>;
  readonly states: readonly S[];
  readonly actions: readonly A[];
  readonly terminal: readonly S[];
  rule(action: A): TransitionRule<S, P, Sc>;
  isTerminal(state: S): boolean;
  /** Actions whose rule starts from `state`, whoever takes them. */
  actionsFrom(state: S | null): A[];
  /** Whether `performer` may take the action's rule (state not considered). */
  mayPerform(action: A, performer: Performer<Sc>): boolean;
  /** Actions `performer` may take on a record in `state` (null: actions that create a record). */
  availableActions(state: S | null, performer: Performer<Sc>): A[];
  /**
   * Checks state, performer and reason. Throws the AppError the caller answers with: 409 INVALID_STATE,
   * 403 FORBIDDEN (or 404 NOT_FOUND when the official is outside the record's scope and must not learn it
   * exists — pass `hideOutOfScope`), 400 VALIDATION_FAILED for a missing reason.
   */
  decide(input: {
    state: S | null;
    action: A;
    performer: Performer<Sc>;
    note?: string | null;
    hideOutOfScope?: boolean;
  }): Decision<S, A, P, Sc>;
  /** Confirms that `chosen` is one of the decision's candidates (the module's effect chose it). */
  target(decision: Decision<S, A, P, Sc>, chosen: S): S;
}

/** Effects per action: the compiler checks that every action has one. */
export type WorkflowEffects<W extends { actions: readonly string[] }, E> = Readonly<Record<ActionOf<W>, E>>;
export type StateOf<W extends { states: readonly string[] }> = W['states'][number];
export type ActionOf<W extends { actions: readonly string[] }> = W['actions'][number];

function hasAnyPermission(actor: Actor, permissions: readonly string[]): boolean {
  if (actor.kind !== 'official') return false;
  return permissions.some((p) => actor.permissions.has(p));
}

export function defineWorkflow<
  S extends string,
  A extends string,
  P extends string = string,
  Sc extends string = string,
>(definition: WorkflowDefinition<S, A, P, Sc>): Workflow<S, A, P, Sc> {
  const states = Object.keys(definition.states) as S[];
  const actions = Object.keys(definition.transitions) as A[];
  const terminal = states.filter((s) => definition.states[s].terminal === true);
  const rule = (action: A) => {
    const found = definition.transitions[action];
    if (!found) {
      throw new AppError('VALIDATION_FAILED', {
        detail: `Thao tác không tồn tại: ${String(action)}`,
        detailEn: `No such action: ${String(action)}`,
      });
    }
    return found;
  };
  const startsFrom = (r: TransitionRule<S, P, Sc>, state: S | null) =>
    state === null ? r.from.length === 0 : r.from.includes(state);

  const byRule = (
    r: TransitionRule<S, P, Sc>,
    performer: Performer<Sc>,
  ): 'allow' | 'deny' | 'out-of-scope' => {
    const { actor } = performer;
    if (actor.kind === 'system') return r.by.system ? 'allow' : 'deny';
    if (actor.kind === 'citizen') return r.by.owner && performer.isOwner ? 'allow' : 'deny';
    if (actor.kind !== 'official') return 'deny';
    if (!hasAnyPermission(actor, r.by.permissions ?? [])) return 'deny';
    const scope = r.by.scope ?? 'home';
    return (performer.inScope?.(scope) ?? true) ? 'allow' : 'out-of-scope';
  };

  const labelOf = (state: S | null) =>
    state === null ? { vi: 'chưa có', en: 'none' } : definition.states[state];

  const workflow: Workflow<S, A, P, Sc> = {
    definition,
    states,
    actions,
    terminal,
    rule,
    isTerminal: (state) => definition.states[state]?.terminal === true,
    actionsFrom: (state) => actions.filter((a) => startsFrom(definition.transitions[a], state)),
    mayPerform: (action, performer) => byRule(rule(action), performer) === 'allow',
    availableActions: (state, performer) =>
      actions.filter((a) => {
        const r = definition.transitions[a];
        return startsFrom(r, state) && byRule(r, performer) === 'allow';
      }),
    decide: ({ state, action, performer, note, hideOutOfScope }) => {
      const r = rule(action);
      if (!startsFrom(r, state)) {
        const label = labelOf(state);
        throw new AppError('INVALID_STATE', {
          detail: `Không thể "${r.label.vi}" khi ${definition.subject.vi} ở trạng thái "${label.vi}"`,
          detailEn: `Cannot "${r.label.en}" while the ${definition.subject.en} is "${label.en}"`,
          extra: { state, action },
        });
      }
      const verdict = byRule(r, performer);
      if (verdict === 'out-of-scope' && hideOutOfScope) throw new AppError('NOT_FOUND');
      if (verdict !== 'allow') {
        throw new AppError('FORBIDDEN', {
          detail: `Bạn không có quyền "${r.label.vi}"`,
          detailEn: `You may not "${r.label.en}"`,
        });
      }
      if (r.noteRequired && !note?.trim()) {
        throw new AppError('VALIDATION_FAILED', {
          detail: 'Cần ghi rõ lý do',
          detailEn: 'A reason is required',
          errors: [{ path: '/body/note', message: 'Cần ghi rõ lý do', messageEn: 'A reason is required' }],
        });
      }
      const candidates: readonly S[] =
        r.to === 'same' ? (state === null ? [] : [state]) : typeof r.to === 'string' ? [r.to as S] : r.to;
      return {
        action,
        rule: r,
        from: state,
        to: candidates.length === 1 ? candidates[0] : undefined,
        candidates,
      };
    },
    target: (decision, chosen) => {
      if (!decision.candidates.includes(chosen)) {
        throw new Error(
          `Workflow effect chose "${chosen}" for "${decision.action}", not one of ${decision.candidates.join(', ')}`,
        );
      }
      return chosen;
    },
  };
  return workflow;
}
