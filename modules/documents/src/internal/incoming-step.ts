import type { Db } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';
import type { DocumentDeps } from '../documents-deps.ts';
import { INCOMING_FLOW, type IncomingAction, type IncomingState, transition } from '../domain/workflow.ts';
import { permissionsOf } from '../policies.ts';
import {
  type IncomingInsert,
  type IncomingRow,
  updateIncoming,
} from '../repositories/incoming.repository.ts';
import { agencyOf } from './agencies.ts';
import { emitStatus } from './exchange.ts';
import { actorName } from './guards.ts';

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
  const step = transition({
    flow: INCOMING_FLOW,
    state: input.row.status as IncomingState,
    action: input.action,
    permissions: permissionsOf(ctx.actor),
  });
  const now = deps.now();
  const updated = await updateIncoming(tx, input.row.id, { ...input.changes, status: step.to }, now);
  if (step.status && (updated.sourceId || updated.channel === 'edxml_file')) {
    const recipient = await agencyOf(tx, ctx, updated.agencyId);
    await emitStatus(tx, deps, {
      incoming: updated,
      recipient: { id: recipient.id, code: recipient.code, name: recipient.name },
      code: step.status,
      staffName: actorName(ctx.actor),
      ...(input.description ? { description: input.description } : {}),
      at: now,
    });
  }
  return updated;
}
