import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext, systemActor } from '@openprovince/platform';
import { buildStatusEdxml } from '../adapters/edxml/edxml.ts';
import type { TOutgoing } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { assertVersion } from '../domain/guards.ts';
import { toOutgoingView } from '../domain/present-document.ts';
import { type IncomingState, recallCancels } from '../domain/workflow.ts';
import { canActOnDocuments } from '../policies.ts';
import { agencyOf } from '../repositories/agency.repository.ts';
import { closeDirectivesOf } from '../repositories/directive.repository.ts';
import { insertStatusMessage } from '../repositories/exchange.repository.ts';
import { listIncomingOfSource, updateIncoming } from '../repositories/incoming.repository.ts';
import { findOutgoing, lockOutgoing } from '../repositories/outgoing.repository.ts';
import { localDateOf } from './shared/deadlines.ts';
import { emitStatus, storeOutgoingPackage } from './shared/exchange.ts';
import { writeIncomingState } from './shared/incoming-step.ts';
import { writeOutgoingState } from './shared/outgoing-step.ts';

/**
 * Recall (thu hồi, Decree 30/2020 Art. 17 §3): the issuer sends 13 to every recipient; on the platform
 * each recipient's copy is cancelled in the same transaction and 15 goes back; a copy whose processing
 * already finished (or that was returned) cannot be cancelled any more, and 16 goes back with the reason.
 */
export async function recallOutgoing(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string; version: number; reason: string },
): Promise<TOutgoing> {
  const existing = await findOutgoing(deps.db, input.id);
  authorize(ctx.actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  const sender = await agencyOf(deps.db, existing.agencyId);
  const reason = nfc(input.reason);
  return deps.db.transaction(async (tx) => {
    const row = (await lockOutgoing(tx, input.id))!;
    assertVersion(row, input.version);
    const now = deps.now();
    const updated = await writeOutgoingState(tx, {
      row,
      action: 'recall',
      actor: ctx.actor,
      now,
      changes: { recallReason: reason },
    });
    const copies = await listIncomingOfSource(tx, row.id);
    for (const copy of copies) {
      const recipient = await agencyOf(tx, copy.agencyId);
      await insertStatusMessage(tx, {
        outgoingId: row.id,
        incomingId: copy.id,
        fromAgencyId: sender.id,
        fromCode: sender.code,
        toAgencyId: recipient.id,
        toCode: recipient.code,
        statusCode: '13',
        description: reason,
        staffName: ctx.actor.kind === 'official' ? ctx.actor.fullName : null,
        occurredAt: now,
      });
      const state = copy.status as IncomingState;
      if (recallCancels(state)) {
        // The platform cancels the copy on the sender's behalf (the recipient's staff did not act).
        const { updated: cancelled } = await writeIncomingState(tx, {
          row: copy,
          action: 'cancel',
          actor: systemActor('documents.recall'),
          now,
          changes: { recallRequestedAt: now, recallReason: reason },
        });
        await closeDirectivesOf(tx, { incomingId: copy.id, status: 'cancelled', at: now });
        await emitStatus(tx, deps, {
          incoming: cancelled,
          recipient: { id: recipient.id, code: recipient.code, name: recipient.name },
          code: '15',
          staffName: 'Hệ thống',
          description: `Đã hủy văn bản bị thu hồi: ${reason}`,
          at: now,
        });
      } else if (state !== 'cancelled') {
        const kept = await updateIncoming(tx, copy.id, { recallRequestedAt: now, recallReason: reason }, now);
        await emitStatus(tx, deps, {
          incoming: kept,
          recipient: { id: recipient.id, code: recipient.code, name: recipient.name },
          code: '16',
          staffName: 'Hệ thống',
          description:
            state === 'finished'
              ? 'Văn bản đã xử lý xong, không hủy được; đề nghị ban hành văn bản thay thế'
              : 'Văn bản đã được trả lại nơi gửi',
          at: now,
        });
      }
    }
    for (const r of row.recipients.filter((x) => !x.agencyId && x.code)) {
      await storeOutgoingPackage(tx, deps, {
        kind: 'status',
        xml: buildStatusEdxml({
          responseFor: {
            organId: sender.code,
            code: row.numberSymbol ?? '',
            documentId: row.id,
            ...(row.issuedAt ? { promulgationDate: localDateOf(row.issuedAt) } : {}),
          },
          from: { organId: sender.code, organName: sender.name },
          statusCode: '13',
          description: reason,
          timestamp: now,
        }),
        agencyId: sender.id,
        fromCode: sender.code,
        toCode: r.code!,
        outgoingId: row.id,
        statusCode: '13',
      });
    }
    await recordAudit(tx, ctx, {
      action: 'documents.outgoing.recall',
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { numberSymbol: row.numberSymbol, reason, copies: copies.length },
    });
    return toOutgoingView(updated, ctx.actor);
  });
}
