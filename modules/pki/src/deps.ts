import type { Db } from '@openprovince/db';
import type { ReauthProofs } from '@openprovince/platform/module';
import { systemNow } from '@openprovince/platform/time';
import { LocalSignerProvider } from './adapters/signer/local-signer-provider.ts';
import type { SignerProvider } from './adapters/signer/signer-provider.ts';
import type { PkiUrls } from './domain/ca/x509-builders.ts';

export interface PkiDeps {
  db: Db;
  signer: SignerProvider;
  now: () => Date;
  /** Public URLs written into certificates (CRL distribution point, OCSP). */
  urls: PkiUrls;
  /** TTF used for visible signature blocks. */
  fontPath?: string;
  /** Freshness window of the re-authentication required to sign (default 5 minutes). */
  reauthWindowMs?: number;
  /** Verifies identity's re-authentication proofs; without it nobody can sign. */
  reauth?: Pick<ReauthProofs, 'verify'>;
}

/**
 * Wires the PKI with the software signer. `masterKey` (config PKI_MASTER_KEY) encrypts the private keys at
 * rest; an HSM deployment passes its own SignerProvider instead (not implemented yet).
 */
export function createPkiDeps(input: {
  db: Db;
  masterKey?: string;
  signer?: SignerProvider;
  now?: () => Date;
  publicBaseUrl?: string;
  fontPath?: string;
  reauth?: Pick<ReauthProofs, 'verify'>;
}): PkiDeps {
  const signer = input.signer ?? (input.masterKey ? new LocalSignerProvider(input.masterKey) : undefined);
  if (!signer) throw new Error('createPkiDeps needs a masterKey (PKI_MASTER_KEY) or a signer provider');
  const base = (input.publicBaseUrl ?? 'http://localhost:3000').replace(/\/$/, '');
  return {
    db: input.db,
    signer,
    now: input.now ?? systemNow,
    urls: { crl: `${base}/api/pki/crl`, ocsp: `${base}/api/pki/ocsp` },
    ...(input.fontPath ? { fontPath: input.fontPath } : {}),
    ...(input.reauth ? { reauth: input.reauth } : {}),
  };
}
