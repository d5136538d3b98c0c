import * as asn1js from 'asn1js';
import { digest, parseSignedData, toArrayBuffer } from '../../adapters/cms/signed-data.ts';
import type { RevocationStatus } from '../../adapters/ocsp/ocsp.ts';
import { readDss } from '../../adapters/pdf/dss.ts';
import { signedBytes } from '../../adapters/pdf/incremental.ts';
import { PdfSource } from '../../adapters/pdf/xref.ts';
import { parseTimeStampToken } from '../../adapters/tsa/tsa.ts';
import type { Indication, TSignatureReport, TVerificationReport } from '../../contracts/index.ts';
import { type HashName, hashNameOfOid, hashOfRsaSignatureOid, OID } from '../crypto/oids.ts';
import { crypto, pkijs, x509 } from '../crypto/setup.ts';
import type { RsaHashedKeyAlgorithm } from '../crypto/types.ts';
import { type EmbeddedRevocation, embeddedStatus, parseEmbedded } from './embedded-revocation.ts';
import {
  byteRangeProblem,
  changesAfter,
  findSignatures,
  type RawSignature,
  revisionProblems,
} from './pdf-structure.ts';

/** Where the verifier learns a certificate's revocation status ('unavailable': could not find out). */
export type RevocationSource = (
  certificate: x509.X509Certificate,
  issuer: x509.X509Certificate,
) => Promise<RevocationStatus | 'unavailable'>;

export interface VerifyPdfOptions {
  /** Configured trust anchors only (our root; the national roots when configured), DER. */
  trustAnchors: ArrayBuffer[];
  /** Intermediate certificates known out of band (e.g. our issuing CA), DER. */
  intermediates?: ArrayBuffer[];
  /**
   * The online source (registry, OCSP). Its definite answer wins; when it has none, the CRLs and OCSP
   * responses embedded in the document's DSS (B-LT) are used if their signatures and times check out.
   */
  revocation?: RevocationSource;
  /**
   * CA certificates whose status is taken as good by configuration (our issuing CA: no ARL is published
   * for it yet), DER.
   */
  assumeNotRevoked?: ArrayBuffer[];
  /** Default: now. */
  validationTime?: Date;
}

interface Reason {
  code: string;
  vi: string;
  en: string;
}

