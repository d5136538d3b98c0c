import type { RequestContext } from '@openprovince/platform';
import type { TPaymentIntent } from '../contracts/index.ts';
import type { PaymentDeps } from '../deps.ts';
import { toPaymentView } from '../domain/present-payment.ts';
import { loadVisiblePayment } from './load-payment.ts';

/** One payment request: for the citizen who owes it, or officials of the collecting agency (404 otherwise). */
export async function getPaymentIntent(
  deps: PaymentDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<TPaymentIntent> {
  return toPaymentView(await loadVisiblePayment(deps, ctx, input.id));
}
