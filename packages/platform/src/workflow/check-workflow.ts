/**
 * A test helper: the structural faults a workflow table can have, as readable sentences (an empty list
 * means none). Every module's workflow test calls it, with the performers that must never take an action
 * ("no citizen can approve") — the DIGIT sample shows what slips through otherwise.
 */
import type { Performer, Workflow } from './define-workflow.ts';

export interface ForbiddenPerformer<A extends string, Sc extends string> {
  action: A;
  performer: Performer<Sc>;
  /** Why this performer must be refused, for the message. */
  because: string;
}

export function checkWorkflow<S extends string, A extends string, P extends string, Sc extends string>(
  workflow: Workflow<S, A, P, Sc>,
  options: { forbidden?: readonly ForbiddenPerformer<A, Sc>[] } = {},
): string[] {
  const problems: string[] = [];
  const { transitions } = workflow.definition;
  const targetsOf = (action: A): readonly S[] => {
    const to = transitions[action].to;
    if (to === 'same') return [];
    return typeof to === 'string' ? [to as S] : to;
  };

  for (const action of workflow.actions) {
    const rule = transitions[action];
    for (const from of rule.from) {
      if (!(from in workflow.definition.states))
        problems.push(`"${action}" starts from unknown state "${from}"`);
      if (workflow.isTerminal(from)) problems.push(`terminal state "${from}" has a way out: "${action}"`);
    }
    for (const to of targetsOf(action)) {
      if (!(to in workflow.definition.states)) problems.push(`"${action}" leads to unknown state "${to}"`);
    }
    if (rule.to === 'same' && rule.from.length === 0)
      problems.push(`"${action}" creates a record but leads nowhere`);
    const by = rule.by;
    if (!by.owner && !by.system && (by.permissions ?? []).length === 0) {
      problems.push(`nobody may take "${action}"`);
    }
  }

  // Reachability from the actions that create a record.
  const reached = new Set<S>();
  const queue: S[] = [];
  for (const action of workflow.actions) {
    if (transitions[action].from.length === 0) for (const s of targetsOf(action)) queue.push(s);
  }
  while (queue.length) {
    const state = queue.pop()!;
    if (reached.has(state)) continue;
    reached.add(state);
    for (const action of workflow.actionsFrom(state)) for (const s of targetsOf(action)) queue.push(s);
  }
  for (const state of workflow.states) {
    if (!reached.has(state)) problems.push(`state "${state}" cannot be reached`);
    const leaves = workflow.actionsFrom(state).some((a) => targetsOf(a).some((t) => t !== state));
    if (!workflow.isTerminal(state) && !leaves)
      problems.push(`state "${state}" is a dead end but not terminal`);
  }

  for (const f of options.forbidden ?? []) {
    if (workflow.mayPerform(f.action, f.performer)) {
      problems.push(`"${f.action}" is allowed to a performer who must be refused (${f.because})`);
    }
  }
  return problems;
}
