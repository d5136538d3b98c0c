/**
 * The pki module's narrow in-process api (issue 10 §3): what other workspaces call, without an actor or a
 * request context — the composition root decides whom it trusts. Verification is public knowledge, so it
 * needs no actor at all (the documents port used to borrow a system actor for it).
 *
 * Unlike `(db, input)`, these take the pki deps: verification needs the province CA (its keys live in the
 * signer provider) and the clock. `deps.db` may be the caller's transaction: `{ ...pki, db: tx }`.
 */
import { isInformational } from './domain/verify/verify-pdf.ts';
import { verifyPdfDocument } from './use-cases/verify-pdf.ts';

export const pkiApi = {
  /** Verifies every signature of a PDF against the province root (registry and embedded revocation data). */
  verifyPdf: verifyPdfDocument,
  /** Whether a verification reason code only informs (not why a signature fails). */
  isInformational,
};
