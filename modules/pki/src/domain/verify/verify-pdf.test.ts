import { inspectPdf, pdfToolProblems, requirePdfTools } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcspRequest, type RevocationStatus, respondToOcspRequest } from '../../adapters/ocsp/ocsp.ts';
import { appendDss, readDss, vriKey } from '../../adapters/pdf/dss.ts';
import { signPdfPades } from '../../adapters/pdf/pades.ts';
import { demoSealPng, demoSignaturePng } from '../../adapters/pdf/png.ts';
import { createNssDb, type NssDb, requirePdfsig } from '../../testing/pdfsig.ts';
import { samplePdf } from '../../testing/sample-pdf.ts';
import {
  appendBrokenUpdate,
  appendVisibleContent,
  breakSignatureRevision,
  emptyContents,
  flipByteInSignedRange,
  misplaceXrefEntry,
  redefineContentStream,
  reuseObjectStreamNumber,
  shiftByteRange,
} from '../../testing/tamper.ts';
import { createTestPki, type TestPki } from '../../testing/test-pki.ts';
import {
  buildName,
  createCrl,
  createIssuedCertificate,
  createSelfSignedCertificate,
} from '../ca/x509-builders.ts';
import type { x509 } from '../crypto/setup.ts';
import { findSignatures } from './pdf-structure.ts';
import { verifyPdfSignatures } from './verify-pdf.ts';

const YEAR = 365 * 86_400_000;
let pki: TestPki;
let person: Awaited<ReturnType<TestPki['issue']>>;
let org: Awaited<ReturnType<TestPki['issue']>>;
let expired: Awaited<ReturnType<TestPki['issue']>>;
let foreign: { root: x509.X509Certificate; leaf: x509.X509Certificate; keyHandle: string };
let pdf: Uint8Array;
let twoSignatures: Uint8Array;
const statuses = new Map<string, RevocationStatus>();
let nss: NssDb | undefined;

const options = (validationTime?: Date) => ({
  trustAnchors: [pki.ca.root.certificate.rawData],
  intermediates: [pki.ca.issuing.certificate.rawData],
  ...(validationTime ? { validationTime } : {}),
  revocation: async (cert: x509.X509Certificate) =>
    statuses.get(cert.serialNumber.toLowerCase()) ?? ({ status: 'good' } as RevocationStatus),
});

async function sign(input: {
  pdf: Uint8Array;
  who: { certificate: x509.X509Certificate; keyHandle: string };
  chain?: ArrayBuffer[];
  hash?: 'SHA-1' | 'SHA-256';
  timestamp?: boolean;
  kind?: 'personal' | 'organisation';
}) {
  return signPdfPades({
    pdf: input.pdf,
    provider: pki.provider,
    keyHandle: input.who.keyHandle,
    certificate: input.who.certificate.rawData,
    chain: input.chain ?? pki.chain,
    ...(input.timestamp === false ? {} : { timestamper: pki.timestamper }),
    ...(input.hash ? { hash: input.hash } : {}),
    field: {
      name: input.who.certificate.subjectName.getField('CN')[0]!,
      reason: 'Ký duyệt',
      location: 'Trà Vinh',
      signingTime: pki.clock.now,
      appearance:
        input.kind === 'organisation'
          ? {
              kind: 'organisation',
              rect: { x: 300, y: 120, width: 200, height: 70 },
              image: demoSealPng(),
              lines: ['Sở Thông tin và Truyền thông', 'Thời gian ký: 2026-01-05T10:00:00+07:00'],
            }
          : {
              kind: 'personal',
              rect: { x: 340, y: 200, width: 180, height: 80 },
              image: demoSignaturePng(),
              lines: ['Nguyễn Văn Ấn', 'Giám đốc'],
            },
    },
  });
}

