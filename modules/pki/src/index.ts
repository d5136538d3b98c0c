/**
 * @openprovince/pki: the province's certification authority (root, issuing CA, TSA), the certificate
 * registry and its lifecycle, CRL / OCSP / RFC 3161 services, PAdES signing and verification (issue 4).
 */
import './crypto/setup.ts';

export { type CaHierarchy, createCaHierarchy, issueEndEntity, PROVINCE_CA_NAMES } from './ca/hierarchy.ts';
export { crlToPem, type IssuerKey, type PkiUrls } from './ca/x509-builders.ts';
export { type CadesSignInput, createCadesSignature, type Timestamper } from './cms/cades.ts';
export * from './contracts/index.ts';
export { ensureProvinceCa } from './internal/ca.ts';
export { createOcspRequest, parseOcspResponse, type RevocationStatus } from './ocsp/ocsp.ts';
export { DEFAULT_FONT_PATH, type SignatureAppearance } from './pdf/appearance.ts';
export { appendDss, type DssEntry, readDss, vriKey } from './pdf/dss.ts';
export { prepareIncrementalSignature, type SignatureFieldOptions } from './pdf/incremental.ts';
export { type PadesSignInput, signPdfPades } from './pdf/pades.ts';
export { demoSealPng, demoSignaturePng } from './pdf/png.ts';
export { createPkiDeps, type PkiDeps } from './pki-deps.ts';
export { pkiRoutes } from './routes/pki.routes.ts';
export { type SeedPkiDemoInput, seedPkiDemo } from './seed.ts';
export { LocalSignerProvider } from './signer/local-signer-provider.ts';
export type { GeneratedKey, SignerProvider } from './signer/signer-provider.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { pkiStatistics } from './statistics.ts';
export { createTimeStampQuery, parseTimeStampToken } from './tsa/tsa.ts';
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
export { REAUTH_WINDOW_MS, type SignPdfInput, type SignPdfResult, signPdf } from './use-cases/sign-pdf.ts';
export { verifyPdf } from './use-cases/verify-pdf.ts';
export {
  isInformational,
  type RevocationSource,
  type VerifyPdfOptions,
  verifyPdfSignatures,
} from './verify/verify-pdf.ts';
