import type { RequestContext } from '@openprovince/platform';
import type { TVerificationReport } from '../contracts/index.ts';
import type { PkiDeps } from '../deps.ts';
import { verifyPdfSignatures } from '../domain/verify/verify-pdf.ts';
import { ensureProvinceCa, lookupSerial } from './shared/ca.ts';

/**
 * Verifies the signatures of a PDF (public). Trust anchor: the province root only. Revocation comes from
 * the registry for certificates of our issuing CA, else from the CRL / OCSP data embedded in the document
 * (B-LT); without either it is INDETERMINATE (TRY_LATER). `offline` leaves the registry out, as a reader
 * outside the platform (or after it is gone) would validate an archived document.
 */
export async function verifyPdf(
  deps: PkiDeps,
  _ctx: RequestContext,
  input: VerifyPdfInput,
): Promise<TVerificationReport> {
  return verifyPdfDocument(deps, input);
}

export interface VerifyPdfInput {
  pdf: Uint8Array;
  validationTime?: Date;
  offline?: boolean;
}

/** The verification itself: public knowledge, so no actor (the narrow api calls it directly). */
export async function verifyPdfDocument(deps: PkiDeps, input: VerifyPdfInput): Promise<TVerificationReport> {
  const ca = await ensureProvinceCa(deps);
  const issuingDer = Buffer.from(ca.issuing.certificate.rawData);
  return verifyPdfSignatures(input.pdf, {
    trustAnchors: [ca.root.certificate.rawData],
    intermediates: [ca.issuing.certificate.rawData],
    validationTime: input.validationTime ?? deps.now(),
    assumeNotRevoked: [ca.issuing.certificate.rawData],
    ...(input.offline
      ? {}
      : {
          revocation: async (cert, issuer) =>
            Buffer.from(issuer.rawData).equals(issuingDer)
              ? lookupSerial(deps.db, cert.serialNumber)
              : 'unavailable',
        }),
  });
}
