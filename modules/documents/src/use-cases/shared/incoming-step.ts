import type { Db } from '@openprovince/db';
import type { Actor, RequestContext } from '@openprovince/platform';
import type { DocumentDeps } from '../../deps.ts';
import { actorName } from '../../domain/guards.ts';
import {
  INCOMING_EFFECTS,
  type IncomingAction,
  type IncomingState,
  incomingPerformer,
  incomingWorkflow,
  type StatusCode,
} from '../../domain/workflow.ts';
import { agencyOf } from '../../repositories/agency.repository.ts';
import {
  type IncomingInsert,
  type IncomingRow,
  updateIncoming,
} from '../../repositories/incoming.repository.ts';
import { emitStatus } from './exchange.ts';

/**
 * The one function that changes an incoming document's state: decides with the table (409 wrong state,
 * 403 not the actor's to take), writes the new state with the action's effect and the caller's columns,
 * and returns the QCVN 102 status code the step owes the issuer (the caller sends it).
 */
export async function writeIncomingState(
  tx: Db,
  input: {
    row: IncomingRow;
    action: IncomingAction;
    actor: Actor;
    now: Date;
    changes?: Partial<IncomingInsert>;
  },
): Promise<{ updated: IncomingRow; status: StatusCode | undefined }> {
  const from = input.row.status as IncomingState;
  const decision = incomingWorkflow.decide({
    state: from,
    action: input.action,
    performer: incomingPerformer(input.actor),
  });
  const effect = INCOMING_EFFECTS[input.action];
  const updated = await updateIncoming(
    tx,
    input.row.id,
    { ...input.changes, ...effect.columns?.({ now: input.now }), status: decision.to! },
    input.now,
  );
  return { updated, status: effect.status(from) };
}

/**
 * Applies one step of the incoming flow to a locked row and sends the step's status code (if any) back
 * to the issuer in the same transaction.
 */
export async function applyIncomingStep(
  tx: Db,
  deps: DocumentDeps,
  ctx: RequestContext,
  input: {
    row: IncomingRow;
    action: IncomingAction;
    changes?: Partial<IncomingInsert>;
    description?: string;
  },
): Promise<IncomingRow> {
  const now = deps.now();
  const { updated, status } = await writeIncomingState(tx, {
    row: input.row,
    action: input.action,
    actor: ctx.actor,
    now,
    ...(input.changes ? { changes: input.changes } : {}),
  });
  if (status && (updated.sourceId || updated.channel === 'edxml_file')) {
    const recipient = await agencyOf(tx, updated.agencyId);
    await emitStatus(tx, deps, {
      incoming: updated,
      recipient: { id: recipient.id, code: recipient.code, name: recipient.name },
      code: status,
      staffName: actorName(ctx.actor),
      ...(input.description ? { description: input.description } : {}),
      at: now,
    });
  }
  return updated;
}
