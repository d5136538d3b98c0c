import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { TPaymentIntent } from '../contracts/index.ts';
import { paymentNotFound, toPaymentView } from '../internal/view.ts';
import { canReadPayment } from '../policies.ts';
import { findPaymentIntent } from '../repositories/payment-intent.repository.ts';

export async function getPaymentIntent(
  db: Db,
  ctx: RequestContext,
  input: { id: string },
): Promise<TPaymentIntent> {
  const row = await findPaymentIntent(db, input.id);
  if (!row) throw paymentNotFound();
  authorize(ctx.actor, canReadPayment, { agencyId: row.agencyId });
  return toPaymentView(row);
}
