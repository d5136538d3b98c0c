import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { RevocationReason, TCertificate } from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { presentCertificate } from '../domain/present-certificate.ts';
import { canManagePki } from '../policies.ts';
import { type CertificateRow, findCertificate } from '../repositories/certificate.repository.ts';
import { ensureProvinceCa, publishCrl } from './shared/ca.ts';
import { writeCertificateState } from './shared/lifecycle.ts';

async function lockForChange(tx: Db, ctx: RequestContext, id: string): Promise<CertificateRow> {
  const row = await findCertificate(tx, id, true);
  if (!row) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canManagePki, row);
  if (row.status === 'revoked') {
    throw new AppError('INVALID_STATE', {
      detail: 'Chứng thư số đã bị thu hồi, không thể thay đổi trạng thái',
      detailEn: 'The certificate is revoked; revocation is final',
    });
  }
  return row;
}

/** Suspends (certificateHold): the CRL and OCSP report it at once; resuming lifts it. */
export async function suspendCertificate(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { certificateId: string; note?: string },
): Promise<TCertificate> {
  const ca = await ensureProvinceCa(deps);
  return deps.db.transaction(async (tx) => {
    const row = await lockForChange(tx, ctx, input.certificateId);
    const updated = await writeCertificateState(tx, {
      row,
      action: 'suspend',
      actor: ctx.actor,
      now: deps.now(),
    });
    await publishCrl(tx, deps, ca);
    await recordAudit(tx, ctx, {
      action: 'pki.certificate.suspend',
      objectType: 'certificate',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { serialNumber: row.serialNumber, note: input.note ?? null },
    });
    return presentCertificate(updated);
  });
}

export async function resumeCertificate(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { certificateId: string },
): Promise<TCertificate> {
  const ca = await ensureProvinceCa(deps);
  return deps.db.transaction(async (tx) => {
    const row = await lockForChange(tx, ctx, input.certificateId);
    const updated = await writeCertificateState(tx, {
      row,
      action: 'resume',
      actor: ctx.actor,
      now: deps.now(),
    });
    await publishCrl(tx, deps, ca);
    await recordAudit(tx, ctx, {
      action: 'pki.certificate.resume',
      objectType: 'certificate',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { serialNumber: row.serialNumber },
    });
    return presentCertificate(updated);
  });
}

/** Revokes for good. Signatures time-stamped before `revokedAt` stay valid; later ones fail. */
export async function revokeCertificate(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { certificateId: string; reason: RevocationReason },
): Promise<TCertificate> {
  const ca = await ensureProvinceCa(deps);
  return deps.db.transaction(async (tx) => {
    const row = await lockForChange(tx, ctx, input.certificateId);
    const updated = await writeCertificateState(tx, {
      row,
      action: 'revoke',
      actor: ctx.actor,
      now: deps.now(),
      reason: input.reason,
    });
    await publishCrl(tx, deps, ca);
    await recordAudit(tx, ctx, {
      action: 'pki.certificate.revoke',
      objectType: 'certificate',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { serialNumber: row.serialNumber, reason: input.reason },
    });
    return presentCertificate(updated);
  });
}