const R = {
  noSignature: {
    code: 'NO_SIGNATURE',
    vi: 'Tài liệu không có chữ ký số',
    en: 'The document has no signature',
  },
  byteRange: (detail: string) => ({
    code: 'BYTE_RANGE_INVALID',
    vi: 'Vùng ký (ByteRange) không hợp lệ',
    en: detail,
  }),
  emptyContents: {
    code: 'EMPTY_CONTENTS',
    vi: 'Chữ ký rỗng',
    en: 'The signature value (/Contents) is empty',
  },
  cmsInvalid: {
    code: 'CMS_INVALID',
    vi: 'Dữ liệu chữ ký không đọc được',
    en: 'The CMS signature cannot be parsed',
  },
  noSignerCert: {
    code: 'SIGNER_CERTIFICATE_MISSING',
    vi: 'Thiếu chứng thư số của người ký',
    en: 'The signer certificate is not in the signature',
  },
  weakAlg: (alg: string) => ({
    code: 'CRYPTO_CONSTRAINTS',
    vi: `Thuật toán ${alg} không còn an toàn`,
    en: `${alg} is no longer an acceptable algorithm`,
  }),
  hash: {
    code: 'HASH_FAILURE',
    vi: 'Nội dung đã bị thay đổi sau khi ký',
    en: 'The signed bytes do not match the message digest',
  },
  sig: {
    code: 'SIG_CRYPTO_FAILURE',
    vi: 'Chữ ký không khớp với khóa công khai',
    en: 'The signature value does not verify',
  },
  essMissing: {
    code: 'SIGNING_CERTIFICATE_ATTRIBUTE_MISSING',
    vi: 'Thiếu thuộc tính signing-certificate-v2',
    en: 'No ESS signing-certificate-v2 attribute (not PAdES baseline)',
  },
  essMismatch: {
    code: 'SIGNING_CERTIFICATE_MISMATCH',
    vi: 'Chứng thư số không khớp thuộc tính signing-certificate-v2',
    en: 'The signer certificate does not match signing-certificate-v2',
  },
  tsInvalid: (en: string) => ({ code: 'TIMESTAMP_INVALID', vi: 'Dấu thời gian không hợp lệ', en }),
  noChain: {
    code: 'NO_CERTIFICATE_CHAIN_FOUND',
    vi: 'Không xây dựng được chuỗi chứng thư tới CA tin cậy',
    en: 'No chain to a configured trust anchor',
  },
  keyUsage: {
    code: 'KEY_USAGE',
    vi: 'Chứng thư số không dùng để ký',
    en: 'The certificate is not for digital signatures',
  },
  outOfBounds: (en: string) => ({
    code: 'OUT_OF_BOUNDS_NO_POE',
    vi: 'Chứng thư số hết hạn hoặc chưa có hiệu lực khi ký',
    en,
  }),
  revoked: (when: Date) => ({
    code: 'REVOKED',
    vi: `Chứng thư số bị thu hồi lúc ${when.toISOString()}, trước thời điểm ký`,
    en: `The certificate was revoked at ${when.toISOString()}, before the signing time`,
  }),
  revokedAfter: (when: Date) => ({
    code: 'REVOKED_AFTER_SIGNING',
    vi: `Chứng thư số bị thu hồi lúc ${when.toISOString()}, sau thời điểm ký được chứng thực bằng dấu thời gian`,
    en: `Revoked at ${when.toISOString()}, after the time-stamped signing time (signature stays valid)`,
  }),
  revokedNoPoe: {
    code: 'REVOKED_NO_POE',
    vi: 'Chứng thư số bị thu hồi/tạm dừng, không có dấu thời gian',
    en: 'Revoked or suspended, with no proof of signing time',
  },
  suspended: {
    code: 'SUSPENDED',
    vi: 'Chứng thư số đang bị tạm dừng tại thời điểm ký',
    en: 'The certificate was on hold at the signing time',
  },
  tryLater: {
    code: 'TRY_LATER',
    vi: 'Không có thông tin thu hồi',
    en: 'No revocation information is available',
  },
  structure: (problems: string[]) => ({
    code: 'PDF_STRUCTURE_INVALID',
    vi: 'Cấu trúc tệp PDF của phiên bản được ký bị hỏng: trình đọc PDF không mở được đúng nội dung đã ký',
    en: `The signed revision is structurally broken: ${problems.join('; ')}`,
  }),
  changedAfter: (detail: string) => ({
    code: 'CONTENT_ADDED_AFTER_SIGNING',
    vi: 'Tài liệu đã bị thay đổi sau khi ký: phần thêm vào sau chữ ký này không được chữ ký hợp lệ nào bao phủ',
    en: `Changed after this signature, and no valid later signature covers the change (${detail})`,
  }),
  laterUpdate: {
    code: 'LATER_REVISIONS_SIGNED',
    vi: 'Các phần bổ sung sau chữ ký này được chữ ký sau bao phủ',
    en: 'Later incremental updates are covered by a later signature',
  },
  validationDataAdded: {
    code: 'VALIDATION_DATA_ADDED',
    vi: 'Sau khi ký, tài liệu chỉ được bổ sung dữ liệu kiểm tra chữ ký (chứng thư, CRL, OCSP) để lưu trữ',
    en: 'Only validation data (certificates, CRLs, OCSP responses: PAdES B-LT) was added after signing',
  },
  documentChanged: (detail: string) => ({
    code: 'CONTENT_ADDED_AFTER_SIGNING',
    vi: 'Tài liệu đã được bổ sung nội dung sau chữ ký hợp lệ cuối cùng; phần bổ sung đó không được ký',
    en: `Content was added after the last valid signature and no signature covers it (${detail})`,
  }),
  documentStructure: (problems: string[]) => ({
    code: 'PDF_STRUCTURE_INVALID',
    vi: 'Cấu trúc tệp PDF (phiên bản mới nhất) bị hỏng: trình đọc PDF có thể không mở được tài liệu',
    en: `The latest revision is structurally broken: ${problems.join('; ')}`,
  }),
} satisfies Record<string, Reason | ((...a: never[]) => Reason)>;

