import type { Db } from '@openprovince/db';
import type { Actor } from '@openprovince/platform';
import type { CertificateStatus, RequestStatus, RevocationReason } from '../../contracts/index.ts';
import {
  CERTIFICATE_EFFECTS,
  type CertificateAction,
  certificateWorkflow,
  performer,
  REQUEST_EFFECTS,
  type RequestAction,
  requestWorkflow,
} from '../../domain/workflow.ts';
import {
  type CertificateRequestRow,
  type CertificateRow,
  updateCertificate,
  updateRequest,
} from '../../repositories/certificate.repository.ts';

/** Where a request step leads (409 from the wrong state); for checks before the row is written. */
export function decideRequest(input: { state: string; action: RequestAction; actor: Actor }): RequestStatus {
  return requestWorkflow.decide({
    state: input.state as RequestStatus,
    action: input.action,
    performer: performer(input.actor),
  }).to!;
}

/** The one function that changes a certificate request's status (with the step's effect). */
export async function writeRequestState(
  tx: Db,
  input: {
    row: CertificateRequestRow;
    action: RequestAction;
    actor: Actor;
    now: Date;
    changes?: Partial<Parameters<typeof updateRequest>[2]>;
  },
): Promise<CertificateRequestRow> {
  const to = decideRequest({ state: input.row.status, action: input.action, actor: input.actor });
  return updateRequest(tx, input.row.id, {
    ...input.changes,
    ...REQUEST_EFFECTS[input.action]({ now: input.now }),
    status: to,
  });
}

/** The one function that changes a certificate's status (with the step's effect). */
export async function writeCertificateState(
  tx: Db,
  input: {
    row: CertificateRow;
    action: CertificateAction;
    actor: Actor;
    now: Date;
    reason?: RevocationReason;
  },
): Promise<CertificateRow> {
  const to: CertificateStatus = certificateWorkflow.decide({
    state: input.row.status as CertificateStatus,
    action: input.action,
    performer: performer(input.actor),
  }).to!;
  return updateCertificate(tx, input.row.id, {
    ...CERTIFICATE_EFFECTS[input.action]({
      now: input.now,
      ...(input.reason ? { reason: input.reason } : {}),
    }),
    status: to,
  });
}
