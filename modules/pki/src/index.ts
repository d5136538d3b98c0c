/**
 * @openprovince/pki: the province's certification authority (root, issuing CA, TSA), the certificate
 * registry and its lifecycle, CRL / OCSP / RFC 3161 services, PAdES signing and verification (issue 4).
 *
 * The door: the narrow api, the contracts, and what the composition root (apps/api) wires — deps, routes,
 * the demo seed, and the signing / archiving use cases the document signer and the PDF output tests call
 * with an official's context.
 */
import './domain/crypto/setup.ts';

export { pkiApi } from './api.ts';
export * from './contracts/index.ts';
export { createPkiDeps, type PkiDeps } from './deps.ts';
export { pkiModule } from './module.ts';
export { pkiRoutes } from './routes/pki.routes.ts';
export { type SeedPkiDemoInput, seedPkiDemo } from './seed/demo.ts';
/** The module's figures in the one statistics shape (dashboard, annual report). */
export { pkiStatistics } from './statistics.ts';
export { type ExtendToLtResult, extendToLt } from './use-cases/extend-to-lt.ts';
export { type SignPdfInput, type SignPdfResult, signPdf } from './use-cases/sign-pdf.ts';
