import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import type { IssuerKey } from '../../domain/ca/x509-builders.ts';
import { HASH_OID, type HashName, hashNameOfOid, OID } from '../../domain/crypto/oids.ts';
import { pkijs } from '../../domain/crypto/setup.ts';
import type { Timestamper } from '../cms/cades.ts';
import {
  contentInfoDer,
  digest,
  signingCertificateV2,
  signWithProvider,
  toArrayBuffer,
} from '../cms/signed-data.ts';
import type { SignerProvider } from '../signer/signer-provider.ts';

export interface TsaConfig {
  provider: SignerProvider;
  /** The TSA's certificate (EKU timeStamping) and key. */
  tsa: IssuerKey;
  /** CA certificates to include in tokens (DER). */
  chain: ArrayBuffer[];
  now: () => Date;
}

/** An RFC 3161 TimeStampToken (ContentInfo/SignedData over TSTInfo), DER. */
export async function createTimeStampToken(
  config: TsaConfig,
  input: { hashAlgorithmOid: string; hashedMessage: ArrayBuffer; nonce?: asn1js.Integer; certReq?: boolean },
): Promise<ArrayBuffer> {
  const genTime = config.now();
  // Second precision: GeneralizedTime with fractions is allowed, but some readers mishandle it.
  genTime.setUTCMilliseconds(0);
  const tstInfo = new pkijs.TSTInfo({
    version: 1,
    policy: OID.tsaPolicy,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: input.hashAlgorithmOid }),
      hashedMessage: new asn1js.OctetString({ valueHex: input.hashedMessage }),
    }),
    serialNumber: new asn1js.Integer({ valueHex: positive(randomBytes(12)) }),
    genTime,
    ordering: false,
    ...(input.nonce ? { nonce: input.nonce } : {}),
  });
  const eContent = tstInfo.toSchema().toBER(false);
  const tsaCertDer = config.tsa.certificate.rawData;
  const tsaCert = pkijs.Certificate.fromBER(tsaCertDer);
  const signedData = new pkijs.SignedData({
    version: 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: OID.tstInfo,
      eContent: new asn1js.OctetString({ valueHex: eContent }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: tsaCert.issuer, serialNumber: tsaCert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({
              type: OID.contentType,
              values: [new asn1js.ObjectIdentifier({ value: OID.tstInfo })],
            }),
            new pkijs.Attribute({
              type: OID.signingTime,
              values: [new asn1js.UTCTime({ valueDate: genTime })],
            }),
            new pkijs.Attribute({
              type: OID.messageDigest,
              values: [new asn1js.OctetString({ valueHex: await digest('SHA-256', eContent) })],
            }),
            // RFC 5816: the TSA's certificate is bound with ESS signing-certificate-v2.
            new pkijs.Attribute({
              type: OID.signingCertificateV2,
              values: [await signingCertificateV2(tsaCertDer)],
            }),
          ],
        }),
      }),
    ],
    certificates:
      input.certReq === false ? [] : [tsaCert, ...config.chain.map((d) => pkijs.Certificate.fromBER(d))],
  });
  await signWithProvider({
    signedData,
    index: 0,
    provider: config.provider,
    keyHandle: config.tsa.keyHandle,
    hash: 'SHA-256',
  });
  return contentInfoDer(signedData);
}

function positive(bytes: Buffer): ArrayBuffer {
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return toArrayBuffer(bytes);
}

const ACCEPTED_HASHES = new Set<string>([HASH_OID['SHA-256'], HASH_OID['SHA-384'], HASH_OID['SHA-512']]);

