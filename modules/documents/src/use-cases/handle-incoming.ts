import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TIncoming } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { assertVersion } from '../domain/guards.ts';
import { toIncomingView } from '../domain/present-document.ts';
import { canActOnDocuments } from '../policies.ts';
import { findIncoming, lockIncoming } from '../repositories/incoming.repository.ts';
import { localYear } from './shared/deadlines.ts';
import { applyIncomingStep } from './shared/incoming-step.ts';
import { allocateNumber, seriesFor } from './shared/numbering.ts';

/**
 * The receiving clerk's steps (Decree 30/2020 Art. 20–23): register (incoming number in order of
 * registration within the year, status 03 back to the issuer), present to a leader, or return to the
 * sender (status 02) when the signature check fails or the document is not for this agency.
 */
export async function handleIncoming(
  deps: DocumentDeps,
  ctx: RequestContext,
  input:
    | { id: string; version: number; action: 'register' }
    | { id: string; version: number; action: 'present'; leaderName: string }
    | { id: string; version: number; action: 'return'; reason: string },
): Promise<TIncoming> {
  const existing = await findIncoming(deps.db, input.id);
  authorize(ctx.actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  return deps.db.transaction(async (tx) => {
    const row = (await lockIncoming(tx, input.id))!;
    assertVersion(row, input.version);
    const now = deps.now();
    let updated: typeof row;
    let summary: Record<string, unknown> = {};
    if (input.action === 'register') {
      const { register, number } = await allocateNumber(tx, {
        series: seriesFor({
          agencyId: row.agencyId,
          year: localYear(now),
          direction: 'incoming',
          secrecy: row.secrecy,
        }),
        incomingId: row.id,
        at: now,
      });
      updated = await applyIncomingStep(tx, deps, ctx, {
        row,
        action: 'register',
        changes: { registerId: register.id, incomingNumber: number, registeredAt: now },
      });
      summary = { registerId: register.id, incomingNumber: number };
    } else if (input.action === 'present') {
      updated = await applyIncomingStep(tx, deps, ctx, {
        row,
        action: 'present',
        changes: { presentedTo: nfc(input.leaderName) },
      });
      summary = { leaderName: nfc(input.leaderName) };
    } else {
      updated = await applyIncomingStep(tx, deps, ctx, {
        row,
        action: 'return',
        changes: { returnReason: nfc(input.reason) },
        description: nfc(input.reason),
      });
      summary = { reason: nfc(input.reason) };
    }
    await recordAudit(tx, ctx, {
      action: `documents.incoming.${input.action}`,
      objectType: 'incoming_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { from: row.status, to: updated.status, ...summary },
    });
    return toIncomingView(updated, ctx.actor);
  });
}
