import type { TCertificate, TCertificateRequest } from '../contracts/index.ts';
import type { CertificateRequestRow, CertificateRow } from '../repositories/certificate.repository.ts';
import { x509 } from './crypto/setup.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentCertificate(row: CertificateRow): TCertificate {
  return {
    id: row.id,
    agencyId: row.agencyId,
    agencyName: row.agencyName,
    kind: row.kind,
    medium: row.medium,
    holderName: row.holderName,
    holderTitle: row.holderTitle,
    holderOfficialId: row.holderOfficialId,
    serialNumber: row.serialNumber,
    subject: row.subject,
    issuer: row.issuer,
    notBefore: row.notBefore.toISOString(),
    notAfter: row.notAfter.toISOString(),
    status: row.status,
    suspendedAt: iso(row.suspendedAt),
    revokedAt: iso(row.revokedAt),
    revocationReason: row.revocationReason,
    renewedFromId: row.renewedFromId,
    issuedAt: row.issuedAt.toISOString(),
    issuedByName: row.issuedByName,
    certificatePem: x509.PemConverter.encode(Buffer.from(row.certificateDer, 'base64'), 'CERTIFICATE'),
  };
}

export function presentRequest(row: CertificateRequestRow): TCertificateRequest {
  return {
    id: row.id,
    agencyId: row.agencyId,
    kind: row.kind,
    medium: row.medium,
    holderName: row.holderName,
    holderTitle: row.holderTitle,
    holderOfficialId: row.holderOfficialId,
    validityMonths: row.validityMonths,
    status: row.status,
    requestedByName: row.requestedByName,
    requestedAt: row.requestedAt.toISOString(),
    decidedByName: row.decidedByName,
    decidedAt: iso(row.decidedAt),
    decisionNote: row.decisionNote,
    certificateId: row.certificateId,
    renewalOfId: row.renewalOfId,
  };
}

export function actorName(actor: import('@openprovince/platform').Actor): string {
  if (actor.kind === 'official' || actor.kind === 'citizen') return actor.fullName;
  if (actor.kind === 'system') return actor.name;
  return 'anonymous';
}