const INFO_CODES = new Set(['REVOKED_AFTER_SIGNING', 'LATER_REVISIONS_SIGNED', 'VALIDATION_DATA_ADDED']);

class Outcome {
  indication: Indication = 'PASSED';
  subIndication: string | null = null;
  reasons: Reason[] = [];
  fail(sub: string, reason: Reason) {
    this.reasons.push(reason);
    if (this.indication !== 'FAILED') {
      this.indication = 'FAILED';
      this.subIndication = sub;
    }
  }
  indeterminate(sub: string, reason: Reason) {
    this.reasons.push(reason);
    if (this.indication === 'PASSED') {
      this.indication = 'INDETERMINATE';
      this.subIndication = sub;
    }
  }
  info(reason: Reason) {
    this.reasons.push(reason);
  }
}

function attr(
  attrs: pkijs.SignedAndUnsignedAttributes | undefined,
  oid: string,
): pkijs.Attribute | undefined {
  return attrs?.attributes.find((a) => a.type === oid);
}

function same(a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array): boolean {
  return Buffer.from(a instanceof Uint8Array ? a : new Uint8Array(a)).equals(
    Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)),
  );
}

function findSignerCertificate(sd: pkijs.SignedData, si: pkijs.SignerInfo): pkijs.Certificate | undefined {
  const sid = si.sid;
  return (sd.certificates ?? []).find(
    (c): c is pkijs.Certificate =>
      c instanceof pkijs.Certificate &&
      (sid instanceof pkijs.IssuerAndSerialNumber
        ? c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)
        : false),
  );
}

/** Verifies signer `si`'s value over its signed attributes; returns the hash used. */
async function verifySignerValue(si: pkijs.SignerInfo, cert: pkijs.Certificate): Promise<boolean> {
  const hash =
    hashOfRsaSignatureOid(si.signatureAlgorithm.algorithmId) ?? hashNameOfOid(si.digestAlgorithm.algorithmId);
  if (!hash || !si.signedAttrs) return false;
  const spki = cert.subjectPublicKeyInfo.toSchema().toBER(false);
  try {
    const key = await crypto.subtle.importKey('spki', spki, { name: 'RSASSA-PKCS1-v1_5', hash }, false, [
      'verify',
    ]);
    return await crypto.subtle.verify(
      'RSASSA-PKCS1-v1_5',
      key,
      si.signature.valueBlock.valueHexView,
      si.signedAttrs.encodedValue,
    );
  } catch {
    return false;
  }
}

function rsaBits(cert: x509.X509Certificate): number {
  const alg = cert.publicKey.algorithm as RsaHashedKeyAlgorithm;
  return alg.modulusLength ?? 0;
}

