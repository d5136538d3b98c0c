import type { RequestContext } from '@openprovince/platform';
import type { TVerificationReport } from '../contracts/index.ts';
import { ensureProvinceCa, lookupSerial } from '../internal/ca.ts';
import type { PkiDeps } from '../pki-deps.ts';
import { verifyPdfSignatures } from '../verify/verify-pdf.ts';

/**
 * Verifies the signatures of a PDF (public). Trust anchor: the province root only. Revocation comes from
 * the registry for certificates of our issuing CA, else from the CRL / OCSP data embedded in the document
 * (B-LT); without either it is INDETERMINATE (TRY_LATER). `offline` leaves the registry out, as a reader
 * outside the platform (or after it is gone) would validate an archived document.
 */
export async function verifyPdf(
  deps: PkiDeps,
  _ctx: RequestContext,
  input: { pdf: Uint8Array; validationTime?: Date; offline?: boolean },
): Promise<TVerificationReport> {
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
