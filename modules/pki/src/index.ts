/**
 * @openprovince/pki: the province's certification authority (root, issuing CA, TSA), the certificate
 * registry and its lifecycle, CRL / OCSP / RFC 3161 services, PAdES signing and verification (issue 4).
 */
import './domain/crypto/setup.ts';

export { type CadesSignInput, createCadesSignature, type Timestamper } from './adapters/cms/cades.ts';
export { createOcspRequest, parseOcspResponse, type RevocationStatus } from './adapters/ocsp/ocsp.ts';
export { DEFAULT_FONT_PATH, type SignatureAppearance } from './adapters/pdf/appearance.ts';
export { appendDss, type DssEntry, readDss, vriKey } from './adapters/pdf/dss.ts';
export { prepareIncrementalSignature, type SignatureFieldOptions } from './adapters/pdf/incremental.ts';
export { type PadesSignInput, signPdfPades } from './adapters/pdf/pades.ts';
export { demoSealPng, demoSignaturePng } from './adapters/pdf/png.ts';
export { LocalSignerProvider } from './adapters/signer/local-signer-provider.ts';
export type { GeneratedKey, SignerProvider } from './adapters/signer/signer-provider.ts';
export { createTimeStampQuery, parseTimeStampToken } from './adapters/tsa/tsa.ts';
export * from './contracts/index.ts';
export {
  type CaHierarchy,
  createCaHierarchy,
  issueEndEntity,
  PROVINCE_CA_NAMES,
} from './domain/ca/hierarchy.ts';
export { crlToPem, type IssuerKey, type PkiUrls } from './domain/ca/x509-builders.ts';
export {
  isInformational,
  type RevocationSource,
  type VerifyPdfOptions,
  verifyPdfSignatures,
} from './domain/verify/verify-pdf.ts';
export { createPkiDeps, type PkiDeps } from './pki-deps.ts';
export { pkiRoutes } from './routes/pki.routes.ts';
export { type SeedPkiDemoInput, seedPkiDemo } from './seed/demo.ts';
export { type ApproveRequestInput, approveRequest } from './use-cases/approve-request.ts';
export { certificateStats } from './use-cases/certificate-stats.ts';
export {
  resumeCertificate,
  revokeCertificate,
  suspendCertificate,
} from './use-cases/change-certificate-status.ts';
export { type ExtendToLtResult, extendToLt } from './use-cases/extend-to-lt.ts';
export { issueCertificate } from './use-cases/issue-certificate.ts';
export {
  getCertificate,
  listCertificates,
  listMySigningCertificates,
  listRequests,
} from './use-cases/list-certificates.ts';
export { getCaCertificates, getCrl, respondOcsp, respondTimestamp } from './use-cases/pki-services.ts';
export { renewCertificate } from './use-cases/renew-certificate.ts';
export { type RequestCertificateInput, requestCertificate } from './use-cases/request-certificate.ts';
export { ensureProvinceCa } from './use-cases/shared/ca.ts';
export { REAUTH_WINDOW_MS, type SignPdfInput, type SignPdfResult, signPdf } from './use-cases/sign-pdf.ts';
export { verifyPdf } from './use-cases/verify-pdf.ts';
