import { qrPng } from '@openprovince/pdf';
import { AppError, type RequestContext } from '@openprovince/platform';
import type { DossierDeps } from '../deps.ts';
import { loadVisibleDossier } from './load-dossier.ts';

/**
 * The open fee request's VietQR code as a PNG image (the EMVCo payload any Vietnamese banking app reads),
 * for those who may see the dossier; 404 when no payment is requested.
 */
export async function getPaymentQr(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<{ fileName: string; bytes: Buffer }> {
  const d = await loadVisibleDossier(deps.db, ctx, input.id);
  if (!d.paymentRequest) {
    throw new AppError('NOT_FOUND', {
      detail: 'Hồ sơ không có yêu cầu nộp phí đang chờ',
      detailEn: 'The dossier has no open payment request',
    });
  }
  return { fileName: `${d.code}-vietqr.png`, bytes: await qrPng(d.paymentRequest.qrPayload, 320) };
}