beforeAll(async () => {
  pki = await createTestPki();
  person = await pki.issue({ kind: 'personal', subject: { CN: 'Nguyễn Văn Ấn', T: 'Giám đốc' } });
  org = await pki.issue({
    kind: 'organisation',
    subject: { CN: 'Sở Thông tin và Truyền thông tỉnh Trà Vinh' },
  });
  expired = await pki.issue({
    subject: { CN: 'Trần Thị Hết Hạn' },
    notBefore: new Date(pki.clock.now.getTime() - 3 * YEAR),
    notAfter: new Date(pki.clock.now.getTime() - 2 * YEAR),
  });
  const fk = await pki.provider.generateKeyPair({ label: 'foreign root' });
  const froot = await createSelfSignedCertificate({
    provider: pki.provider,
    keyHandle: fk.keyHandle,
    publicKey: fk.publicKey,
    subject: buildName({ C: 'VN', O: 'Tổ chức lạ', CN: 'CA không được tin cậy' }),
    notBefore: new Date(Date.now() - YEAR),
    notAfter: new Date(Date.now() + YEAR),
  });
  const lk = await pki.provider.generateKeyPair({ label: 'foreign leaf' });
  const fleaf = await createIssuedCertificate({
    provider: pki.provider,
    issuer: { certificate: froot, keyHandle: fk.keyHandle },
    profile: 'personal',
    subject: buildName({ C: 'VN', CN: 'Người Ký Lạ' }),
    publicKey: lk.publicKey,
    notBefore: new Date(Date.now() - 3_600_000),
    notAfter: new Date(Date.now() + YEAR),
  });
  foreign = { root: froot, leaf: fleaf, keyHandle: lk.keyHandle };
  pdf = await samplePdf();
  const once = await sign({ pdf, who: person });
  twoSignatures = await sign({ pdf: once, who: org, kind: 'organisation' });
  if (requirePdfsig()) nss = createNssDb(pki.ca.root.certificate.rawData);
}, 60_000);

afterAll(() => nss?.dispose());

