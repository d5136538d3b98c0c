import type { RequestContext } from '@openprovince/platform';
import { respondToOcspRequest } from '../adapters/ocsp/ocsp.ts';
import { respondToTimeStampQuery, type TsaConfig } from '../adapters/tsa/tsa.ts';
import type { PkiDeps } from '../deps.ts';
import { crlToPem } from '../domain/ca/x509-builders.ts';
import type { x509 } from '../domain/crypto/setup.ts';
import { latestCrl } from '../repositories/certificate.repository.ts';
import { ensureProvinceCa, lookupSerial, publishCrl } from './shared/ca.ts';

/** The current CRL (public). A new one is issued when the last has passed its nextUpdate. */
export async function getCrl(deps: PkiDeps, _ctx: RequestContext): Promise<{ der: Uint8Array; pem: string }> {
  const ca = await ensureProvinceCa(deps);
  let row = await latestCrl(deps.db);
  if (!row || row.nextUpdate <= deps.now()) {
    await deps.db.transaction(async (tx) => {
      await publishCrl(tx, deps, ca);
    });
    row = await latestCrl(deps.db);
  }
  const der = new Uint8Array(Buffer.from(row!.der, 'base64'));
  return { der, pem: crlToPem(der.buffer as ArrayBuffer) };
}

/** RFC 6960 over the registry (public): status as of this instant. */
export async function respondOcsp(
  deps: PkiDeps,
  _ctx: RequestContext,
  input: { request: Uint8Array },
): Promise<Uint8Array> {
  const ca = await ensureProvinceCa(deps);
  return new Uint8Array(
    await respondToOcspRequest(
      {
        provider: deps.signer,
        issuer: ca.issuing,
        now: deps.now,
        lookup: (serial) => lookupSerial(deps.db, serial),
      },
      input.request,
    ),
  );
}

export async function tsaConfigOf(deps: PkiDeps): Promise<TsaConfig> {
  const ca = await ensureProvinceCa(deps);
  return { provider: deps.signer, tsa: ca.tsa, chain: [ca.root.certificate.rawData], now: deps.now };
}

/** RFC 3161 time-stamping (public). */
export async function respondTimestamp(
  deps: PkiDeps,
  _ctx: RequestContext,
  input: { request: Uint8Array },
): Promise<Uint8Array> {
  return new Uint8Array(await respondToTimeStampQuery(await tsaConfigOf(deps), input.request));
}

/** The province CA certificates (root, issuing, TSA) in PEM, for trust stores. */
export async function getCaCertificates(deps: PkiDeps, _ctx: RequestContext) {
  const ca = await ensureProvinceCa(deps);
  const pem = (c: x509.X509Certificate) => c.toString('pem');
  return {
    root: pem(ca.root.certificate),
    issuing: pem(ca.issuing.certificate),
    tsa: pem(ca.tsa.certificate),
  };
}
