import * as asn1js from 'asn1js';
import { HASH_OID, type HashName, RSA_SIG_OID } from '../../domain/crypto/oids.ts';
import { crypto, pkijs } from '../../domain/crypto/setup.ts';
import type { BufferSource } from '../../domain/crypto/types.ts';
import type { SignerProvider } from '../signer/signer-provider.ts';

export function toArrayBuffer(data: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

export async function digest(hash: HashName, data: BufferSource): Promise<ArrayBuffer> {
  return crypto.subtle.digest(hash, data);
}

/**
 * ESS signing-certificate-v2 (RFC 5035) over the signer's certificate: binds the certificate to the signature
 * so it cannot be swapped for another one with the same key (PAdES B-B requirement).
 */
export async function signingCertificateV2(certDer: ArrayBuffer): Promise<asn1js.Sequence> {
  const certHash = await digest('SHA-256', certDer);
  // hashAlgorithm omitted: SHA-256 is the DEFAULT, and DER forbids encoding a default value.
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] })],
      }),
    ],
  });
}

/**
 * Signs signer `index` of a SignedData whose signedAttrs are already set, with a key in the provider.
 * The signature covers the DER of the attributes with the SET tag (RFC 5652 §5.4), as pkijs would compute.
 */
export async function signWithProvider(input: {
  signedData: pkijs.SignedData;
  index: number;
  provider: SignerProvider;
  keyHandle: string;
  hash: HashName;
}): Promise<void> {
  const { signedData, hash } = input;
  const signerInfo = signedData.signerInfos[input.index]!;
  signerInfo.digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: HASH_OID[hash] });
  signerInfo.signatureAlgorithm = new pkijs.AlgorithmIdentifier({
    algorithmId: RSA_SIG_OID[hash],
    algorithmParams: new asn1js.Null(),
  });
  if (!signedData.digestAlgorithms.some((a) => a.algorithmId === HASH_OID[hash])) {
    signedData.digestAlgorithms.push(new pkijs.AlgorithmIdentifier({ algorithmId: HASH_OID[hash] }));
  }
  if (!signerInfo.signedAttrs) throw new Error('signedAttrs required');
  const encoded = new Uint8Array(signerInfo.signedAttrs.toSchema().toBER(false));
  encoded[0] = 0x31;
  const signature = await input.provider.sign({ keyHandle: input.keyHandle, data: encoded, hash });
  signerInfo.signature = new asn1js.OctetString({ valueHex: signature });
}

export function contentInfoDer(signedData: pkijs.SignedData): ArrayBuffer {
  return new pkijs.ContentInfo({
    contentType: pkijs.ContentInfo.SIGNED_DATA,
    content: signedData.toSchema(true),
  })
    .toSchema()
    .toBER(false);
}

/** Parses a DER ContentInfo with SignedData; trailing zero padding (PDF /Contents) is tolerated. */
export function parseSignedData(der: ArrayBuffer | Uint8Array): pkijs.SignedData {
  const asn = asn1js.fromBER(toArrayBuffer(der instanceof Uint8Array ? der : new Uint8Array(der)));
  if (asn.offset === -1) throw new Error('Not DER');
  const contentInfo = new pkijs.ContentInfo({ schema: asn.result });
  if (contentInfo.contentType !== pkijs.ContentInfo.SIGNED_DATA) throw new Error('Not SignedData');
  return new pkijs.SignedData({ schema: contentInfo.content });
}
