import { createHash } from 'node:crypto';
import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { PkiDeps } from '../deps.ts';
import { canExtendSignatures } from '../policies.ts';
import { ensureProvinceCa } from './shared/ca.ts';
import { appendOurValidationData } from './shared/lt.ts';
import { verifyPdf } from './verify-pdf.ts';

export interface ExtendToLtResult {
  pdf: Uint8Array;
  /** How many signatures (made with our certificates) received validation data. */
  signatures: number;
  level: 'B-LT';
}

/**
 * Archiving an already signed document: PAdES B-T → B-LT by appending (incremental update, nothing signed
 * is touched) the chain, the current CRL and an OCSP answer for each signature made with one of our
 * certificates, so the document can be validated after our CRL / OCSP services are gone. Refused when a
 * signature fails verification now (we do not vouch for a broken or revoked-before-signing signature) or
 * none is ours.
 */
export async function extendToLt(
  deps: PkiDeps,
  ctx: RequestContext,
  input: { pdf: Uint8Array },
): Promise<ExtendToLtResult> {
  authorize(ctx.actor, canExtendSignatures, undefined);
  const report = await verifyPdf(deps, ctx, { pdf: input.pdf });
  if (report.indication === 'FAILED') {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Chữ ký số trong tài liệu không hợp lệ, không thể bổ sung dữ liệu kiểm tra để lưu trữ',
      detailEn: 'A signature in the document fails verification; validation data cannot be added',
      extra: { subIndications: report.signatures.map((s) => s.subIndication) },
    });
  }
  const ca = await ensureProvinceCa(deps);
  const extended = await appendOurValidationData({ deps, ctx, ca, pdf: input.pdf });
  if (!extended) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Tài liệu không có chữ ký số bằng chứng thư số do CA chuyên dùng của tỉnh cấp',
      detailEn: 'The document has no signature made with a certificate of the province CA',
    });
  }
  await deps.db.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'pki.pdf.extend-lt',
      objectType: 'pdf',
      objectId: createHash('sha256').update(input.pdf).digest('hex'),
      summary: { signatures: extended.signatures, bytes: extended.pdf.length },
    });
  });
  return { pdf: extended.pdf, signatures: extended.signatures, level: 'B-LT' };
}
