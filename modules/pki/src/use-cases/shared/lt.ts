import type { RequestContext } from '@openprovince/platform';
import { parseSignedData } from '../../adapters/cms/signed-data.ts';
import { createOcspRequest } from '../../adapters/ocsp/ocsp.ts';
import { appendDss, type DssEntry } from '../../adapters/pdf/dss.ts';
import type { PkiDeps } from '../../deps.ts';
import type { CaHierarchy } from '../../domain/ca/hierarchy.ts';
import { pkijs } from '../../domain/crypto/setup.ts';
import { findSignatures } from '../../domain/verify/pdf-structure.ts';
import { getCrl, respondOcsp } from '../pki-services.ts';

/** The signer certificate of a signature, if it was issued by our issuing CA. */
function ourSignerOf(contentsHex: string, ca: CaHierarchy): pkijs.Certificate | null {
  try {
    const sd = parseSignedData(Buffer.from(contentsHex, 'hex'));
    const sid = sd.signerInfos[0]?.sid;
    if (!(sid instanceof pkijs.IssuerAndSerialNumber)) return null;
    const issuing = pkijs.Certificate.fromBER(ca.issuing.certificate.rawData);
    if (!sid.issuer.isEqual(issuing.subject)) return null;
    return (
      (sd.certificates ?? []).find(
        (c): c is pkijs.Certificate =>
          c instanceof pkijs.Certificate &&
          c.issuer.isEqual(sid.issuer) &&
          c.serialNumber.isEqual(sid.serialNumber),
      ) ?? null
    );
  } catch {
    return null;
  }
}

/**
 * PAdES B-LT: appends a DSS with, for every signature made with a certificate of our issuing CA, the chain
 * (signer, issuing CA, root), the TSA certificate, the current CRL and a fresh OCSP answer from our own
 * responder. Returns null when no signature is ours (there is nothing we can vouch for).
 */
export async function appendOurValidationData(input: {
  deps: PkiDeps;
  ctx: RequestContext;
  ca: CaHierarchy;
  pdf: Uint8Array;
}): Promise<{ pdf: Uint8Array; signatures: number } | null> {
  const { deps, ctx, ca, pdf } = input;
  const entries: DssEntry[] = [];
  let crl: ArrayBuffer | undefined;
  for (const raw of findSignatures(pdf)) {
    const signer = ourSignerOf(raw.contentsHex, ca);
    if (!signer) continue;
    const signerDer = signer.toSchema().toBER(false);
    crl ??= new Uint8Array((await getCrl(deps, ctx)).der).slice().buffer;
    const request = await createOcspRequest({
      certificate: signerDer,
      issuer: ca.issuing.certificate.rawData,
    });
    const ocsp = await respondOcsp(deps, ctx, { request: new Uint8Array(request) });
    entries.push({
      contentsHex: raw.contentsHex,
      certs: [
        signerDer,
        ca.issuing.certificate.rawData,
        ca.root.certificate.rawData,
        ca.tsa.certificate.rawData,
      ],
      crls: [crl],
      ocsps: [ocsp.slice().buffer],
    });
  }
  if (entries.length === 0) return null;
  return { pdf: await appendDss(pdf, entries), signatures: entries.length };
}
