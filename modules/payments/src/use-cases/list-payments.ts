import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { PaymentStatus, TPaymentIntent } from '../contracts/index.ts';
import { toPaymentView } from '../domain/present-payment.ts';
import { canListPayments, listingScope } from '../policies.ts';
import { listPaymentIntentRows } from '../repositories/payment-intent.repository.ts';

/** The payments of the caller's agency (every agency's for province administrators and auditors). */
export async function listPayments(
  db: Db,
  ctx: RequestContext,
  input: { status?: PaymentStatus; reference?: string; limit?: number; offset?: number },
): Promise<{ items: TPaymentIntent[]; total: number }> {
  authorize(ctx.actor, canListPayments, undefined);
  const agencyId = listingScope(ctx.actor) ?? undefined;
  const { rows, total } = await listPaymentIntentRows(db, {
    agencyId,
    status: input.status,
    reference: input.reference,
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  return { items: rows.map(toPaymentView), total };
}
