import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TOutgoing } from '../contracts/index.ts';
import { assertFreshReauthentication, type DocumentDeps } from '../deps.ts';
import { assertVersion } from '../domain/guards.ts';
import { toOutgoingView } from '../domain/present-document.ts';
import { canActOnDocuments } from '../policies.ts';
import { findOutgoing, lockOutgoing } from '../repositories/outgoing.repository.ts';
import { handleBy } from './shared/deadlines.ts';
import { decideOutgoing, writeOutgoingState } from './shared/outgoing-step.ts';

export interface SignOutgoingInput {
  id: string;
  version: number;
  certificateId: string;
  /** '' the head signs; KT. a deputy signs for the head; TUQ. by written, time-limited authorisation. */
  signMode?: '' | 'KT.' | 'TM.' | 'TUQ.' | 'TL.';
  position: string;
  /** The title signed for, with KT./TM./TUQ./TL. (e.g. "CHỦ TỊCH", "GIÁM ĐỐC"). */
  onBehalfOf?: string;
  /** Identity's proof that the official typed the password again (at most five minutes ago). */
  reauthProof: string;
}

/**
 * The leader approves and digitally signs (Decree 30/2020 Art. 13). The signature is made by the pki
 * module through the DocumentSigner port; signing needs the password again within five minutes.
 */
export async function signOutgoing(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: SignOutgoingInput,
): Promise<TOutgoing> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  const existing = await findOutgoing(deps.db, input.id);
  authorize(actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  assertVersion(existing, input.version);
  decideOutgoing({ state: existing.status, action: 'sign', actor });
  assertFreshReauthentication(deps, ctx, input.reauthProof);
  const mode = input.signMode ?? '';
  if (mode && !input.onBehalfOf) {
    throw AppError.forField({
      path: '/body/onBehalfOf',
      message: `Ký "${mode}" cần ghi chức danh ký thay/thừa ủy quyền (ví dụ CHỦ TỊCH)`,
      messageEn: `Signing "${mode}" needs the title signed for`,
    });
  }
  if (!existing.fileKey) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: 'Chưa có tệp để ký',
      detailEn: 'No file to sign',
    });
  }
  const position = nfc(input.position).toUpperCase();
  const competence = mode ? `${mode} ${nfc(input.onBehalfOf!).toUpperCase()}` : position;
  const signed = await deps.signer.signPdf({
    pdf: await deps.storage.get(existing.fileKey),
    certificateId: input.certificateId,
    actor,
    reauthProof: input.reauthProof,
    appearance: {
      kind: 'personal',
      name: actor.fullName,
      position: competence,
      signMode: mode,
      placement: 'signature-block',
    },
  });
  const stored = await deps.storage.put(signed, { prefix: 'documents' });
  const now = deps.now();
  const issueBy = await handleBy(deps.db, {
    at: now,
    urgency: existing.urgency,
    agencyId: existing.agencyId,
  });
  return deps.db.transaction(async (tx) => {
    const row = (await lockOutgoing(tx, input.id))!;
    assertVersion(row, input.version);
    const updated = await writeOutgoingState(tx, {
      row,
      action: 'sign',
      actor,
      now,
      changes: {
        fileKey: stored.key,
        fileSha256: stored.sha256,
        fileSize: stored.size,
        signerId: actor.userId,
        signerName: actor.fullName,
        signerPosition: position,
        signMode: mode,
        signedAt: now,
        issueBy,
        signatures: [
          {
            kind: 'personal',
            certificateId: input.certificateId,
            signerName: actor.fullName,
            signMode: mode || null,
            signedAt: now.toISOString(),
          },
        ],
      },
    });
    await recordAudit(tx, ctx, {
      action: 'documents.outgoing.sign',
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { signMode: mode, position, certificateId: input.certificateId, sha256: stored.sha256 },
    });
    return toOutgoingView(updated, actor);
  });
}
