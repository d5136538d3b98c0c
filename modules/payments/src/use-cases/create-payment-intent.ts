import { randomBytes } from 'node:crypto';
import { recordAudit } from '@openprovince/audit';
import { type Db, inTransaction } from '@openprovince/db';
import { AppError, authorize, newId, nfc, type RequestContext } from '@openprovince/platform';
import { buildVietQrPayload } from '../adapters/vietqr/vietqr.ts';
import type { TFeeLine, TPaymentIntent } from '../contracts/index.ts';
import { toPaymentView } from '../domain/present-payment.ts';
import { canRequestPayment } from '../policies.ts';
import { findCollectionAccount, insertPaymentIntent } from '../repositories/payment-intent.repository.ts';

export interface CreatePaymentIntentInput {
  /** What the payment is for: the dossier code. */
  reference: string;
  /** The agency collecting (the one handling the dossier). */
  agencyId: string;
  lines: TFeeLine[];
  expiresAt?: Date | null;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `DVC` + 10 Crockford base-32 characters: survives banks' stripping of punctuation and accents. */
export function newPaymentCode(): string {
  const bytes = randomBytes(10);
  let code = 'DVC';
  for (const b of bytes) code += CROCKFORD[b & 31];
  return code;
}

/**
 * Requests payment of a dossier's fees. Called by other modules' use cases inside their own transaction
 * (`tx`), so the request exists exactly when their state change commits. The VietQR code names the
 * agency's collection account (or the province's default) and carries the payment code as content.
 */
export async function createPaymentIntent(
  tx: Db,
  ctx: RequestContext,
  input: CreatePaymentIntentInput,
): Promise<TPaymentIntent> {
  authorize(ctx.actor, canRequestPayment, { agencyId: input.agencyId });
  const amount = input.lines.reduce((sum, l) => sum + l.amount, 0);
  if (input.lines.length === 0 || !Number.isSafeInteger(amount) || amount <= 0) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: 'Tổng phí, lệ phí phải lớn hơn 0 đồng',
      detailEn: 'The fee lines must add up to more than 0 VND',
    });
  }
  if (input.lines.some((l) => !Number.isSafeInteger(l.amount) || l.amount < 0)) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Số tiền từng khoản phải là số nguyên đồng không âm',
      detailEn: 'Each fee line is a non-negative whole number of đồng',
    });
  }
  return inTransaction(tx, async (t) => {
    const account = await findCollectionAccount(t, input.agencyId);
    if (!account) {
      throw new AppError('BUSINESS_RULE_VIOLATED', {
        detail: 'Chưa cấu hình tài khoản thu phí cho cơ quan',
        detailEn: 'No collection account is configured for the agency',
      });
    }
    const now = new Date();
    const paymentCode = newPaymentCode();
    const row = {
      id: newId(),
      reference: nfc(input.reference),
      agencyId: input.agencyId,
      paymentCode,
      amount,
      lines: input.lines.map((l) => ({ ...l, name: nfc(l.name) })),
      status: 'requested' as const,
      version: 1,
      bin: account.bin,
      accountNumber: account.accountNumber,
      accountName: account.accountName,
      qrPayload: buildVietQrPayload({
        bin: account.bin,
        accountNumber: account.accountNumber,
        amount,
        purpose: paymentCode,
      }),
      expiresAt: input.expiresAt ?? null,
      provider: null,
      providerTransactionId: null,
      paidAt: null,
      receiptNumber: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertPaymentIntent(t, row);
    await recordAudit(t, ctx, {
      action: 'payments.requested',
      objectType: 'payment_intent',
      objectId: row.id,
      agencyId: input.agencyId,
      summary: { reference: row.reference, amount, paymentCode, lines: row.lines.length },
    });
    return toPaymentView(row);
  });
}