/** Answers a DER TimeStampReq with a DER TimeStampResp (granted, or rejection with a failure reason). */
export async function respondToTimeStampQuery(
  config: TsaConfig,
  requestDer: Uint8Array,
): Promise<ArrayBuffer> {
  let request: pkijs.TimeStampReq;
  try {
    request = pkijs.TimeStampReq.fromBER(toArrayBuffer(requestDer));
  } catch {
    return rejection(5, 'Yêu cầu không đúng định dạng / malformed request'); // badDataFormat
  }
  const hashOid = request.messageImprint.hashAlgorithm.algorithmId;
  if (!ACCEPTED_HASHES.has(hashOid)) {
    return rejection(0, 'Thuật toán băm không được chấp nhận (SHA-1) / hash algorithm not accepted'); // badAlg
  }
  const hashed = request.messageImprint.hashedMessage.valueBlock.valueHexView;
  const expectedLength = { [HASH_OID['SHA-256']]: 32, [HASH_OID['SHA-384']]: 48, [HASH_OID['SHA-512']]: 64 }[
    hashOid
  ];
  if (hashed.byteLength !== expectedLength)
    return rejection(5, 'Độ dài giá trị băm sai / wrong imprint length');
  if (request.reqPolicy && request.reqPolicy !== OID.tsaPolicy) {
    return rejection(15, 'Chính sách không được hỗ trợ / unaccepted policy'); // unacceptedPolicy
  }
  const token = await createTimeStampToken(config, {
    hashAlgorithmOid: hashOid,
    hashedMessage: toArrayBuffer(hashed),
    ...(request.nonce ? { nonce: request.nonce } : {}),
    certReq: request.certReq ?? false,
  });
  const tokenInfo = new pkijs.ContentInfo({ schema: asn1js.fromBER(token).result });
  return new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
    timeStampToken: tokenInfo,
  })
    .toSchema()
    .toBER(false);
}

function rejection(failBit: number, text: string): ArrayBuffer {
  const bits = new Uint8Array(Math.floor(failBit / 8) + 1);
  bits[Math.floor(failBit / 8)] = 0x80 >> (failBit % 8);
  return new pkijs.TimeStampResp({
    status: new pkijs.PKIStatusInfo({
      status: pkijs.PKIStatus.rejection,
      statusStrings: [new asn1js.Utf8String({ value: text })],
      failInfo: new asn1js.BitString({ valueHex: bits, unusedBits: 7 - (failBit % 8) }),
    }),
  })
    .toSchema()
    .toBER(false);
}

/** A Timestamper that calls the platform's own TSA in-process (no HTTP round trip). */
export function localTimestamper(config: TsaConfig): Timestamper {
  return async ({ imprint, hash }) =>
    createTimeStampToken(config, { hashAlgorithmOid: HASH_OID[hash], hashedMessage: imprint, certReq: true });
}

/** Builds a DER TimeStampReq (for clients and tests). */
export function createTimeStampQuery(input: {
  imprint: ArrayBuffer;
  hash?: HashName;
  nonce?: bigint;
}): ArrayBuffer {
  return new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: HASH_OID[input.hash ?? 'SHA-256'] }),
      hashedMessage: new asn1js.OctetString({ valueHex: input.imprint }),
    }),
    certReq: true,
    ...(input.nonce !== undefined ? { nonce: new asn1js.Integer({ value: Number(input.nonce) }) } : {}),
  })
    .toSchema()
    .toBER(false);
}

export interface ParsedTimeStampToken {
  genTime: Date;
  hash: HashName | undefined;
  hashedMessage: Uint8Array;
  signedData: pkijs.SignedData;
  serialNumberHex: string;
}

export function parseTimeStampToken(token: pkijs.ContentInfo | ArrayBuffer): ParsedTimeStampToken {
  const info =
    token instanceof pkijs.ContentInfo
      ? token
      : new pkijs.ContentInfo({ schema: asn1js.fromBER(token).result });
  const signedData = new pkijs.SignedData({ schema: info.content });
  if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !signedData.encapContentInfo.eContent) {
    throw new Error('Not a time-stamp token');
  }
  const tst = pkijs.TSTInfo.fromBER(toArrayBuffer(signedData.encapContentInfo.eContent.getValue()));
  return {
    genTime: tst.genTime,
    hash: hashNameOfOid(tst.messageImprint.hashAlgorithm.algorithmId),
    hashedMessage: new Uint8Array(tst.messageImprint.hashedMessage.valueBlock.valueHexView),
    signedData,
    serialNumberHex: Buffer.from(tst.serialNumber.valueBlock.valueHexView).toString('hex'),
  };
}
