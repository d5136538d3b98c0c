import type { RequestContext } from '@openprovince/platform';
import type { TVerificationReport } from '../contracts/index.ts';
import { ensureProvinceCa, lookupSerial } from '../internal/ca.ts';
import type { PkiDeps } from '../pki-deps.ts';
import { verifyPdfSignatures } from '../verify/verify-pdf.ts';

/**
 * Verifies the signatures of a PDF (public). Trust anchor: the province root only. Revocation comes from
 * the registry for certificates of our issuing CA; anything else is INDETERMINATE (TRY_LATER).
 */
export async function verifyPdf(
  deps: PkiDeps,
  _ctx: RequestContext,
  input: { pdf: Uint8Array; validationTime?: Date },
): Promise<TVerificationReport> {
  const ca = await ensureProvinceCa(deps);
  const issuingDer = Buffer.from(ca.issuing.certificate.rawData);
  return verifyPdfSignatures(input.pdf, {
    trustAnchors: [ca.root.certificate.rawData],
    intermediates: [ca.issuing.certificate.rawData],
    validationTime: input.validationTime ?? deps.now(),
    revocation: async (cert, issuer) => {
      if (Buffer.from(issuer.rawData).equals(issuingDer)) return lookupSerial(deps.db, cert.serialNumber);
      if (Buffer.from(cert.rawData).equals(issuingDer)) return { status: 'good' };
      return 'unavailable';
    },
  });
}