async function essMatches(
  si: pkijs.SignerInfo,
  certDer: ArrayBuffer,
): Promise<'ok' | 'missing' | 'mismatch'> {
  const a = attr(si.signedAttrs, OID.signingCertificateV2);
  if (!a) return 'missing';
  try {
    const certs = (a.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    let hash: HashName = 'SHA-256';
    let hashValue: asn1js.OctetString;
    const [v0, v1] = first.valueBlock.value;
    if (v0 instanceof asn1js.Sequence) {
      hash = hashNameOfOid(new pkijs.AlgorithmIdentifier({ schema: v0 }).algorithmId) ?? 'SHA-256';
      hashValue = v1 as asn1js.OctetString;
    } else {
      hashValue = v0 as asn1js.OctetString;
    }
    return same(await digest(hash, certDer), hashValue.valueBlock.valueHexView) ? 'ok' : 'mismatch';
  } catch {
    return 'mismatch';
  }
}

/** Builds signer → … → anchor over the given pool, checking each signature. */
async function buildChain(
  leaf: x509.X509Certificate,
  pool: x509.X509Certificate[],
  anchors: x509.X509Certificate[],
): Promise<x509.X509Certificate[] | null> {
  const chain = [leaf];
  let current = leaf;
  for (let depth = 0; depth < 6; depth++) {
    const anchor = anchors.find((a) => same(a.rawData, current.rawData));
    if (anchor) return chain;
    const candidates = [...anchors, ...pool].filter(
      (c) => c.subject === current.issuer && !same(c.rawData, current.rawData),
    );
    let next: x509.X509Certificate | undefined;
    for (const c of candidates) {
      if (await current.verify({ publicKey: c.publicKey, signatureOnly: true })) {
        next = c;
        break;
      }
    }
    if (!next) return null;
    if (anchors.some((a) => same(a.rawData, next.rawData))) return [...chain, next];
    chain.push(next);
    current = next;
  }
  return null;
}

function keyUsageAllowsSigning(cert: x509.X509Certificate): boolean {
  const ku = cert.getExtension(x509.KeyUsagesExtension);
  if (!ku) return true;
  return (ku.usages & (x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation)) !== 0;
}

interface PoE {
  time: Date;
}

async function verifyTimestamp(
  si: pkijs.SignerInfo,
  options: VerifyPdfOptions,
  anchors: x509.X509Certificate[],
  outcome: Outcome,
): Promise<PoE | undefined> {
  const a = attr(si.unsignedAttrs, OID.signatureTimeStampToken);
  if (!a) return undefined;
  try {
    const token = parseTimeStampToken(new pkijs.ContentInfo({ schema: a.values[0] }));
    const hash = token.hash;
    if (!hash || hash === 'SHA-1') throw new Error('time-stamp imprint uses a weak or unknown hash');
    const imprint = await digest(hash, si.signature.valueBlock.valueHexView);
    if (!same(imprint, token.hashedMessage))
      throw new Error('time-stamp imprint does not match the signature');
    const tsSigner = token.signedData.signerInfos[0]!;
    const tsCert = findSignerCertificate(token.signedData, tsSigner);
    if (!tsCert) throw new Error('TSA certificate missing');
    const eContent = token.signedData.encapContentInfo.eContent!.getValue();
    const md = attr(tsSigner.signedAttrs, OID.messageDigest);
    const tsHash = hashNameOfOid(tsSigner.digestAlgorithm.algorithmId);
    if (!md || !tsHash || tsHash === 'SHA-1') throw new Error('time-stamp digest missing or weak');
    if (!same(await digest(tsHash, eContent), (md.values[0] as asn1js.OctetString).valueBlock.valueHexView)) {
      throw new Error('time-stamp content digest mismatch');
    }
    if (!(await verifySignerValue(tsSigner, tsCert))) throw new Error('TSA signature does not verify');
    const tsaX509 = new x509.X509Certificate(tsCert.toSchema().toBER(false));
    const eku = tsaX509.getExtension(x509.ExtendedKeyUsageExtension);
    if (!eku?.usages.includes(OID.ekuTimeStamping))
      throw new Error('TSA certificate lacks the timeStamping EKU');
    const pool = (token.signedData.certificates ?? [])
      .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
      .map((c) => new x509.X509Certificate(c.toSchema().toBER(false)));
    const chain = await buildChain(
      tsaX509,
      [...pool, ...(options.intermediates ?? []).map((d) => new x509.X509Certificate(d))],
      anchors,
    );
    if (!chain) throw new Error('TSA certificate does not chain to a trust anchor');
    if (token.genTime < tsaX509.notBefore || token.genTime > tsaX509.notAfter)
      throw new Error('TSA certificate not valid at genTime');
    return { time: token.genTime };
  } catch (e) {
    outcome.indeterminate('TIMESTAMP_INVALID', R.tsInvalid((e as Error).message));
    return undefined;
  }
}

async function verifyOne(
  source: PdfSource,
  raw: RawSignature,
  options: VerifyPdfOptions,
  anchors: x509.X509Certificate[],
  validationTime: Date,
  embedded: EmbeddedRevocation,
): Promise<TSignatureReport> {
  const pdf = source.bytes;
  const outcome = new Outcome();
  const report: TSignatureReport = {
    fieldName: raw.fieldName,
    indication: 'PASSED',
    subIndication: null,
    reasons: [],
    signerName: null,
    signerSubject: null,
    serialNumber: null,
    claimedSigningTime: raw.claimedSigningTime,
    timestampTime: null,
    level: 'none',
    coversWholeDocument: raw.byteRange.length === 4 && raw.byteRange[2]! + raw.byteRange[3]! === pdf.length,
    modifiedAfterSigning: false,
    hash: null,
  };
  const finish = () => {
    report.indication = outcome.indication;
    report.subIndication = outcome.subIndication;
    report.reasons = outcome.reasons;
    return report;
  };
  const brProblem = byteRangeProblem(pdf, raw);
  if (brProblem) {
    outcome.fail('FORMAT_FAILURE', R.byteRange(brProblem));
    return finish();
  }
  // The signature is judged on its own revision, which must open as the signer saw it.
  const structure = revisionProblems(source, raw.byteRange[2]! + raw.byteRange[3]!);
  if (structure.length > 0) {
    outcome.fail('FORMAT_FAILURE', R.structure(structure));
    return finish();
  }
  if (!/[1-9A-Fa-f]/.test(raw.contentsHex)) {
    outcome.fail('FORMAT_FAILURE', R.emptyContents);
    return finish();
  }
  let sd: pkijs.SignedData;
  try {
    sd = parseSignedData(Buffer.from(raw.contentsHex, 'hex'));
  } catch {
    outcome.fail('FORMAT_FAILURE', R.cmsInvalid);
    return finish();
  }
  const si = sd.signerInfos[0];
  const certPk = si ? findSignerCertificate(sd, si) : undefined;
  if (!si || !certPk) {
    outcome.indeterminate('NO_SIGNING_CERTIFICATE_FOUND', R.noSignerCert);
    return finish();
  }
  const certDer = certPk.toSchema().toBER(false);
  const cert = new x509.X509Certificate(certDer);
  report.signerName = cert.subjectName.getField('CN')[0] ?? null;
  report.signerSubject = cert.subject;
  report.serialNumber = cert.serialNumber.toLowerCase();

  // Algorithm constraints (ASVS 6.2.5): no SHA-1, no RSA under 2048 bits.
  const digestHash = hashNameOfOid(si.digestAlgorithm.algorithmId);
  const sigHash = hashOfRsaSignatureOid(si.signatureAlgorithm.algorithmId);
  report.hash = digestHash ?? null;
  if (digestHash === 'SHA-1' || sigHash === 'SHA-1') {
    outcome.fail('CRYPTO_CONSTRAINTS_FAILURE', R.weakAlg('SHA-1'));
    return finish();
  }
  if (!digestHash) {
    outcome.fail('CRYPTO_CONSTRAINTS_FAILURE', R.weakAlg(si.digestAlgorithm.algorithmId));
    return finish();
  }
  if (rsaBits(cert) < 2048) {
    outcome.fail('CRYPTO_CONSTRAINTS_FAILURE', R.weakAlg(`RSA-${rsaBits(cert)}`));
    return finish();
  }
  const md = attr(si.signedAttrs, OID.messageDigest);
  const content = signedBytes(pdf, raw.byteRange);
  if (
    !md ||
    !same(await digest(digestHash, content), (md.values[0] as asn1js.OctetString).valueBlock.valueHexView)
  ) {
    outcome.fail('HASH_FAILURE', R.hash);
    return finish();
  }
  if (!(await verifySignerValue(si, certPk))) {
    outcome.fail('SIG_CRYPTO_FAILURE', R.sig);
    return finish();
  }
  const ess = await essMatches(si, certDer);
  if (ess === 'mismatch') {
    outcome.fail('SIG_CONSTRAINTS_FAILURE', R.essMismatch);
    return finish();
  }
  if (ess === 'missing') outcome.indeterminate('SIG_CONSTRAINTS_FAILURE', R.essMissing);
  else report.level = 'B-B';

  const poe = await verifyTimestamp(si, options, anchors, outcome);
  if (poe) {
    report.timestampTime = poe.time.toISOString();
    if (report.level === 'B-B') report.level = 'B-T';
  }

  const pool = [
    ...(sd.certificates ?? [])
      .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
      .map((c) => new x509.X509Certificate(c.toSchema().toBER(false))),
    ...(options.intermediates ?? []).map((d) => new x509.X509Certificate(d)),
    ...embedded.certs,
  ];
  const chain = await buildChain(cert, pool, anchors);
  if (!chain) {
    outcome.indeterminate('NO_CERTIFICATE_CHAIN_FOUND', R.noChain);
    return finish();
  }
  if (!keyUsageAllowsSigning(cert)) outcome.indeterminate('CHAIN_CONSTRAINTS_FAILURE', R.keyUsage);

  // The certificate must be valid at the proven signing time (or now, without proof).
  const signingTime = poe?.time ?? validationTime;
  for (const c of chain) {
    if (signingTime < c.notBefore || signingTime > c.notAfter) {
      outcome.indeterminate(
        'OUT_OF_BOUNDS_NO_POE',
        R.outOfBounds(
          `${c.subjectName.getField('CN')[0] ?? c.subject} valid ${c.notBefore.toISOString()}–${c.notAfter.toISOString()}, signing time ${signingTime.toISOString()}${poe ? ' (time-stamp)' : ' (no time-stamp: validation time)'}`,
        ),
      );
      return finish();
    }
  }

  // Revocation of every non-anchor certificate in the chain: online first, else the embedded data.
  const assumedGood = (options.assumeNotRevoked ?? []).map((d) => Buffer.from(d));
  let embeddedCoversAll = true;
  for (let i = 0; i < chain.length - 1; i++) {
    const subject = chain[i]!;
    const issuer = chain[i + 1]!;
    if (assumedGood.some((d) => d.equals(Buffer.from(subject.rawData)))) continue;
    const fromDss = await embeddedStatus({
      embedded,
      cert: subject,
      issuer,
      checkTime: signingTime,
      validationTime,
    });
    if (!fromDss) embeddedCoversAll = false;
    let status = options.revocation ? await options.revocation(subject, issuer) : 'unavailable';
    if ((status === 'unavailable' || status.status === 'unknown') && fromDss) status = fromDss;
    if (status === 'unavailable' || status.status === 'unknown') {
      outcome.indeterminate('TRY_LATER', R.tryLater);
      continue;
    }
    if (status.status === 'revoked') {
      const hold = status.reason === x509.X509CrlReason.certificateHold;
      if (poe && status.revokedAt > poe.time) {
        outcome.info(R.revokedAfter(status.revokedAt));
      } else if (!poe) {
        outcome.indeterminate('REVOKED_NO_POE', R.revokedNoPoe);
      } else if (hold) {
        outcome.indeterminate('REVOKED_NO_POE', R.suspended);
      } else {
        outcome.fail('REVOKED', R.revoked(status.revokedAt));
      }
    }
  }
  // B-LT: a time-stamped signature whose revocation data is all in the document itself.
  if (report.level === 'B-T' && embeddedCoversAll) report.level = 'B-LT';
  return finish();
}

/**
 * Validates every signature of a PDF (ETSI EN 319 102-1 style: PASSED / FAILED / INDETERMINATE with a
 * sub-indication and bilingual reasons), each on the bytes of its own revision; the visible appearance is
 * never looked at. What was added after a signature is reported next to it (`modifiedAfterSigning`) unless
 * a valid later signature covers it or it is validation data only; it does not change that signature's own
 * verdict. The document-level verdict is decided as ADR 0008 says.
 */
export async function verifyPdfSignatures(
  pdf: Uint8Array,
  options: VerifyPdfOptions,
): Promise<TVerificationReport> {
  const validationTime = options.validationTime ?? new Date();
  const anchors = options.trustAnchors.map((d) => new x509.X509Certificate(d));
  const raws = findSignatures(pdf);
  if (raws.length === 0) {
    return {
      indication: 'FAILED',
      reasons: [],
      validationTime: validationTime.toISOString(),
      signatures: [
        {
          fieldName: null,
          indication: 'FAILED',
          subIndication: 'FORMAT_FAILURE',
          reasons: [R.noSignature],
          signerName: null,
          signerSubject: null,
          serialNumber: null,
          claimedSigningTime: null,
          timestampTime: null,
          level: 'none',
          coversWholeDocument: false,
          modifiedAfterSigning: false,
          hash: null,
        },
      ],
    };
  }
  const source = new PdfSource(pdf);
  const embedded = parseEmbedded(await readDss(pdf));
  const signatures: TSignatureReport[] = [];
  for (const raw of raws)
    signatures.push(await verifyOne(source, raw, options, anchors, validationTime, embedded));

  // Later updates, per signature: covered by a later signature that is not FAILED (its bytes verify and its
  // revision opens), or validation data only, or else a change after signing.
  const endOf = (i: number) => raws[i]!.byteRange[2]! + raws[i]!.byteRange[3]!;
  const intactEnds = signatures
    .map((s, i) => (s.indication !== 'FAILED' && raws[i]!.byteRange.length === 4 ? endOf(i) : -1))
    .filter((end) => end > 0);
  const changes = new Map<number, ReturnType<typeof changesAfter>>();
  const changesFrom = (end: number) => {
    if (!changes.has(end)) changes.set(end, changesAfter(source, end));
    return changes.get(end)!;
  };
  signatures.forEach((s, i) => {
    if (s.indication === 'FAILED' || raws[i]!.byteRange.length !== 4) return;
    const end = endOf(i);
    const coveredUntil = Math.max(end, ...intactEnds);
    if (end < coveredUntil) s.reasons.push(R.laterUpdate);
    const after = changesFrom(coveredUntil);
    if (after.kind === 'content') {
      s.modifiedAfterSigning = true;
      s.reasons.push(R.changedAfter(after.detail));
    } else if (after.kind === 'validation-data') {
      s.reasons.push(R.validationDataAdded);
    }
  });

  // The document as a reader opens it: its latest revision must open, and what no intact signature covers
  // may only be validation data.
  const reasons: TVerificationReport['reasons'] = [];
  const lastCovered = Math.max(0, ...intactEnds);
  if (lastCovered < pdf.length) {
    const latest = revisionProblems(source, pdf.length);
    if (latest.length > 0) reasons.push(R.documentStructure(latest));
    const after = lastCovered > 0 ? changesFrom(lastCovered) : { kind: 'none' as const };
    if (after.kind === 'content') reasons.push(R.documentChanged(after.detail));
  }
  const overall: Indication =
    reasons.length > 0 || signatures.some((s) => s.indication === 'FAILED')
      ? 'FAILED'
      : signatures.some((s) => s.indication === 'INDETERMINATE')
        ? 'INDETERMINATE'
        : 'PASSED';
  return { indication: overall, reasons, signatures, validationTime: validationTime.toISOString() };
}

export function isInformational(code: string): boolean {
  return INFO_CODES.has(code);
}

export { toArrayBuffer };