describe('PAdES signing and verification (fixtures of reliability test I6)', () => {
  it('(a) two signatures, personal then organisation, as incremental updates: PASSED B-T, pdfsig agrees', async () => {
    const report = await verifyPdfSignatures(twoSignatures, options());
    expect(report.indication).toBe('PASSED');
    expect(report.signatures.map((s) => [s.fieldName, s.indication, s.level])).toEqual([
      ['Signature1', 'PASSED', 'B-T'],
      ['Signature2', 'PASSED', 'B-T'],
    ]);
    expect(report.signatures[0]!.coversWholeDocument).toBe(false);
    expect(report.signatures[0]!.reasons.map((r) => r.code)).toContain('LATER_REVISIONS_SIGNED');
    expect(report.signatures[1]!.coversWholeDocument).toBe(true);
    expect(report.signatures[0]!.signerName).toBe('Nguyễn Văn Ấn');
    // The original document is a byte-for-byte prefix: incremental updates only.
    expect(Buffer.from(twoSignatures.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);
    if (nss) {
      const out = nss.pdfsig(twoSignatures).output;
      expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
      expect(out.match(/Certificate is Trusted\./g)).toHaveLength(2);
      expect(out).toContain('Nguyễn Văn Ấn');
      expect(out).toContain('Total document signed');
    }
  });

  it('(b) a byte changed inside the signed range: FAILED HASH_FAILURE (pdfsig: invalid)', async () => {
    const tampered = flipByteInSignedRange(twoSignatures);
    const report = await verifyPdfSignatures(tampered, options());
    expect(report.indication).toBe('FAILED');
    expect(report.signatures.every((s) => s.subIndication === 'HASH_FAILURE')).toBe(true);
    if (nss) expect(nss.pdfsig(tampered).output).not.toMatch(/Signature is Valid/);
  });

  it('(c) visible content appended after signing: each signature PASSED on its own revision and marked changed after signing; the document FAILED', async () => {
    const tampered = await appendVisibleContent(twoSignatures);
    const report = await verifyPdfSignatures(tampered, options());
    expect(report.indication).toBe('FAILED');
    expect(report.reasons.map((r) => r.code)).toEqual(['CONTENT_ADDED_AFTER_SIGNING']);
    expect(report.signatures.map((s) => [s.indication, s.modifiedAfterSigning])).toEqual([
      ['PASSED', true],
      ['PASSED', true],
    ]);
    expect(report.signatures[1]!.reasons.map((r) => r.code)).toContain('CONTENT_ADDED_AFTER_SIGNING');
    // pdfsig: both signatures valid, the last no longer "Total document signed" — the same reading.
    if (nss) {
      const out = nss.pdfsig(tampered).output;
      expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
      expect(out).not.toContain('Total document signed');
    }
  });

  it('(d) ByteRange whose gap is not /Contents: FAILED FORMAT_FAILURE', async () => {
    const report = await verifyPdfSignatures(shiftByteRange(twoSignatures), options());
    expect(report.indication).toBe('FAILED');
    expect(report.signatures[0]!.subIndication).toBe('FORMAT_FAILURE');
    expect(report.signatures[0]!.reasons[0]!.code).toBe('BYTE_RANGE_INVALID');
  });

  it('(e) empty /Contents (universal signature forgery): FAILED', async () => {
    const report = await verifyPdfSignatures(emptyContents(twoSignatures), options());
    expect(report.signatures[0]!.indication).toBe('FAILED');
    expect(report.signatures[0]!.reasons[0]!.code).toBe('EMPTY_CONTENTS');
  });

  it('(f) certificate expired before the time-stamp: INDETERMINATE OUT_OF_BOUNDS_NO_POE (pdfsig: expired)', async () => {
    const signed = await sign({ pdf, who: expired });
    const report = await verifyPdfSignatures(signed, options());
    expect(report.indication).toBe('INDETERMINATE');
    expect(report.signatures[0]!.subIndication).toBe('OUT_OF_BOUNDS_NO_POE');
    if (nss) expect(nss.pdfsig(signed).output).toMatch(/Expired/i);
  });

  it('(g) revoked before the proven signing time: FAILED REVOKED', async () => {
    const victim = await pki.issue({ subject: { CN: 'Lê Văn Bị Lộ Khóa' } });
    statuses.set(victim.certificate.serialNumber.toLowerCase(), {
      status: 'revoked',
      revokedAt: new Date(pki.clock.now.getTime() - 60_000),
      reason: 1,
    });
    const signed = await sign({ pdf, who: victim });
    const report = await verifyPdfSignatures(signed, options());
    expect(report.indication).toBe('FAILED');
    expect(report.signatures[0]!.subIndication).toBe('REVOKED');
  });

  it('(h) revoked after a time-stamp that predates the revocation: PASSED, with the revocation noted', async () => {
    statuses.set(org.certificate.serialNumber.toLowerCase(), {
      status: 'revoked',
      revokedAt: new Date(pki.clock.now.getTime() + 3_600_000),
      reason: 1,
    });
    const report = await verifyPdfSignatures(
      twoSignatures,
      options(new Date(pki.clock.now.getTime() + 7_200_000)),
    );
    statuses.delete(org.certificate.serialNumber.toLowerCase());
    expect(report.indication).toBe('PASSED');
    expect(report.signatures[1]!.reasons.map((r) => r.code)).toContain('REVOKED_AFTER_SIGNING');
  });

  it('(i) a certificate from an untrusted root: INDETERMINATE NO_CERTIFICATE_CHAIN_FOUND (pdfsig: not trusted)', async () => {
    const signed = await sign({
      pdf,
      who: { certificate: foreign.leaf, keyHandle: foreign.keyHandle },
      chain: [foreign.root.rawData],
    });
    const report = await verifyPdfSignatures(signed, options());
    expect(report.indication).toBe('INDETERMINATE');
    expect(report.signatures[0]!.subIndication).toBe('NO_CERTIFICATE_CHAIN_FOUND');
    if (nss) {
      const out = nss.pdfsig(signed).output;
      expect(out).toContain('Signature is Valid.');
      expect(out).not.toContain('Certificate is Trusted.');
    }
  });

  it('(j) SHA-1: FAILED CRYPTO_CONSTRAINTS_FAILURE', async () => {
    const signed = await sign({ pdf, who: person, hash: 'SHA-1' });
    const report = await verifyPdfSignatures(signed, options());
    expect(report.indication).toBe('FAILED');
    expect(report.signatures[0]!.subIndication).toBe('CRYPTO_CONSTRAINTS_FAILURE');
  });

  it('(k) validated years later, after the certificate expired: the time-stamp keeps it PASSED', async () => {
    const report = await verifyPdfSignatures(twoSignatures, options(new Date(Date.now() + 5 * YEAR)));
    expect(report.indication).toBe('PASSED');
  });

  it('(l) without a time-stamp (B-B) a later expiry makes it INDETERMINATE, and revocation without proof of time too', async () => {
    const bb = await sign({ pdf, who: person, timestamp: false });
    expect((await verifyPdfSignatures(bb, options())).signatures[0]!.level).toBe('B-B');
    expect((await verifyPdfSignatures(bb, options())).indication).toBe('PASSED');
    const later = await verifyPdfSignatures(bb, options(new Date(Date.now() + 5 * YEAR)));
    expect(later.signatures[0]!.subIndication).toBe('OUT_OF_BOUNDS_NO_POE');
  });

  it('an unsigned PDF is FAILED (never a green tick)', async () => {
    const report = await verifyPdfSignatures(pdf, options());
    expect(report.indication).toBe('FAILED');
    expect(report.signatures[0]!.reasons[0]!.code).toBe('NO_SIGNATURE');
  });

  it('no revocation source: INDETERMINATE TRY_LATER', async () => {
    const report = await verifyPdfSignatures(twoSignatures, {
      trustAnchors: [pki.ca.root.certificate.rawData],
    });
    expect(report.indication).toBe('INDETERMINATE');
    expect(report.signatures[0]!.subIndication).toBe('TRY_LATER');
  });
});

/** Offline: no online revocation source; the issuing CA's status is taken as good by configuration. */
const offline = (validationTime?: Date) => ({
  trustAnchors: [pki.ca.root.certificate.rawData],
  intermediates: [pki.ca.issuing.certificate.rawData],
  assumeNotRevoked: [pki.ca.issuing.certificate.rawData],
  ...(validationTime ? { validationTime } : {}),
});

async function crlOf(input: {
  revoked?: { serial: string; at: Date }[];
  thisUpdate?: Date;
  nextUpdate?: Date;
  forged?: boolean;
}) {
  const crl = await createCrl({
    provider: pki.provider,
    // A forgery: the issuing CA's name, someone else's key (the TSA's).
    issuer: input.forged ? { ...pki.ca.issuing, keyHandle: pki.ca.tsa.keyHandle } : pki.ca.issuing,
    entries: (input.revoked ?? []).map((r) => ({ serialNumber: r.serial, revokedAt: r.at, reason: 1 })),
    thisUpdate: input.thisUpdate ?? new Date(pki.clock.now.getTime() - 60_000),
    nextUpdate: input.nextUpdate ?? new Date(pki.clock.now.getTime() + 86_400_000),
    crlNumber: 1,
  });
  return crl.rawData;
}

async function ocspOf(who: { certificate: x509.X509Certificate }) {
  return respondToOcspRequest(
    {
      provider: pki.provider,
      issuer: pki.ca.issuing,
      now: () => new Date(pki.clock.now),
      lookup: async (serial) => statuses.get(serial) ?? { status: 'good' },
    },
    new Uint8Array(
      await createOcspRequest({
        certificate: who.certificate.rawData,
        issuer: pki.ca.issuing.certificate.rawData,
      }),
    ),
  );
}

/** B-T → B-LT for the given signers (in signature order), with the given CRLs (default: a genuine one). */
async function extend(
  signed: Uint8Array,
  signers: { certificate: x509.X509Certificate }[],
  opts: { crls?: ArrayBuffer[]; ocsp?: boolean } = {},
) {
  const sigs = findSignatures(signed);
  const crls = opts.crls ?? [await crlOf({})];
  return appendDss(
    signed,
    await Promise.all(
      signers.map(async (who, i) => ({
        contentsHex: sigs[i]!.contentsHex,
        certs: [who.certificate.rawData, ...pki.chain, pki.ca.tsa.certificate.rawData],
        crls,
        ocsps: opts.ocsp === false ? [] : [await ocspOf(who)],
      })),
    ),
  );
}

describe('PAdES B-LT (DSS with the chain, CRL and OCSP embedded)', () => {
  it('two signatures extended to B-LT: PASSED offline with level B-LT, a VRI entry per signature, pdfsig agrees', async () => {
    const lt = await extend(twoSignatures, [person, org]);
    expect(Buffer.from(lt.subarray(0, twoSignatures.length)).equals(Buffer.from(twoSignatures))).toBe(true);
    const report = await verifyPdfSignatures(lt, offline());
    expect(report.indication).toBe('PASSED');
    expect(report.signatures.every((s) => !s.modifiedAfterSigning)).toBe(true);
    expect(report.signatures[1]!.reasons.map((r) => r.code)).toContain('VALIDATION_DATA_ADDED');
    expect(report.signatures.map((s) => [s.indication, s.level])).toEqual([
      ['PASSED', 'B-LT'],
      ['PASSED', 'B-LT'],
    ]);
    const text = Buffer.from(lt).toString('latin1');
    for (const sig of findSignatures(lt)) expect(text).toContain(`/${vriKey(sig.contentsHex)} <<`);
    const dss = await readDss(lt);
    expect(dss.certs).toHaveLength(5); // two signers, issuing CA, root, TSA (shared ones stored once)
    expect(dss.crls).toHaveLength(1);
    expect(dss.ocsps).toHaveLength(2);
    // Years later, after every certificate expired, the embedded data still decides.
    expect((await verifyPdfSignatures(lt, offline(new Date(Date.now() + 5 * YEAR)))).indication).toBe(
      'PASSED',
    );
    if (nss) {
      const out = nss.pdfsig(lt).output;
      expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
      expect(out.match(/Certificate is Trusted\./g)).toHaveLength(2);
    }
  });

  it('the same B-T file offline: INDETERMINATE TRY_LATER, level B-T', async () => {
    const report = await verifyPdfSignatures(twoSignatures, offline());
    expect(report.indication).toBe('INDETERMINATE');
    expect(report.signatures.map((s) => [s.subIndication, s.level])).toEqual([
      ['TRY_LATER', 'B-T'],
      ['TRY_LATER', 'B-T'],
    ]);
  });

  it('a damaged DSS item does not break the signature; it is ignored (the OCSP answer still decides)', async () => {
    const lt = await extend(twoSignatures, [person, org]);
    const dss = await readDss(lt);
    const at = Buffer.from(lt).indexOf(Buffer.from(dss.crls[0]!), twoSignatures.length);
    expect(at).toBeGreaterThan(twoSignatures.length);
    const damaged = new Uint8Array(lt);
    damaged[at + dss.crls[0]!.length - 5]! ^= 0xff; // inside the CRL's signature value
    const report = await verifyPdfSignatures(damaged, offline());
    expect(report.signatures.map((s) => s.indication)).toEqual(['PASSED', 'PASSED']);
    if (nss) expect(nss.pdfsig(damaged).output.match(/Signature is Valid\./g)).toHaveLength(2);
  });

  it('a forged CRL in the DSS (bad signature) is ignored: still valid online, INDETERMINATE offline, never FAILED', async () => {
    const forgedCrl = await crlOf({
      forged: true,
      revoked: [{ serial: person.certificate.serialNumber, at: new Date(pki.clock.now.getTime() - YEAR) }],
    });
    const lt = await extend(twoSignatures, [person, org], { crls: [forgedCrl], ocsp: false });
    const off = await verifyPdfSignatures(lt, offline());
    expect(off.indication).toBe('INDETERMINATE');
    expect(off.signatures.map((s) => [s.subIndication, s.level])).toEqual([
      ['TRY_LATER', 'B-T'],
      ['TRY_LATER', 'B-T'],
    ]);
    const online = await verifyPdfSignatures(lt, options());
    expect(online.indication).toBe('PASSED');
    if (nss) expect(nss.pdfsig(lt).output.match(/Signature is Valid\./g)).toHaveLength(2);
  });

  it('a genuine embedded CRL listing a revocation before the time-stamp: FAILED REVOKED offline', async () => {
    const victim = await pki.issue({ subject: { CN: 'Phạm Văn Thu Hồi' } });
    const signed = await sign({ pdf, who: victim });
    const crl = await crlOf({
      revoked: [{ serial: victim.certificate.serialNumber, at: new Date(pki.clock.now.getTime() - 60_000) }],
    });
    const lt = await extend(signed, [victim], { crls: [crl], ocsp: false });
    const report = await verifyPdfSignatures(lt, offline());
    expect(report.signatures[0]!.indication).toBe('FAILED');
    expect(report.signatures[0]!.subIndication).toBe('REVOKED');
  });

  it('a stale embedded CRL (nextUpdate before the time-stamp) is not used', async () => {
    const stale = await crlOf({
      thisUpdate: new Date(pki.clock.now.getTime() - 3 * 86_400_000),
      nextUpdate: new Date(pki.clock.now.getTime() - 2 * 86_400_000),
    });
    const lt = await extend(twoSignatures, [person, org], { crls: [stale], ocsp: false });
    expect((await verifyPdfSignatures(lt, offline())).signatures[0]!.subIndication).toBe('TRY_LATER');
  });
});

describe('verdicts per signature, each on its own revision (issue 9)', () => {
  it('a later signature broken inside its own revision: the earlier one stays PASSED, marked changed after signing; the broken one FAILED; pdfsig agrees', async () => {
    const broken = breakSignatureRevision(twoSignatures, 1);
    const report = await verifyPdfSignatures(broken, options());
    expect(report.signatures.map((s) => [s.indication, s.subIndication, s.modifiedAfterSigning])).toEqual([
      ['PASSED', null, true],
      ['FAILED', 'HASH_FAILURE', false],
    ]);
    expect(report.indication).toBe('FAILED');
    if (nss) {
      const out = nss.pdfsig(broken).output;
      const [first, second] = out.split(/Signature #2:/);
      expect(first).toContain('Signature is Valid.');
      expect(second).not.toContain('Signature is Valid.');
    }
  });

  it('three signatures, the middle one FAILED (its signer revoked before signing): the first is covered by the valid third (not changed), the third PASSED', async () => {
    const victim = await pki.issue({ subject: { CN: 'Đỗ Văn Lộ Khóa' } });
    statuses.set(victim.certificate.serialNumber.toLowerCase(), {
      status: 'revoked',
      revokedAt: new Date(pki.clock.now.getTime() - 60_000),
      reason: 1,
    });
    const once = await sign({ pdf, who: person });
    const twice = await sign({ pdf: once, who: victim });
    const three = await sign({ pdf: twice, who: org, kind: 'organisation' });
    const report = await verifyPdfSignatures(three, options());
    expect(report.signatures.map((s) => [s.indication, s.subIndication, s.modifiedAfterSigning])).toEqual([
      ['PASSED', null, false],
      ['FAILED', 'REVOKED', false],
      ['PASSED', null, false],
    ]);
    expect(report.signatures[0]!.reasons.map((r) => r.code)).toContain('LATER_REVISIONS_SIGNED');
    expect(report.signatures[2]!.coversWholeDocument).toBe(true);
    expect(report.indication).toBe('FAILED');
    // Without the third signature, the revoked signer's revision is a change no valid signature covers.
    const two = await verifyPdfSignatures(twice, options());
    expect(two.signatures.map((s) => [s.indication, s.modifiedAfterSigning])).toEqual([
      ['PASSED', true],
      ['FAILED', false],
    ]);
  });

  it('a page content stream redefined after signing (a stream with no /Type, like DSS data) is a change, not validation data', async () => {
    const tampered = await redefineContentStream(twoSignatures);
    const report = await verifyPdfSignatures(tampered, options());
    expect(report.signatures.map((s) => [s.indication, s.modifiedAfterSigning])).toEqual([
      ['PASSED', true],
      ['PASSED', true],
    ]);
    expect(report.indication).toBe('FAILED');
    expect(report.reasons[0]!.en).toMatch(/redefined/);
  });

  it('B-LT on a document whose catalog sits in an object stream is validation data, not a change', async () => {
    const base = await samplePdf('Kế hoạch số 01/KH-STTTT', { objectStreams: true });
    const signed = await sign({ pdf: base, who: person });
    const lt = await extend(signed, [person]);
    const report = await verifyPdfSignatures(lt, offline());
    expect(report.signatures.map((s) => [s.indication, s.level, s.modifiedAfterSigning])).toEqual([
      ['PASSED', 'B-LT', false],
    ]);
    expect(report.indication).toBe('PASSED');
  });
});

describe('a structurally broken revision is reported, never PASSED (issue 9)', () => {
  const tools = requirePdfTools();

  it("an update reusing the number of the base file's object stream (the defect of issue 9), then signed: FAILED FORMAT_FAILURE — pdfinfo fails on it too, pdfsig alone does not see it", async () => {
    const base = await samplePdf('Kế hoạch số 01/KH-STTTT', { objectStreams: true });
    const signed = await sign({ pdf: reuseObjectStreamNumber(base), who: person });
    const report = await verifyPdfSignatures(signed, options());
    expect(report.indication).toBe('FAILED');
    expect(report.signatures[0]!.subIndication).toBe('FORMAT_FAILURE');
    expect(report.signatures[0]!.reasons[0]!.code).toBe('PDF_STRUCTURE_INVALID');
    expect(report.signatures[0]!.reasons[0]!.en).toMatch(/not an object stream/);
    if (tools) expect(pdfToolProblems(inspectPdf(signed))).not.toEqual([]);
    if (nss) expect(nss.pdfsig(signed).output).toContain('Signature is Valid.');
  });

  it('a cross-reference entry that points where its object is not, then signed: FAILED FORMAT_FAILURE', async () => {
    const signed = await sign({ pdf: misplaceXrefEntry(pdf, 3), who: person });
    const report = await verifyPdfSignatures(signed, options());
    expect(report.signatures[0]!.subIndication).toBe('FORMAT_FAILURE');
    expect(report.signatures[0]!.reasons[0]!.en).toMatch(/no object 3/);
  });

  it('an unreadable update appended after the last signature: the signatures stay PASSED, marked changed; the document FAILED with the structure reason', async () => {
    const report = await verifyPdfSignatures(appendBrokenUpdate(twoSignatures), options());
    expect(report.signatures.map((s) => [s.indication, s.modifiedAfterSigning])).toEqual([
      ['PASSED', true],
      ['PASSED', true],
    ]);
    expect(report.reasons.map((r) => r.code)).toEqual([
      'PDF_STRUCTURE_INVALID',
      'CONTENT_ADDED_AFTER_SIGNING',
    ]);
    expect(report.indication).toBe('FAILED');
  });
});
