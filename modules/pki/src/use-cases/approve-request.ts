import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TCertificateRequest } from '../contracts/index.ts';
import { actorName, presentRequest } from '../internal/present.ts';
import type { PkiDeps } from '../pki-deps.ts';
import { canManagePki } from '../policies.ts';
import { findRequest, updateRequest } from '../repositories/certificate.repository.ts';

export interface ApproveRequestInput {
  requestId: string;
  approve: boolean;
  note?: string;
}

/** Approves (or rejects) a pending request; only approved requests can be issued. */
export async function approveRequest(
  deps: PkiDeps,
  ctx: RequestContext,
  input: ApproveRequestInput,
): Promise<TCertificateRequest> {
  return deps.db.transaction(async (tx) => {
    const request = await findRequest(tx, input.requestId, true);
    if (!request) throw new AppError('NOT_FOUND');
    authorize(ctx.actor, canManagePki, request);
    if (request.status !== 'pending') {
      throw new AppError('INVALID_STATE', {
        detail: 'Chỉ duyệt được yêu cầu đang chờ',
        detailEn: `The request is ${request.status}, not pending`,
      });
    }
    const row = await updateRequest(tx, request.id, {
      status: input.approve ? 'approved' : 'rejected',
      decidedByName: actorName(ctx.actor),
      decidedAt: deps.now(),
      decisionNote: input.note ? nfc(input.note) : null,
    });
    await recordAudit(tx, ctx, {
      action: input.approve ? 'pki.request.approve' : 'pki.request.reject',
      objectType: 'certificate_request',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { note: row.decisionNote },
    });
    return presentRequest(row);
  });
}
