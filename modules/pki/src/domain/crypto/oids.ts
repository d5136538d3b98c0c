/** Object identifiers used by the CA, the CMS signer, the TSA and the verifier. */
export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha1WithRsa: '1.2.840.113549.1.1.5',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  sha384WithRsa: '1.2.840.113549.1.1.12',
  sha512WithRsa: '1.2.840.113549.1.1.13',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  ocspBasic: '1.3.6.1.5.5.7.48.1.1',
  ocspNonce: '1.3.6.1.5.5.7.48.1.2',
  ekuTimeStamping: '1.3.6.1.5.5.7.3.8',
  ekuOcspSigning: '1.3.6.1.5.5.7.3.9',
  ekuEmailProtection: '1.3.6.1.5.5.7.3.4',
  ekuDocumentSigning: '1.3.6.1.5.5.7.3.36',
  /** Our TSA policy arc (a private placeholder; a real TSA registers its own policy OID). */
  tsaPolicy: '1.3.6.1.4.1.99999.1.1',
} as const;

export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export const HASH_OID: Record<HashName, string> = {
  'SHA-1': OID.sha1,
  'SHA-256': OID.sha256,
  'SHA-384': OID.sha384,
  'SHA-512': OID.sha512,
};

export function hashNameOfOid(oid: string): HashName | undefined {
  return (Object.entries(HASH_OID) as [HashName, string][]).find(([, o]) => o === oid)?.[0];
}

export const RSA_SIG_OID: Record<HashName, string> = {
  'SHA-1': OID.sha1WithRsa,
  'SHA-256': OID.sha256WithRsa,
  'SHA-384': OID.sha384WithRsa,
  'SHA-512': OID.sha512WithRsa,
};

/** The hash of an RSA signature algorithm OID (sha256WithRSAEncryption → SHA-256); undefined for plain rsaEncryption. */
export function hashOfRsaSignatureOid(oid: string): HashName | undefined {
  return (Object.entries(RSA_SIG_OID) as [HashName, string][]).find(([, o]) => o === oid)?.[0];
}
