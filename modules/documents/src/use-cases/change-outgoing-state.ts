import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TOutgoing } from '../contracts/index.ts';
import type { DocumentDeps } from '../documents-deps.ts';
import { OUTGOING_FLOW, type OutgoingState, transition } from '../domain/workflow.ts';
import { assertVersion } from '../internal/guards.ts';
import { toOutgoingView } from '../internal/views.ts';
import { canActOnDocuments, permissionsOf } from '../policies.ts';
import { findOutgoing, lockOutgoing, updateOutgoing } from '../repositories/outgoing.repository.ts';

/** Sends a draft for review, returns it to the drafter, or cancels it (the steps without signatures). */
export async function changeOutgoingState(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string; version: number; action: 'submit' | 'return' | 'cancel'; note?: string },
): Promise<TOutgoing> {
  const existing = await findOutgoing(deps.db, input.id);
  authorize(ctx.actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  return deps.db.transaction(async (tx) => {
    const row = (await lockOutgoing(tx, input.id))!;
    assertVersion(row, input.version);
    const step = transition({
      flow: OUTGOING_FLOW,
      state: row.status as OutgoingState,
      action: input.action,
      permissions: permissionsOf(ctx.actor),
    });
    if (input.action === 'submit' && !row.fileKey) {
      throw new AppError('BUSINESS_RULE_VIOLATED', {
        detail: 'Dự thảo chưa có tệp PDF để trình ký',
        detailEn: 'The draft has no PDF to submit for signing',
      });
    }
    const updated = await updateOutgoing(
      tx,
      row.id,
      {
        status: step.to,
        // A document returned after signing loses the signature: it must be signed again.
        ...(input.action === 'return' ? { signedAt: null, signerId: null, signatures: [] } : {}),
      },
      deps.now(),
    );
    await recordAudit(tx, ctx, {
      action: `documents.outgoing.${input.action}`,
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { from: row.status, to: step.to, ...(input.note ? { note: nfc(input.note) } : {}) },
    });
    return toOutgoingView(updated, ctx.actor);
  });
}
