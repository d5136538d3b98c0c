import { certIdMatchesIssuer, parseOcspResponse, type RevocationStatus } from '../../adapters/ocsp/ocsp.ts';
import type { EmbeddedValidationData } from '../../adapters/pdf/dss.ts';
import { hashOfRsaSignatureOid } from '../crypto/oids.ts';
import { crypto, type pkijs, x509 } from '../crypto/setup.ts';

/** Embedded CRLs and OCSP responses, parsed once per document (unparseable items are dropped). */
export interface EmbeddedRevocation {
  certs: x509.X509Certificate[];
  crls: x509.X509Crl[];
  ocsps: ReturnType<typeof parseOcspResponse>[];
}

export function parseEmbedded(data: EmbeddedValidationData): EmbeddedRevocation {
  const tryAll = <T>(items: Uint8Array[], parse: (b: Uint8Array) => T): T[] =>
    items.flatMap((b) => {
      try {
        return [parse(b)];
      } catch {
        return [];
      }
    });
  return {
    certs: tryAll(data.certs, (b) => new x509.X509Certificate(b)),
    crls: tryAll(data.crls, (b) => new x509.X509Crl(b)),
    ocsps: tryAll(data.ocsps, (b) => parseOcspResponse(b)).filter((o) => o.responseStatus === 0 && o.basic),
  };
}

const serialOf = (hex: string) => hex.toLowerCase().replace(/^(00)+(?=[0-9a-f]{2})/, '');

async function ocspSignedBy(basic: pkijs.BasicOCSPResponse, issuer: x509.X509Certificate): Promise<boolean> {
  // Only the issuing CA itself may answer (no delegated responders are accepted, as none are issued).
  const hash = hashOfRsaSignatureOid(basic.signatureAlgorithm.algorithmId);
  if (!hash || hash === 'SHA-1') return false;
  try {
    const key = await crypto.subtle.importKey(
      'spki',
      issuer.publicKey.rawData,
      { name: 'RSASSA-PKCS1-v1_5', hash },
      false,
      ['verify'],
    );
    return await crypto.subtle.verify(
      'RSASSA-PKCS1-v1_5',
      key,
      basic.signature.valueBlock.valueHexView,
      basic.tbsResponseData.tbsView,
    );
  } catch {
    return false;
  }
}

/**
 * The revocation status of `cert` as the document's own validation data proves it for `checkTime` (the
 * time-stamp's time, or the validation time without one), or null when no usable item exists. An item is
 * usable only if its signature verifies with the issuer's key and it was current at `checkTime` or issued
 * after it (nextUpdate ≥ checkTime; a CRL may be used only until its nextUpdate). A forged or stale item
 * is ignored, never trusted.
 */
export async function embeddedStatus(input: {
  embedded: EmbeddedRevocation;
  cert: x509.X509Certificate;
  issuer: x509.X509Certificate;
  checkTime: Date;
  validationTime: Date;
}): Promise<RevocationStatus | null> {
  const { embedded, cert, issuer, checkTime, validationTime } = input;
  const serial = serialOf(cert.serialNumber);
  const found: RevocationStatus[] = [];
  for (const crl of embedded.crls) {
    if (crl.issuer !== issuer.subject) continue;
    const until = crl.nextUpdate ?? crl.thisUpdate;
    if (until < checkTime || crl.thisUpdate > validationTime) continue;
    if (!(await crl.verify({ publicKey: issuer.publicKey }).catch(() => false))) continue;
    const entry = crl.entries.find((e) => serialOf(e.serialNumber) === serial);
    found.push(
      entry
        ? { status: 'revoked', revokedAt: entry.revocationDate, reason: entry.reason ?? 0 }
        : { status: 'good' },
    );
  }
  for (const ocsp of embedded.ocsps) {
    const basic = ocsp.basic!;
    const matching: ReturnType<typeof parseOcspResponse>['responses'] = [];
    for (let i = 0; i < ocsp.responses.length; i++) {
      const r = ocsp.responses[i]!;
      if (r.serialHex !== serial || r.status.status === 'unknown') continue;
      if ((r.nextUpdate ?? r.thisUpdate) < checkTime || r.thisUpdate > validationTime) continue;
      const certId = basic.tbsResponseData.responses[i]!.certID;
      if (await certIdMatchesIssuer(certId, issuer)) matching.push(r);
    }
    if (matching.length === 0 || !(await ocspSignedBy(basic, issuer))) continue;
    for (const r of matching) found.push(r.status);
  }
  const revoked = found
    .filter((s): s is Extract<RevocationStatus, { status: 'revoked' }> => s.status === 'revoked')
    .sort((a, b) => a.revokedAt.getTime() - b.revokedAt.getTime());
  if (revoked[0]) return revoked[0];
  return found.length > 0 ? { status: 'good' } : null;
}
