import type { Db } from '@openprovince/db';
import type { RevocationStatus } from '../../adapters/ocsp/ocsp.ts';
import type { RevocationReason } from '../../contracts/index.ts';
import type { PkiDeps } from '../../deps.ts';
import { type CaHierarchy, createCaHierarchy } from '../../domain/ca/hierarchy.ts';
import { createCrl, type IssuerKey } from '../../domain/ca/x509-builders.ts';
import { x509 } from '../../domain/crypto/setup.ts';
import {
  type AuthorityRow,
  insertAuthorities,
  listAuthorities,
} from '../../repositories/authority.repository.ts';
import {
  type CertificateRow,
  findCertificateBySerial,
  insertCrl,
  latestCrl,
  listCrlEntries,
} from '../../repositories/certificate.repository.ts';

const cache = new WeakMap<object, Promise<CaHierarchy>>();

function issuerKeyOf(row: AuthorityRow): IssuerKey {
  return {
    certificate: new x509.X509Certificate(Buffer.from(row.certificateDer, 'base64')),
    keyHandle: row.keyHandle,
  };
}

function rowOf(role: AuthorityRow['role'], key: IssuerKey, now: Date): AuthorityRow {
  return {
    role,
    subject: key.certificate.subject,
    serialNumber: normaliseSerial(key.certificate.serialNumber),
    certificateDer: Buffer.from(key.certificate.rawData).toString('base64'),
    keyHandle: key.keyHandle,
    notBefore: key.certificate.notBefore,
    notAfter: key.certificate.notAfter,
    createdAt: now,
  };
}

export function normaliseSerial(hex: string): string {
  return hex.toLowerCase().replace(/^(00)+(?=[0-9a-f]{2})/, '');
}

/**
 * The province CA (root, issuing CA, TSA), created on first use. Two processes racing both generate keys,
 * but only the first insert wins and both then read the stored one.
 */
export async function ensureProvinceCa(deps: PkiDeps): Promise<CaHierarchy> {
  let pending = cache.get(deps);
  if (!pending) {
    pending = loadOrCreate(deps);
    cache.set(deps, pending);
    pending.catch(() => cache.delete(deps));
  }
  return pending;
}

async function loadOrCreate(deps: PkiDeps): Promise<CaHierarchy> {
  let rows = await listAuthorities(deps.db);
  if (rows.length < 3) {
    const now = deps.now();
    const created = await createCaHierarchy({ provider: deps.signer, now: new Date(now.getTime() - 60_000) });
    await insertAuthorities(deps.db, [
      rowOf('root', created.root, now),
      rowOf('issuing', created.issuing, now),
      rowOf('tsa', created.tsa, now),
    ]);
    rows = await listAuthorities(deps.db);
  }
  const byRole = (role: string) => {
    const row = rows.find((r) => r.role === role);
    if (!row) throw new Error(`PKI authority ${role} missing`);
    return issuerKeyOf(row);
  };
  return { root: byRole('root'), issuing: byRole('issuing'), tsa: byRole('tsa') };
}

const REASON_CODES: Record<RevocationReason | 'certificateHold', x509.X509CrlReason> = {
  unspecified: x509.X509CrlReason.unspecified,
  keyCompromise: x509.X509CrlReason.keyCompromise,
  affiliationChanged: x509.X509CrlReason.affiliationChanged,
  superseded: x509.X509CrlReason.superseded,
  cessationOfOperation: x509.X509CrlReason.cessationOfOperation,
  certificateHold: x509.X509CrlReason.certificateHold,
};

export function reasonCode(reason: string): number {
  return REASON_CODES[reason as RevocationReason] ?? 0;
}

/** Registry status of a certificate as OCSP and the verifier see it. */
export function revocationStatusOf(row: CertificateRow | undefined): RevocationStatus {
  if (!row) return { status: 'unknown' };
  if (row.status === 'revoked') {
    return { status: 'revoked', revokedAt: row.revokedAt!, reason: reasonCode(row.revocationReason ?? '') };
  }
  if (row.status === 'suspended') {
    return { status: 'revoked', revokedAt: row.suspendedAt!, reason: x509.X509CrlReason.certificateHold };
  }
  return { status: 'good' };
}

export async function lookupSerial(db: Db, serialHex: string): Promise<RevocationStatus> {
  return revocationStatusOf(await findCertificateBySerial(db, normaliseSerial(serialHex)));
}

const CRL_VALIDITY_MS = 24 * 3_600_000;

/**
 * Issues a new CRL from the registry. Called inside the transaction that suspends, resumes or revokes, so
 * the change is in the published CRL as soon as it commits.
 */
export async function publishCrl(tx: Db, deps: PkiDeps, ca: CaHierarchy): Promise<x509.X509Crl> {
  const now = deps.now();
  const entries = await listCrlEntries(tx, now);
  const previous = await latestCrl(tx);
  const crlNumber = (previous?.crlNumber ?? 0) + 1;
  const crl = await createCrl({
    provider: deps.signer,
    issuer: ca.issuing,
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + CRL_VALIDITY_MS),
    crlNumber,
    entries: entries.map((e) => ({
      serialNumber: e.serialNumber,
      revokedAt: e.status === 'revoked' ? e.revokedAt! : e.suspendedAt!,
      reason:
        e.status === 'revoked'
          ? REASON_CODES[e.revocationReason as RevocationReason]
          : REASON_CODES.certificateHold,
    })),
  });
  await insertCrl(tx, {
    crlNumber,
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + CRL_VALIDITY_MS),
    der: Buffer.from(crl.rawData).toString('base64'),
    entryCount: entries.length,
  });
  return crl;
}
