import type { SignerProvider } from '../../adapters/signer/signer-provider.ts';
import type { x509 } from '../crypto/setup.ts';
import {
  buildName,
  createIssuedCertificate,
  createSelfSignedCertificate,
  type IssuerKey,
  type NameParts,
  type PkiUrls,
} from './x509-builders.ts';

/**
 * The province's names. The real special-use root for Vietnamese state bodies is operated by the Government
 * Cipher Committee (Ban Cơ yếu Chính phủ, Decree 130/2018, Circular 185/2019/TT-BQP); ours models that
 * hierarchy so the platform is self-contained in development, tests and demos.
 */
export const PROVINCE_CA_NAMES = {
  root: { C: 'VN', O: 'Ủy ban nhân dân tỉnh Trà Vinh', CN: 'CA gốc chuyên dùng tỉnh Trà Vinh' },
  issuing: { C: 'VN', O: 'Ủy ban nhân dân tỉnh Trà Vinh', CN: 'CA chuyên dùng tỉnh Trà Vinh' },
  tsa: { C: 'VN', O: 'Ủy ban nhân dân tỉnh Trà Vinh', CN: 'Dịch vụ cấp dấu thời gian tỉnh Trà Vinh' },
} satisfies Record<string, NameParts>;

export interface CaHierarchy {
  root: IssuerKey;
  issuing: IssuerKey;
  tsa: IssuerKey;
}

const YEAR = 365.25 * 86_400_000;

/** Root (20 years) → issuing CA (10 years) and TSA (10 years), each key generated inside the provider. */
export async function createCaHierarchy(input: {
  provider: SignerProvider;
  now: Date;
  urls?: PkiUrls;
  names?: { root: NameParts; issuing: NameParts; tsa: NameParts };
}): Promise<CaHierarchy> {
  const names = input.names ?? PROVINCE_CA_NAMES;
  const { provider, now } = input;
  const rootKey = await provider.generateKeyPair({ label: 'root-ca' });
  const rootCert = await createSelfSignedCertificate({
    provider,
    keyHandle: rootKey.keyHandle,
    publicKey: rootKey.publicKey,
    subject: buildName(names.root),
    notBefore: now,
    notAfter: new Date(now.getTime() + 20 * YEAR),
  });
  const root = { certificate: rootCert, keyHandle: rootKey.keyHandle };
  const issuingKey = await provider.generateKeyPair({ label: 'issuing-ca' });
  const issuingCert = await createIssuedCertificate({
    provider,
    issuer: root,
    profile: 'issuing-ca',
    subject: buildName(names.issuing),
    publicKey: issuingKey.publicKey,
    notBefore: now,
    notAfter: new Date(now.getTime() + 10 * YEAR),
  });
  const tsaKey = await provider.generateKeyPair({ label: 'tsa' });
  const tsaCert = await createIssuedCertificate({
    provider,
    issuer: root,
    profile: 'tsa',
    subject: buildName(names.tsa),
    publicKey: tsaKey.publicKey,
    notBefore: now,
    notAfter: new Date(now.getTime() + 10 * YEAR),
  });
  return {
    root,
    issuing: { certificate: issuingCert, keyHandle: issuingKey.keyHandle },
    tsa: { certificate: tsaCert, keyHandle: tsaKey.keyHandle },
  };
}

/** A personal or organisation certificate with a fresh key in the provider. */
export async function issueEndEntity(input: {
  provider: SignerProvider;
  issuer: IssuerKey;
  kind: 'personal' | 'organisation';
  subject: NameParts;
  notBefore: Date;
  notAfter: Date;
  urls?: PkiUrls;
  serialNumber?: string;
}): Promise<{ certificate: x509.X509Certificate; keyHandle: string }> {
  const key = await input.provider.generateKeyPair({ label: input.subject.CN });
  const certificate = await createIssuedCertificate({
    provider: input.provider,
    issuer: input.issuer,
    profile: input.kind,
    subject: buildName(input.subject),
    publicKey: key.publicKey,
    notBefore: input.notBefore,
    notAfter: input.notAfter,
    ...(input.urls ? { urls: input.urls } : {}),
    ...(input.serialNumber ? { serialNumber: input.serialNumber } : {}),
  });
  return { certificate, keyHandle: key.keyHandle };
}
