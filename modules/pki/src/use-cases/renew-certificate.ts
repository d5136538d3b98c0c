import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, newId, type RequestContext } from '@openprovince/platform';
import type { TCertificate } from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { actorName, presentCertificate } from '../domain/present-certificate.ts';
import { canManagePki } from '../policies.ts';
import { findCertificate, insertRequest } from '../repositories/certificate.repository.ts';
import { ensureProvinceCa, publishCrl } from './shared/ca.ts';
import { issueFromRequest } from './shared/issue.ts';
import { writeCertificateState } from './shared/lifecycle.ts';

/**
 * Renewal: a new key and certificate for the same holder, medium and agency (recorded as an approved
 * renewal request); the old certificate is revoked as superseded in the same transaction.
 */
export async function renewCertificate(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { certificateId: string; validityMonths?: number },
): Promise<TCertificate> {
  const ca = await ensureProvinceCa(deps);
  return deps.db.transaction(async (tx) => {
    const old = await findCertificate(tx, input.certificateId, true);
    if (!old) throw new AppError('NOT_FOUND');
    authorize(ctx.actor, canManagePki, old);
    if (old.status === 'revoked') {
      throw new AppError('INVALID_STATE', {
        detail: 'Không gia hạn chứng thư số đã thu hồi; hãy lập yêu cầu cấp mới',
        detailEn: 'A revoked certificate cannot be renewed; file a new request',
      });
    }
    const now = deps.now();
    const request = await insertRequest(tx, {
      id: newId(),
      agencyId: old.agencyId,
      kind: old.kind,
      medium: old.medium,
      holderName: old.holderName,
      holderTitle: old.holderTitle,
      holderOfficialId: old.holderOfficialId,
      validityMonths: input.validityMonths ?? 36,
      status: 'approved',
      requestedById: ctx.actor.kind === 'official' ? ctx.actor.userId : null,
      requestedByName: actorName(ctx.actor),
      requestedAt: now,
      decidedByName: actorName(ctx.actor),
      decidedAt: now,
      decisionNote: 'Gia hạn / renewal',
      renewalOfId: old.id,
    });
    const renewed = await issueFromRequest({
      tx,
      deps,
      ca,
      request,
      agencyName: old.agencyName,
      issuedByName: actorName(ctx.actor),
      actor: ctx.actor,
      renewedFromId: old.id,
    });
    await writeCertificateState(tx, { row: old, action: 'supersede', actor: ctx.actor, now });
    await publishCrl(tx, deps, ca);
    await recordAudit(tx, ctx, {
      action: 'pki.certificate.renew',
      objectType: 'certificate',
      objectId: renewed.id,
      agencyId: renewed.agencyId,
      summary: { serialNumber: renewed.serialNumber, renewedFrom: old.serialNumber },
    });
    return presentCertificate(renewed);
  });
}
