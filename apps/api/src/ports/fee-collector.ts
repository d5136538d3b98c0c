import type { FeeCollector } from '@openprovince/dossiers';
import { createPaymentIntent } from '@openprovince/payments';

/** The dossiers module's fee port over the payments module: a VietQR payment request per dossier. */
export function feeCollector(): FeeCollector {
  return {
    async requestPayment(tx, ctx, input) {
      const intent = await createPaymentIntent(tx, ctx, {
        reference: input.reference,
        agencyId: input.agencyId,
        // Decree 45/2020 distinguishes charges (lệ phí) from fees (phí); the catalogue names tell which.
        lines: input.lines.map((l) => ({
          name: l.name,
          amount: l.amount,
          kind: /lệ phí/i.test(l.name) ? ('charge' as const) : ('fee' as const),
        })),
      });
      return {
        paymentId: intent.id,
        paymentCode: intent.paymentCode,
        amount: intent.amount,
        qrPayload: intent.qrPayload,
      };
    },
  };
}
