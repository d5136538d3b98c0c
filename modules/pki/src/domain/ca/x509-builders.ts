import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import { providerCrypto, providerKey } from '../../adapters/signer/provider-crypto.ts';
import type { SignerProvider } from '../../adapters/signer/signer-provider.ts';
import { OID } from '../crypto/oids.ts';
import { x509 } from '../crypto/setup.ts';
import type { CryptoKey } from '../crypto/types.ts';

export const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export type CertificateProfile = 'root' | 'issuing-ca' | 'tsa' | 'personal' | 'organisation';

export interface IssuerKey {
  certificate: x509.X509Certificate;
  keyHandle: string;
}

export interface PkiUrls {
  /** Where relying parties fetch the CRL (the CRL distribution point written into certificates). */
  crl: string;
  /** OCSP responder URL (authority information access). */
  ocsp: string;
}

/** A positive 128-bit serial number in hex (RFC 5280: at most 20 octets, unpredictable). */
export function newSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes.toString('hex');
}

export type NameParts = {
  C?: string;
  ST?: string;
  L?: string;
  O?: string;
  OU?: string;
  T?: string;
  CN: string;
};

/** An X.500 name in the order C, ST, L, O, OU, title, CN (UTF8String, so Vietnamese names stay intact). */
export function buildName(parts: NameParts): x509.Name {
  const rdns: x509.JsonName = [];
  if (parts.C) rdns.push({ C: [parts.C] });
  if (parts.ST) rdns.push({ ST: [parts.ST] });
  if (parts.L) rdns.push({ L: [parts.L] });
  if (parts.O) rdns.push({ O: [parts.O] });
  if (parts.OU) rdns.push({ OU: [parts.OU] });
  if (parts.T) rdns.push({ '2.5.4.12': [parts.T] });
  rdns.push({ CN: [parts.CN] });
  return new x509.Name(rdns);
}

async function extensionsFor(input: {
  profile: CertificateProfile;
  publicKey: CryptoKey;
  issuer?: x509.X509Certificate;
  urls?: PkiUrls;
}): Promise<x509.Extension[]> {
  const { profile } = input;
  const F = x509.KeyUsageFlags;
  const ext: x509.Extension[] = [await x509.SubjectKeyIdentifierExtension.create(input.publicKey)];
  if (input.issuer) ext.push(await x509.AuthorityKeyIdentifierExtension.create(input.issuer, false));
  switch (profile) {
    case 'root':
      ext.push(new x509.BasicConstraintsExtension(true, 1, true));
      ext.push(new x509.KeyUsagesExtension(F.keyCertSign | F.cRLSign, true));
      break;
    case 'issuing-ca':
      ext.push(new x509.BasicConstraintsExtension(true, 0, true));
      // digitalSignature: the issuing CA signs its own OCSP responses (RFC 6960 §2.6, CA-designated = CA itself).
      ext.push(new x509.KeyUsagesExtension(F.keyCertSign | F.cRLSign | F.digitalSignature, true));
      break;
    case 'tsa':
      ext.push(new x509.BasicConstraintsExtension(false, undefined, true));
      ext.push(new x509.KeyUsagesExtension(F.digitalSignature | F.nonRepudiation, true));
      // RFC 3161 §2.3: the TSA certificate has exactly one EKU, timeStamping, critical.
      ext.push(new x509.ExtendedKeyUsageExtension([OID.ekuTimeStamping], true));
      break;
    case 'personal':
    case 'organisation':
      ext.push(new x509.BasicConstraintsExtension(false, undefined, true));
      ext.push(new x509.KeyUsagesExtension(F.digitalSignature | F.nonRepudiation, true));
      // emailProtection: NSS (pdfsig, Firefox, Thunderbird) rejects signer certificates without it.
      ext.push(new x509.ExtendedKeyUsageExtension([OID.ekuEmailProtection, OID.ekuDocumentSigning], false));
      break;
  }
  if (input.urls && profile !== 'root') {
    ext.push(new x509.CRLDistributionPointsExtension([input.urls.crl]));
    ext.push(new x509.AuthorityInfoAccessExtension({ ocsp: [input.urls.ocsp] }));
  }
  return ext;
}

/** A self-signed root certificate over a key the provider holds. */
export async function createSelfSignedCertificate(input: {
  provider: SignerProvider;
  keyHandle: string;
  publicKey: CryptoKey;
  subject: x509.Name;
  notBefore: Date;
  notAfter: Date;
}): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.create(
    {
      serialNumber: newSerialNumber(),
      subject: input.subject,
      issuer: input.subject,
      notBefore: input.notBefore,
      notAfter: input.notAfter,
      publicKey: input.publicKey,
      signingKey: providerKey(input.keyHandle),
      signingAlgorithm: RSA_SHA256,
      extensions: await extensionsFor({ profile: 'root', publicKey: input.publicKey }),
    },
    providerCrypto(input.provider),
  );
}

/** A certificate signed by `issuer` (a CA whose key the provider holds). */
export async function createIssuedCertificate(input: {
  provider: SignerProvider;
  issuer: IssuerKey;
  profile: Exclude<CertificateProfile, 'root'>;
  subject: x509.Name;
  publicKey: CryptoKey;
  serialNumber?: string;
  notBefore: Date;
  notAfter: Date;
  urls?: PkiUrls;
}): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.create(
    {
      serialNumber: input.serialNumber ?? newSerialNumber(),
      subject: input.subject,
      issuer: input.issuer.certificate.subjectName,
      notBefore: input.notBefore,
      notAfter: input.notAfter,
      publicKey: input.publicKey,
      signingKey: providerKey(input.issuer.keyHandle),
      signingAlgorithm: RSA_SHA256,
      extensions: await extensionsFor({
        profile: input.profile,
        publicKey: input.publicKey,
        issuer: input.issuer.certificate,
        ...(input.urls ? { urls: input.urls } : {}),
      }),
    },
    providerCrypto(input.provider),
  );
}

export interface CrlEntryInput {
  serialNumber: string;
  revokedAt: Date;
  reason: x509.X509CrlReason;
}

/** A CRL signed by the issuing CA. Suspended certificates appear with reason certificateHold. */
export async function createCrl(input: {
  provider: SignerProvider;
  issuer: IssuerKey;
  entries: CrlEntryInput[];
  thisUpdate: Date;
  nextUpdate: Date;
  crlNumber: number;
}): Promise<x509.X509Crl> {
  return x509.X509CrlGenerator.create(
    {
      issuer: input.issuer.certificate.subjectName,
      thisUpdate: input.thisUpdate,
      nextUpdate: input.nextUpdate,
      signingKey: providerKey(input.issuer.keyHandle),
      signingAlgorithm: RSA_SHA256,
      entries: input.entries.map((e) => ({
        serialNumber: e.serialNumber,
        revocationDate: e.revokedAt,
        reason: e.reason,
      })),
      extensions: [
        await x509.AuthorityKeyIdentifierExtension.create(input.issuer.certificate, false),
        new x509.Extension('2.5.29.20', false, new asn1js.Integer({ value: input.crlNumber }).toBER()),
      ],
    },
    providerCrypto(input.provider),
  );
}

/** PEM with the label OpenSSL expects ('X509 CRL'; @peculiar/x509's own toString writes 'CRL'). */
export function crlToPem(der: ArrayBuffer): string {
  return x509.PemConverter.encode(der, 'X509 CRL');
}
