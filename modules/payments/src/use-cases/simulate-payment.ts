import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TPaymentCallbackResult } from '../contracts/index.ts';
import type { PaymentDeps } from '../deps.ts';
import { paymentNotFound } from '../internal/view.ts';
import { isSimulator } from '../providers/payment-provider.ts';
import { findPaymentIntent } from '../repositories/payment-intent.repository.ts';
import { receiveCallback } from './receive-callback.ts';

/**
 * The local gateway "pays" an intent: it signs a callback as a bank would and delivers it through the
 * same verification as real callbacks. Only when the configured provider is the simulator.
 */
export async function simulatePayment(
  deps: PaymentDeps,
  ctx: RequestContext,
  input: { intentId: string; amount?: number },
): Promise<TPaymentCallbackResult> {
  authorize(ctx.actor, (actor) => actor.kind !== 'anonymous', undefined);
  const provider = deps.provider;
  if (!isSimulator(provider)) {
    throw new AppError('SERVICE_UNAVAILABLE', {
      detail: 'Trình giả lập cổng thanh toán không được bật',
      detailEn: 'The payment gateway simulator is not enabled',
    });
  }
  const intent = await findPaymentIntent(deps.db, input.intentId);
  if (!intent) throw paymentNotFound();
  const callback = provider.simulatePayment({
    paymentCode: intent.paymentCode,
    amount: input.amount ?? intent.amount,
    now: deps.now?.() ?? new Date(),
  });
  return receiveCallback(deps, ctx, callback);
}
