import * as asn1js from 'asn1js';
import type { IssuerKey } from '../../domain/ca/x509-builders.ts';
import { hashNameOfOid, OID } from '../../domain/crypto/oids.ts';
import { pkijs, type x509 } from '../../domain/crypto/setup.ts';
import { digest, toArrayBuffer } from '../cms/signed-data.ts';
import type { SignerProvider } from '../signer/signer-provider.ts';

/** What the registry knows about one serial number at the time of the question. */
export type RevocationStatus =
  | { status: 'good' }
  | { status: 'revoked'; revokedAt: Date; reason: number }
  | { status: 'unknown' };

export interface OcspResponderConfig {
  provider: SignerProvider;
  issuer: IssuerKey;
  now: () => Date;
  /** Looks the serial (lower-case hex, no leading zeros stripped) up in the registry. */
  lookup: (serialHex: string) => Promise<RevocationStatus>;
}

export function serialHexOf(value: asn1js.Integer): string {
  return Buffer.from(value.valueBlock.valueHexView)
    .toString('hex')
    .replace(/^(00)+(?=[0-9a-f]{2})/, '');
}

export async function certIdMatchesIssuer(
  certId: pkijs.CertID,
  issuer: x509.X509Certificate,
): Promise<boolean> {
  const hash = hashNameOfOid(certId.hashAlgorithm.algorithmId);
  if (!hash) return false;
  const pk = pkijs.Certificate.fromBER(issuer.rawData);
  const nameHash = await digest(hash, pk.subject.toSchema().toBER(false));
  const keyHash = await digest(hash, pk.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView);
  return (
    Buffer.from(nameHash).equals(Buffer.from(certId.issuerNameHash.valueBlock.valueHexView)) &&
    Buffer.from(keyHash).equals(Buffer.from(certId.issuerKeyHash.valueBlock.valueHexView))
  );
}

function statusAsn(status: RevocationStatus): asn1js.BaseBlock {
  switch (status.status) {
    case 'good':
      return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
    case 'unknown':
      return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
    case 'revoked':
      return new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 1 },
        value: [
          new asn1js.GeneralizedTime({ valueDate: status.revokedAt }),
          new asn1js.Constructed({
            idBlock: { tagClass: 3, tagNumber: 0 },
            value: [new asn1js.Enumerated({ value: status.reason })],
          }),
        ],
      });
  }
}

function errorResponse(status: 1 | 2 | 3 | 5 | 6): ArrayBuffer {
  return new pkijs.OCSPResponse({ responseStatus: new asn1js.Enumerated({ value: status }) })
    .toSchema()
    .toBER(false);
}

/**
 * RFC 6960 responder, signed by the issuing CA itself. Answers are computed from the registry at the moment
 * of the question, so a suspension or revocation shows in the next answer with no publication delay.
 */
export async function respondToOcspRequest(
  config: OcspResponderConfig,
  requestDer: Uint8Array,
): Promise<ArrayBuffer> {
  let request: pkijs.OCSPRequest;
  try {
    request = pkijs.OCSPRequest.fromBER(toArrayBuffer(requestDer));
  } catch {
    return errorResponse(1); // malformedRequest
  }
  const now = config.now();
  now.setUTCMilliseconds(0);
  const responses: pkijs.SingleResponse[] = [];
  for (const item of request.tbsRequest.requestList) {
    const ours = await certIdMatchesIssuer(item.reqCert, config.issuer.certificate);
    const status: RevocationStatus = ours
      ? await config.lookup(serialHexOf(item.reqCert.serialNumber))
      : { status: 'unknown' };
    responses.push(
      new pkijs.SingleResponse({
        certID: item.reqCert,
        certStatus: statusAsn(status),
        thisUpdate: now,
        nextUpdate: new Date(now.getTime() + 3_600_000),
      }),
    );
  }
  const issuerCert = pkijs.Certificate.fromBER(config.issuer.certificate.rawData);
  const nonce = request.tbsRequest.requestExtensions?.find((e) => e.extnID === OID.ocspNonce);
  const tbs = new pkijs.ResponseData({
    responderID: issuerCert.subject,
    producedAt: now,
    responses,
    ...(nonce ? { responseExtensions: [nonce] } : {}),
  });
  const tbsDer = tbs.toSchema(true).toBER(false);
  tbs.tbsView = new Uint8Array(tbsDer);
  const signature = await config.provider.sign({
    keyHandle: config.issuer.keyHandle,
    data: tbsDer,
    hash: 'SHA-256',
  });
  const basic = new pkijs.BasicOCSPResponse({
    tbsResponseData: tbs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: OID.sha256WithRsa,
      algorithmParams: new asn1js.Null(),
    }),
    signature: new asn1js.BitString({ valueHex: signature }),
    certs: [issuerCert],
  });
  return new pkijs.OCSPResponse({
    responseStatus: new asn1js.Enumerated({ value: 0 }),
    responseBytes: new pkijs.ResponseBytes({
      responseType: OID.ocspBasic,
      response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }),
    }),
  })
    .toSchema()
    .toBER(false);
}

