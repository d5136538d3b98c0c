import { recordAudit } from '@openprovince/audit';
import { identityApi } from '@openprovince/identity';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TCertificate } from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { actorName, presentCertificate } from '../domain/present-certificate.ts';
import { canManagePki } from '../policies.ts';
import { findRequest } from '../repositories/certificate.repository.ts';
import { ensureProvinceCa } from './shared/ca.ts';
import { issueFromRequest } from './shared/issue.ts';
import { decideRequest } from './shared/lifecycle.ts';

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
    decideRequest({ state: request.status, action: 'issue', actor: ctx.actor });
    const agency = await identityApi.getAgency(tx, { id: request.agencyId });
    const row = await issueFromRequest({
      tx,
      deps,
      ca,
      request,
      agencyName: agency.name,
      issuedByName: actorName(ctx.actor),
      actor: ctx.actor,
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
