import { type Benchmark, figure, opsPerSecond } from '@openprovince/testing';
import { signPdfPades } from '../src/adapters/pdf/pades.ts';
import { verifyPdfSignatures } from '../src/domain/verify/verify-pdf.ts';
import { createNssDb, pdfsigAvailable } from '../src/testing/pdfsig.ts';
import { samplePdf } from '../src/testing/sample-pdf.ts';
import { createTestPki } from '../src/testing/test-pki.ts';

/**
 * PAdES B-T signatures per second on a one-page PDF (placeholder + visible block + CAdES + TSA token, i.e.
 * two RSA-2048 signatures and two PDF passes) against the bare RSA-2048 signature of the same key, and
 * verifications per second against `pdfsig` (poppler + NSS, a process per file) on the same signed file.
 */
const bench: Benchmark = {
  name: 'pki-pades',
  description: 'PAdES B-T signing vs bare RSA-2048 signing; our verifier vs pdfsig',
  async run() {
    const pki = await createTestPki();
    const signer = await pki.issue({ kind: 'personal', subject: { CN: 'Nguyễn Văn Ấn' } });
    const pdf = await samplePdf();
    const sign = () =>
      signPdfPades({
        pdf,
        provider: pki.provider,
        keyHandle: signer.keyHandle,
        certificate: signer.certificate.rawData,
        chain: pki.chain,
        timestamper: pki.timestamper,
        field: {
          name: 'Nguyễn Văn Ấn',
          signingTime: new Date(),
          appearance: {
            kind: 'personal',
            rect: { x: 340, y: 140, width: 180, height: 80 },
            lines: ['Nguyễn Văn Ấn'],
          },
        },
      });
    const digest = new Uint8Array(32).fill(1);
    const bareSign = await opsPerSecond(
      () => pki.provider.sign({ keyHandle: signer.keyHandle, data: digest, hash: 'SHA-256' }),
      { ms: 1500 },
    );
    const signs = await opsPerSecond(sign, { ms: 3000, warmup: 3 });
    const signed = await sign();
    const options = {
      trustAnchors: [pki.ca.root.certificate.rawData],
      intermediates: [pki.ca.issuing.certificate.rawData],
      revocation: async () => ({ status: 'good' as const }),
    };
    const verifies = await opsPerSecond(() => verifyPdfSignatures(signed, options), { ms: 3000, warmup: 3 });
    const figures = [
      figure({
        name: 'PAdES B-T signatures per second (one-page PDF, visible block)',
        value: signs,
        unit: 'signatures/s',
        baseline: { name: 'bare RSA-2048 PKCS#1 v1.5 signatures', value: bareSign, unit: 'signatures/s' },
      }),
    ];
    if (pdfsigAvailable()) {
      const nss = createNssDb(pki.ca.root.certificate.rawData);
      try {
        const pdfsigRuns = await opsPerSecond(() => nss.pdfsig(signed), { ms: 3000, warmup: 2 });
        figures.push(
          figure({
            name: 'verifications per second (our verifier, B-T, chain + time-stamp + revocation)',
            value: verifies,
            unit: 'verifications/s',
            baseline: { name: 'pdfsig runs on the same file', value: pdfsigRuns, unit: 'runs/s' },
          }),
        );
      } finally {
        nss.dispose();
      }
    }
    return figures;
  },
};

export default bench;
