import { recordAudit } from '@openprovince/audit';
import { enqueue, PAYMENT_RECEIVED, type PaymentReceivedJob } from '@openprovince/jobs';
import { AppError, type RequestContext, systemActor } from '@openprovince/platform';
import type { TPaymentCallback, TPaymentCallbackResult } from '../contracts/index.ts';
import type { PaymentDeps } from '../deps.ts';
import { paymentNotFound } from '../domain/present-payment.ts';
import {
  findByProviderTransaction,
  lockPaymentIntentByCode,
  markPaid,
  nextReceiptSequence,
  type PaymentIntentRow,
} from '../repositories/payment-intent.repository.ts';

export interface ReceiveCallbackInput {
  signature: string | undefined;
  body: TPaymentCallback;
}

/** Vietnam has used UTC+7 without daylight saving since 1975. */
const VN_OFFSET_MS = 7 * 3_600_000;

export function receiptNumberFor(year: number, sequence: number): string {
  return `BL${year}-${String(sequence).padStart(6, '0')}`;
}

function resultOf(row: PaymentIntentRow): TPaymentCallbackResult {
  return {
    status: 'paid',
    paymentId: row.id,
    reference: row.reference,
    amount: row.amount,
    receiptNumber: row.receiptNumber!,
    paidAt: row.paidAt!.toISOString(),
  };
}

function amountRefused(expected: number, got: number): AppError {
  return new AppError('BUSINESS_RULE_VIOLATED', {
    detail: `Số tiền thanh toán (${got}) khác số tiền yêu cầu (${expected})`,
    detailEn: `The amount paid (${got}) differs from the amount requested (${expected})`,
  });
}

/**
 * A gateway tells us money arrived. Verified (signature, freshness) before anything is read; idempotent by
 * the gateway's transaction id: a replay answers the same 200, a replay with another amount 422. On the
 * first arrival, in one transaction: mark the intent paid, issue the year's next receipt number, audit, and
 * enqueue `dossiers.payment-received` for the dossiers module.
 */
export async function receiveCallback(
  deps: PaymentDeps,
  ctx: RequestContext,
  input: ReceiveCallbackInput,
): Promise<TPaymentCallbackResult> {
  const now = deps.now?.() ?? new Date();
  deps.provider.verifyCallback({ signature: input.signature, body: input.body, now });
  const body = input.body;
  const paidAt = new Date(body.paidAt);
  if (Number.isNaN(paidAt.getTime())) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Thời điểm thanh toán không hợp lệ',
      detailEn: 'Invalid paidAt',
    });
  }
  // The gateway acts: the audit names it, whoever carried the request.
  const gatewayCtx: RequestContext = { ...ctx, actor: systemActor(`payments.${deps.provider.name}`) };
  const provider = deps.provider.name;

  return deps.db.transaction(async (tx) => {
    const replay = await findByProviderTransaction(tx, provider, body.transactionId);
    if (replay) {
      if (replay.paymentCode !== body.paymentCode || replay.amount !== body.amount) {
        throw amountRefused(replay.amount, body.amount);
      }
      return resultOf(replay);
    }
    const intent = await lockPaymentIntentByCode(tx, body.paymentCode);
    if (!intent) throw paymentNotFound();
    // A concurrent delivery of the same callback committed while we waited for the lock.
    if (intent.providerTransactionId === body.transactionId && intent.provider === provider) {
      if (intent.amount !== body.amount) throw amountRefused(intent.amount, body.amount);
      return resultOf(intent);
    }
    if (body.amount !== intent.amount) throw amountRefused(intent.amount, body.amount);
    if (intent.status === 'paid') {
      throw new AppError('CONFLICT', {
        detail: `Yêu cầu ${intent.paymentCode} đã được thanh toán (biên lai ${intent.receiptNumber}); khoản trùng cần hoàn trả`,
        detailEn: `Already paid (receipt ${intent.receiptNumber}); the duplicate transfer must be refunded`,
      });
    }
    if (intent.status === 'cancelled') {
      throw new AppError('INVALID_STATE', {
        detail: 'Yêu cầu thanh toán đã bị hủy; khoản tiền cần hoàn trả',
        detailEn: 'The payment request was cancelled; the transfer must be refunded',
      });
    }
    // 'expired' is accepted: the money did arrive, and the applicant is owed a receipt.
    const year = new Date(paidAt.getTime() + VN_OFFSET_MS).getUTCFullYear();
    const receiptNumber = receiptNumberFor(year, await nextReceiptSequence(tx, year));
    const paid = await markPaid(tx, {
      id: intent.id,
      version: intent.version,
      provider,
      providerTransactionId: body.transactionId,
      paidAt,
      receiptNumber,
      now,
    });
    if (!paid) throw new AppError('VERSION_MISMATCH');
    await recordAudit(tx, gatewayCtx, {
      action: 'payments.paid',
      objectType: 'payment_intent',
      objectId: intent.id,
      agencyId: intent.agencyId,
      summary: {
        reference: intent.reference,
        amount: intent.amount,
        receiptNumber,
        provider,
        transactionId: body.transactionId,
        previousStatus: intent.status,
      },
    });
    const job: PaymentReceivedJob = {
      reference: intent.reference,
      paymentId: intent.id,
      amount: intent.amount,
      paidAt: paidAt.toISOString(),
      receiptNumber,
    };
    await enqueue(tx, PAYMENT_RECEIVED, job, { dedupeKey: `payments.paid:${intent.id}` });
    return resultOf(paid);
  });
}
