import type { Db } from '@openprovince/db';
import type { Actor } from '@openprovince/platform';
import {
  OUTGOING_EFFECTS,
  type OutgoingAction,
  type OutgoingState,
  outgoingPerformer,
  outgoingWorkflow,
} from '../../domain/workflow.ts';
import {
  type OutgoingInsert,
  type OutgoingRow,
  updateOutgoing,
} from '../../repositories/outgoing.repository.ts';

/**
 * Checks that `actor` may take `action` on an outgoing document in `state` (409 wrong state, 403 not
 * theirs to take) and returns the state it leads to. Use cases call it early to refuse before slow work
 * (signing), and `writeOutgoingState` calls it again on the locked row.
 */
export function decideOutgoing(input: {
  state: string;
  action: OutgoingAction;
  actor: Actor;
}): OutgoingState {
  const state = input.state as OutgoingState;
  const decision = outgoingWorkflow.decide({
    state,
    action: input.action,
    performer: outgoingPerformer(input.actor, state),
  });
  return decision.to!;
}

/**
 * The one function that changes an outgoing document's state: decides on the locked row, then writes the
 * new state with the action's effect and the use case's own columns.
 */
export async function writeOutgoingState(
  tx: Db,
  input: {
    row: OutgoingRow;
    action: OutgoingAction;
    actor: Actor;
    now: Date;
    changes?: Partial<OutgoingInsert>;
  },
): Promise<OutgoingRow> {
  const to = decideOutgoing({ state: input.row.status, action: input.action, actor: input.actor });
  return updateOutgoing(
    tx,
    input.row.id,
    { ...input.changes, ...OUTGOING_EFFECTS[input.action]({ now: input.now }), status: to },
    input.now,
  );
}
