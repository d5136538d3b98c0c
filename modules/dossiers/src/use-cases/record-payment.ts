import { recordAudit } from '@openprovince/audit';
import { handle, type JobHandler, PAYMENT_RECEIVED, type PaymentReceivedJob } from '@openprovince/jobs';
import { systemActor } from '@openprovince/platform';
import type { DossierDeps } from '../deps.ts';
import { findDossierByCode, updateDossierVersioned } from '../repositories/dossier.repository.ts';
import { applyTransition } from './apply-transition.ts';

/**
 * A verified payment (enqueued by the payments module) is recorded on the dossier named by its reference,
 * and a dossier waiting for payment goes back to processing. Idempotent: a payment already recorded is
 * ignored, so a retried job changes nothing.
 */
export async function recordPayment(
  deps: DossierDeps,
  job: PaymentReceivedJob,
): Promise<'recorded' | 'duplicate' | 'unknown'> {
  const ctx = { actor: systemActor('dossiers.payment-received'), requestId: `job:payment:${job.paymentId}` };
  return deps.db.transaction(async (tx) => {
    const d = await findDossierByCode(tx, job.reference, { forUpdate: true });
    if (!d) return 'unknown';
    if (d.payments.some((p) => p.paymentId === job.paymentId)) return 'duplicate';
    const payment = {
      paymentId: job.paymentId,
      amount: job.amount,
      paidAt: job.paidAt,
      receiptNumber: job.receiptNumber,
    };
    if (d.state === 'payment_requested') {
      await applyTransition(tx, deps, ctx, { current: d, action: 'payment_received', payment, note: null });
    } else {
      // Paid in another state (early, or twice): keep the receipt; the state is not the payment's to change.
      await updateDossierVersioned(tx, {
        id: d.id,
        expectedVersion: d.version,
        set: { payments: [...d.payments, payment] },
        now: deps.now(),
      });
      await recordAudit(tx, ctx, {
        action: 'dossier.payment.record',
        objectType: 'dossier',
        objectId: d.id,
        agencyId: d.agencyId,
        summary: { code: d.code, paymentId: job.paymentId, state: d.state },
      });
    }
    return 'recorded';
  });
}

/** The job handlers the dossiers module owns, for the composition root's worker. */
export function dossierJobHandlers(deps: DossierDeps): Record<string, JobHandler> {
  return handle(PAYMENT_RECEIVED, async (payload) => {
    await recordPayment(deps, payload);
  });
}
