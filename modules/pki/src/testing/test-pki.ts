import type { Timestamper } from '../adapters/cms/cades.ts';
import { LocalSignerProvider } from '../adapters/signer/local-signer-provider.ts';
import { localTimestamper, type TsaConfig } from '../adapters/tsa/tsa.ts';
import { type CaHierarchy, createCaHierarchy, issueEndEntity } from '../domain/ca/hierarchy.ts';
import type { NameParts, PkiUrls } from '../domain/ca/x509-builders.ts';
import type { x509 } from '../domain/crypto/setup.ts';

export const TEST_MASTER_KEY = 'test-master-key-0123456789abcdef';
export const TEST_URLS: PkiUrls = {
  crl: 'http://pki.openprovince.invalid/api/pki/crl',
  ocsp: 'http://pki.openprovince.invalid/api/pki/ocsp',
};

export interface TestPki {
  provider: LocalSignerProvider;
  ca: CaHierarchy;
  clock: { now: Date };
  tsaConfig: TsaConfig;
  timestamper: Timestamper;
  chain: ArrayBuffer[];
  issue(input: {
    kind?: 'personal' | 'organisation';
    subject?: Partial<NameParts>;
    notBefore?: Date;
    notAfter?: Date;
  }): Promise<{ certificate: x509.X509Certificate; keyHandle: string }>;
}

/** An in-memory CA (root, issuing CA, TSA: three RSA keys) with a settable clock, for pure tests. */
export async function createTestPki(
  input: { now?: Date; names?: Parameters<typeof createCaHierarchy>[0]['names'] } = {},
): Promise<TestPki> {
  const provider = new LocalSignerProvider(TEST_MASTER_KEY);
  const clock = { now: input.now ?? new Date() };
  const ca = await createCaHierarchy({
    provider,
    now: new Date(clock.now.getTime() - 86_400_000),
    urls: TEST_URLS,
    ...(input.names ? { names: input.names } : {}),
  });
  const chain = [ca.issuing.certificate.rawData, ca.root.certificate.rawData];
  const tsaConfig: TsaConfig = {
    provider,
    tsa: ca.tsa,
    chain: [ca.root.certificate.rawData],
    now: () => new Date(clock.now),
  };
  return {
    provider,
    ca,
    clock,
    tsaConfig,
    timestamper: localTimestamper(tsaConfig),
    chain,
    issue: (opts) =>
      issueEndEntity({
        provider,
        issuer: ca.issuing,
        kind: opts.kind ?? 'personal',
        subject: {
          C: 'VN',
          ST: 'Trà Vinh',
          O: 'Sở Thông tin và Truyền thông',
          CN: 'Nguyễn Văn Ấn',
          ...opts.subject,
        },
        notBefore: opts.notBefore ?? new Date(clock.now.getTime() - 3_600_000),
        notAfter: opts.notAfter ?? new Date(clock.now.getTime() + 2 * 365 * 86_400_000),
        urls: TEST_URLS,
      }),
  };
}
