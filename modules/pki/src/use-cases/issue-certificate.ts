import { recordAudit } from '@openprovince/audit';
import { getAgency } from '@openprovince/identity';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TCertificate } from '../contracts/index.ts';
import { ensureProvinceCa } from '../internal/ca.ts';
import { issueFromRequest } from '../internal/issue.ts';
import { actorName, presentCertificate } from '../internal/present.ts';
import type { PkiDeps } from '../pki-deps.ts';
import { canManagePki } from '../policies.ts';
import { findRequest } from '../repositories/certificate.repository.ts';

/** Issues the certificate of an approved request: key pair in the signer provider, certificate by the issuing CA. */
export async function issueCertificate(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { requestId: string },
): Promise<TCertificate> {
  const ca = await ensureProvinceCa(deps);
  return deps.db.transaction(async (tx) => {
    const request = await findRequest(tx, input.requestId, true);
    if (!request) throw new AppError('NOT_FOUND');
    authorize(ctx.actor, canManagePki, request);
    if (request.status !== 'approved') {
      throw new AppError('INVALID_STATE', {
        detail: 'Yêu cầu chưa được phê duyệt hoặc đã được cấp',
        detailEn: `The request is ${request.status}; only approved requests are issued`,
      });
    }
    const agency = await getAgency(tx, ctx, { id: request.agencyId });
    const row = await issueFromRequest({
      tx,
      deps,
      ca,
      request,
      agencyName: agency.name,
      issuedByName: actorName(ctx.actor),
    });
    await recordAudit(tx, ctx, {
      action: 'pki.certificate.issue',
      objectType: 'certificate',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: {
        serialNumber: row.serialNumber,
        kind: row.kind,
        medium: row.medium,
        notAfter: row.notAfter.toISOString(),
      },
    });
    return presentCertificate(row);
  });
}
