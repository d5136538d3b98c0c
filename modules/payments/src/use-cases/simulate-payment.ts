import { AppError, type RequestContext } from '@openprovince/platform';
import { isSimulator } from '../adapters/providers/payment-provider.ts';
import type { TPaymentCallbackResult } from '../contracts/index.ts';
import type { PaymentDeps } from '../deps.ts';
import { loadVisiblePayment } from './load-payment.ts';
import { receiveCallback } from './receive-callback.ts';

/**
 * The local gateway "pays" an intent: it signs a callback as a bank would and delivers it through the
 * same verification as real callbacks. Only when the configured provider is the simulator, and only for
 * someone who may see the payment (its citizen, or the collecting agency's officials): another agency's
 * payment is a 404 here as on GET, so nobody moves a dossier they cannot see.
 */
export async function simulatePayment(
  deps: PaymentDeps,
  ctx: RequestContext,
  input: { intentId: string; amount?: number },
): Promise<TPaymentCallbackResult> {
  const provider = deps.provider;
  if (!isSimulator(provider)) {
    throw new AppError('SERVICE_UNAVAILABLE', {
      detail: 'Trình giả lập cổng thanh toán không được bật',
      detailEn: 'The payment gateway simulator is not enabled',
    });
  }
  const intent = await loadVisiblePayment(deps, ctx, input.intentId);
  const callback = provider.simulatePayment({
    paymentCode: intent.paymentCode,
    amount: input.amount ?? intent.amount,
    now: deps.now?.() ?? new Date(),
  });
  return receiveCallback(deps, ctx, callback);
}
