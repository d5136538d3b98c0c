import * as asn1js from 'asn1js';
import { type HashName, OID } from '../../domain/crypto/oids.ts';
import { pkijs } from '../../domain/crypto/setup.ts';
import type { SignerProvider } from '../signer/signer-provider.ts';
import { contentInfoDer, digest, signingCertificateV2, signWithProvider } from './signed-data.ts';

/** Asks a time-stamping authority for a token over `imprint` (the hash of the signature value). */
export type Timestamper = (input: { imprint: ArrayBuffer; hash: HashName }) => Promise<ArrayBuffer>;

export interface CadesSignInput {
  provider: SignerProvider;
  keyHandle: string;
  /** The signer's certificate, DER. */
  certificate: ArrayBuffer;
  /** CA certificates to carry in the CMS (issuing CA, root), DER. */
  chain?: ArrayBuffer[];
  /** The signed bytes (for a PDF, the two ByteRange parts concatenated). */
  content: Uint8Array;
  hash?: HashName;
  /** Adds the CMS signing-time attribute. PAdES baseline forbids it (the time is the PDF's /M), so off by default. */
  signingTime?: Date;
  /** Adds a signature time-stamp (B-T). */
  timestamper?: Timestamper;
}

/**
 * A detached CAdES signature (the CMS of PAdES, SubFilter ETSI.CAdES.detached) made with pkijs, with the key
 * in the SignerProvider. Replaces @signpdf/signer-p12, whose node-forge path double-encodes UTF-8 issuer names.
 */
export async function createCadesSignature(input: CadesSignInput): Promise<Uint8Array> {
  const hash = input.hash ?? 'SHA-256';
  const cert = pkijs.Certificate.fromBER(input.certificate);
  const messageDigest = await digest(hash, input.content);
  const attributes = [
    new pkijs.Attribute({
      type: OID.contentType,
      values: [new asn1js.ObjectIdentifier({ value: OID.data })],
    }),
    new pkijs.Attribute({
      type: OID.messageDigest,
      values: [new asn1js.OctetString({ valueHex: messageDigest })],
    }),
    new pkijs.Attribute({
      type: OID.signingCertificateV2,
      values: [await signingCertificateV2(input.certificate)],
    }),
  ];
  if (input.signingTime) {
    attributes.splice(
      1,
      0,
      new pkijs.Attribute({
        type: OID.signingTime,
        values: [new asn1js.UTCTime({ valueDate: input.signingTime })],
      }),
    );
  }
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes }),
      }),
    ],
    certificates: [cert, ...(input.chain ?? []).map((d) => pkijs.Certificate.fromBER(d))],
  });
  await signWithProvider({
    signedData,
    index: 0,
    provider: input.provider,
    keyHandle: input.keyHandle,
    hash,
  });
  if (input.timestamper) {
    const signerInfo = signedData.signerInfos[0]!;
    const imprint = await digest('SHA-256', signerInfo.signature.valueBlock.valueHexView);
    const token = await input.timestamper({ imprint, hash: 'SHA-256' });
    const tokenAsn = asn1js.fromBER(token);
    if (tokenAsn.offset === -1) throw new Error('Bad time-stamp token');
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [tokenAsn.result] })],
    });
  }
  return new Uint8Array(contentInfoDer(signedData));
}
