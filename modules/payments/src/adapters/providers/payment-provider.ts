import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '@openprovince/platform';
import type { TPaymentCallback } from '../../contracts/index.ts';

/**
 * A payment gateway, as the payments module sees it. Applicants pay by VietQR bank transfer, which needs
 * no gateway; the gateway (a bank's or an intermediary's account-notification service, or the national
 * portal's payment platform) tells us that money arrived, by a signed HTTPS callback.
 */
export interface PaymentProvider {
  readonly name: string;
  /** Verifies a callback's signature and freshness; throws UNAUTHENTICATED (401) otherwise. */
  verifyCallback(input: { signature: string | undefined; body: TPaymentCallback; now: Date }): void;
}

/** The local gateway simulator also produces callbacks, as a bank would after a transfer. */
export interface PaymentSimulator extends PaymentProvider {
  simulatePayment(input: { paymentCode: string; amount: number; now?: Date; transactionId?: string }): {
    signature: string;
    body: TPaymentCallback;
  };
}

/** Callbacks older (or newer) than this are refused: a captured callback cannot be replayed later. */
export const CALLBACK_TOLERANCE_SECONDS = 300;

/**
 * What is signed: the timestamp and the callback's fields in a fixed order, joined by '.'. Fixed fields
 * rather than the raw body, so that the JSON's spacing or key order cannot matter.
 */
export function signedText(t: number, body: TPaymentCallback): string {
  return [t, body.transactionId, body.paymentCode, body.amount, body.paidAt].join('.');
}

export function signCallback(secret: string, body: TPaymentCallback, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(signedText(t, body)).digest('hex');
  return `t=${t},v1=${v1}`;
}

function refused(detail: string, detailEn: string): AppError {
  return new AppError('UNAUTHENTICATED', { detail, detailEn });
}

export function verifySignature(input: {
  secret: string;
  signature: string | undefined;
  body: TPaymentCallback;
  now: Date;
  toleranceSeconds?: number;
}): void {
  const m = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(input.signature ?? '');
  if (!m) throw refused('Thiếu hoặc sai định dạng chữ ký', 'Missing or malformed x-payment-signature');
  const t = Number(m[1]);
  const age = Math.abs(input.now.getTime() / 1000 - t);
  if (age > (input.toleranceSeconds ?? CALLBACK_TOLERANCE_SECONDS)) {
    throw refused('Thông báo thanh toán đã quá hạn', 'The callback timestamp is not fresh');
  }
  const expected = createHmac('sha256', input.secret).update(signedText(t, input.body)).digest();
  const given = Buffer.from(m[2]!, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw refused('Chữ ký không hợp lệ', 'Invalid callback signature');
  }
}

/** A gateway that signs its callbacks with HMAC-SHA256 and a shared secret (the usual webhook scheme). */
export function signedWebhookProvider(input: { name?: string; secret: string }): PaymentProvider {
  if (input.secret.length < 16)
    throw new Error('The payment callback secret must have at least 16 characters');
  return {
    name: input.name ?? 'gateway',
    verifyCallback: ({ signature, body, now }) =>
      verifySignature({ secret: input.secret, signature, body, now }),
  };
}

/** Development and demonstration: pays any intent on request and signs the callback like a gateway. */
export function localGatewaySimulator(input: { secret: string }): PaymentSimulator {
  const base = signedWebhookProvider({ name: 'simulator', secret: input.secret });
  return {
    ...base,
    simulatePayment({ paymentCode, amount, now = new Date(), transactionId }) {
      const body: TPaymentCallback = {
        transactionId: transactionId ?? `SIM${randomBytes(8).toString('hex').toUpperCase()}`,
        paymentCode,
        amount,
        paidAt: now.toISOString(),
      };
      return { body, signature: signCallback(input.secret, body, now) };
    },
  };
}

export function isSimulator(provider: PaymentProvider): provider is PaymentSimulator {
  return typeof (provider as Partial<PaymentSimulator>).simulatePayment === 'function';
}

/** Chosen by configuration: the simulator on development machines, a signed-webhook gateway otherwise. */
export function createPaymentProvider(input: {
  simulator: boolean;
  secret: string;
  name?: string;
}): PaymentProvider {
  return input.simulator
    ? localGatewaySimulator({ secret: input.secret })
    : signedWebhookProvider({ secret: input.secret, ...(input.name ? { name: input.name } : {}) });
}
