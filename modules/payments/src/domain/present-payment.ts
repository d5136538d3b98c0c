import { type Actor, AppError } from '@openprovince/platform';
import type { TPaymentIntent } from '../contracts/index.ts';
import type { PaymentIntentRow } from '../repositories/payment-intent.repository.ts';

export function toPaymentView(row: PaymentIntentRow): TPaymentIntent {
  return {
    id: row.id,
    reference: row.reference,
    agencyId: row.agencyId,
    paymentCode: row.paymentCode,
    amount: row.amount,
    currency: 'VND',
    lines: row.lines,
    status: row.status,
    version: row.version,
    qrPayload: row.qrPayload,
    beneficiary: { bin: row.bin, accountNumber: row.accountNumber, accountName: row.accountName },
    expiresAt: row.expiresAt?.toISOString() ?? null,
    paidAt: row.paidAt?.toISOString() ?? null,
    receiptNumber: row.receiptNumber,
    providerTransactionId: row.providerTransactionId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function paymentNotFound(): AppError {
  return new AppError('NOT_FOUND', {
    detail: 'Không tìm thấy yêu cầu thanh toán',
    detailEn: 'No such payment request',
  });
}

export function actorName(actor: Actor): string {
  return actor.kind === 'official' || actor.kind === 'citizen'
    ? actor.fullName
    : actor.kind === 'system'
      ? actor.name
      : 'anonymous';
}