/** A DER OCSP request for one certificate (clients, B-LT collection, tests). */
export async function createOcspRequest(input: {
  certificate: ArrayBuffer;
  issuer: ArrayBuffer;
  nonce?: Uint8Array;
}): Promise<ArrayBuffer> {
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(pkijs.Certificate.fromBER(input.certificate), {
    hashAlgorithm: 'SHA-1', // RFC 6960 CertID: SHA-1 is what every responder understands; it only names the issuer.
    issuerCertificate: pkijs.Certificate.fromBER(input.issuer),
  });
  if (input.nonce) {
    request.tbsRequest.requestExtensions = [
      new pkijs.Extension({
        extnID: OID.ocspNonce,
        critical: false,
        extnValue: new asn1js.OctetString({ valueHex: input.nonce }).toBER(false),
      }),
    ];
  }
  return request.toSchema(true).toBER(false);
}

export interface ParsedOcspResponse {
  responseStatus: number;
  producedAt?: Date;
  responses: { serialHex: string; status: RevocationStatus; thisUpdate: Date; nextUpdate?: Date }[];
  basic?: pkijs.BasicOCSPResponse;
}

export function parseOcspResponse(der: ArrayBuffer | Uint8Array): ParsedOcspResponse {
  const response = pkijs.OCSPResponse.fromBER(
    toArrayBuffer(der instanceof Uint8Array ? der : new Uint8Array(der)),
  );
  const responseStatus = response.responseStatus.valueBlock.valueDec;
  if (responseStatus !== 0 || !response.responseBytes) return { responseStatus, responses: [] };
  const basic = pkijs.BasicOCSPResponse.fromBER(
    toArrayBuffer(response.responseBytes.response.valueBlock.valueHexView),
  );
  return {
    responseStatus,
    producedAt: basic.tbsResponseData.producedAt,
    basic,
    responses: basic.tbsResponseData.responses.map((r) => {
      const tag = r.certStatus.idBlock.tagNumber;
      let status: RevocationStatus = { status: 'unknown' };
      if (tag === 0) status = { status: 'good' };
      if (tag === 1) {
        const block = r.certStatus as asn1js.Constructed;
        const time = block.valueBlock.value[0] as asn1js.GeneralizedTime;
        const reasonWrap = block.valueBlock.value[1] as asn1js.Constructed | undefined;
        const reason = reasonWrap
          ? (reasonWrap.valueBlock.value[0] as asn1js.Enumerated).valueBlock.valueDec
          : 0;
        status = { status: 'revoked', revokedAt: time.toDate(), reason };
      }
      return {
        serialHex: serialHexOf(r.certID.serialNumber),
        status,
        thisUpdate: r.thisUpdate,
        ...(r.nextUpdate ? { nextUpdate: r.nextUpdate } : {}),
      };
    }),
  };
}
