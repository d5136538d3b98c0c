import { authorize, type RequestContext } from '@openprovince/platform';
import type { PaymentDeps } from '../deps.ts';
import { paymentNotFound } from '../domain/present-payment.ts';
import { canReadPayment } from '../policies.ts';
import { findPaymentIntent, type PaymentIntentRow } from '../repositories/payment-intent.repository.ts';

/**
 * A payment the caller may see, or 404 whether it is missing or someone else's. Reading it and paying it
 * through the simulator share this one scope. The payer is asked for only when a citizen calls.
 */
export async function loadVisiblePayment(
  deps: PaymentDeps,
  ctx: RequestContext,
  id: string,
): Promise<PaymentIntentRow> {
  const row = await findPaymentIntent(deps.db, id);
  if (!row) throw paymentNotFound();
  const payerCitizenId =
    ctx.actor.kind === 'citizen' && deps.payers ? await deps.payers.citizenIdFor(row.reference) : null;
  authorize(ctx.actor, canReadPayment, { agencyId: row.agencyId, payerCitizenId });
  return row;
}
