import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { TCertificateRequest } from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { actorName, presentRequest } from '../domain/present-certificate.ts';
import { canManagePki } from '../policies.ts';
import { findRequest } from '../repositories/certificate.repository.ts';
import { writeRequestState } from './shared/lifecycle.ts';

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
    const row = await writeRequestState(tx, {
      row: request,
      action: input.approve ? 'approve' : 'reject',
      actor: ctx.actor,
      now: deps.now(),
      changes: {
        decidedByName: actorName(ctx.actor),
        decisionNote: input.note ? nfc(input.note) : null,
      },
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
