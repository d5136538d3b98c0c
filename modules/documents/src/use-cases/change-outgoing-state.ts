import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TOutgoing } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { assertVersion } from '../domain/guards.ts';
import { toOutgoingView } from '../domain/present-document.ts';
import { canActOnDocuments } from '../policies.ts';
import { findOutgoing, lockOutgoing } from '../repositories/outgoing.repository.ts';
import { decideOutgoing, writeOutgoingState } from './shared/outgoing-step.ts';

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
    const to = decideOutgoing({ state: row.status, action: input.action, actor: ctx.actor });
    if (input.action === 'submit' && !row.fileKey) {
      throw new AppError('BUSINESS_RULE_VIOLATED', {
        detail: 'Dự thảo chưa có tệp PDF để trình ký',
        detailEn: 'The draft has no PDF to submit for signing',
      });
    }
    const updated = await writeOutgoingState(tx, {
      row,
      action: input.action,
      actor: ctx.actor,
      now: deps.now(),
    });
    await recordAudit(tx, ctx, {
      action: `documents.outgoing.${input.action}`,
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { from: row.status, to, ...(input.note ? { note: nfc(input.note) } : {}) },
    });
    return toOutgoingView(updated, ctx.actor);
  });
}
