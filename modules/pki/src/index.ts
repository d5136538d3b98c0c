/**
 * @openprovince/pki: the province's certification authority (root, issuing CA, TSA), the certificate
 * registry and its lifecycle, CRL / OCSP / RFC 3161 services, PAdES signing and verification (issue 4).
 *
 * The door (issue 10 §3): the manifest, the narrow api, the deps type the composition root's ports use,
 * the demo seed, and the signing / archiving use cases the document signer and the PDF output tests call
 * with an official's context. Schemas are in `/contracts`.
 */
import './domain/crypto/setup.ts';

export { pkiApi } from './api.ts';
// The document signer port (apps/api) still names the verification report through the door.
export type { TVerificationReport } from './contracts/index.ts';
export type { PkiDeps } from './deps.ts';
export { pkiModule } from './module.ts';
export { seedPkiDemo } from './seed/demo.ts';
export { extendToLt } from './use-cases/extend-to-lt.ts';
export { signPdf } from './use-cases/sign-pdf.ts';
