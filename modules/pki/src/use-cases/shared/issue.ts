import type { Db } from '@openprovince/db';
import { type Actor, newId, nfc } from '@openprovince/platform';
import type { PkiDeps } from '../../deps.ts';
import type { CaHierarchy } from '../../domain/ca/hierarchy.ts';
import { issueEndEntity } from '../../domain/ca/hierarchy.ts';
import {
  type CertificateRequestRow,
  type CertificateRow,
  insertCertificate,
} from '../../repositories/certificate.repository.ts';
import { normaliseSerial } from './ca.ts';
import { writeRequestState } from './lifecycle.ts';

/** Months after `from`, clamped to the end of shorter months (31/01 + 1 month → 28/02 or 29/02). */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** Generates the key inside the signer provider, signs the certificate with the issuing CA, stores both. */
export async function issueFromRequest(input: {
  tx: Db;
  deps: PkiDeps;
  ca: CaHierarchy;
  request: CertificateRequestRow;
  agencyName: string;
  issuedByName: string;
  /** Who issues: the request's step is decided for them (the use case checked their agency). */
  actor: Actor;
  renewedFromId?: string;
}): Promise<CertificateRow> {
  const { deps, request } = input;
  const now = deps.now();
  const notBefore = new Date(now.getTime() - 60_000);
  const notAfter = addMonths(now, request.validityMonths);
  const isOrg = request.kind === 'organisation';
  const issued = await issueEndEntity({
    provider: deps.signer,
    issuer: input.ca.issuing,
    kind: request.kind,
    subject: {
      C: 'VN',
      ST: 'Trà Vinh',
      O: nfc(input.agencyName),
      ...(!isOrg && request.holderTitle ? { T: request.holderTitle } : {}),
      CN: isOrg ? nfc(input.agencyName) : request.holderName,
    },
    notBefore,
    notAfter,
    urls: deps.urls,
  });
  const row = await insertCertificate(input.tx, {
    id: newId(),
    requestId: request.id,
    agencyId: request.agencyId,
    agencyName: nfc(input.agencyName),
    kind: request.kind,
    medium: request.medium,
    holderName: request.holderName,
    holderTitle: request.holderTitle,
    holderOfficialId: request.holderOfficialId,
    serialNumber: normaliseSerial(issued.certificate.serialNumber),
    subject: issued.certificate.subject,
    issuer: issued.certificate.issuer,
    certificateDer: Buffer.from(issued.certificate.rawData).toString('base64'),
    keyHandle: issued.keyHandle,
    notBefore,
    notAfter,
    status: 'active',
    issuedAt: now,
    issuedByName: input.issuedByName,
    renewedFromId: input.renewedFromId ?? null,
  });
  await writeRequestState(input.tx, {
    row: request,
    action: 'issue',
    actor: input.actor,
    now,
    changes: { certificateId: row.id },
  });
  return row;
}
