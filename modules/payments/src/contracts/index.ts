import { Offset, type Static, Type } from '@openprovince/platform/schema';

export * from './permissions.ts';

export const PAYMENT_STATUSES = ['requested', 'paid', 'expired', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Phí (a fee for a service) and lệ phí (a charge for a state act) are budgeted differently (Law 97/2015/QH13). */
export const FEE_KINDS = ['fee', 'charge'] as const;

const Nullable = <T extends import('@openprovince/platform/schema').TSchema>(t: T) =>
  Type.Union([t, Type.Null()]);

export const FeeLineSchema = Type.Object(
  {
    /** Code in the procedure's fee table, when there is one. */
    code: Type.Optional(Type.String({ maxLength: 50 })),
    name: Type.String({ minLength: 1, maxLength: 300 }),
    kind: Type.Enum(FEE_KINDS),
    /** Whole đồng. */
    amount: Type.Integer({ minimum: 0, maximum: 10_000_000_000 }),
  },
  { additionalProperties: false },
);
export type TFeeLine = Static<typeof FeeLineSchema>;

export const PaymentIntentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  /** What the payment is for: the dossier code. */
  reference: Type.String(),
  agencyId: Type.String({ format: 'uuid' }),
  /** The transfer content the applicant's bank carries; payments are reconciled by it. */
  paymentCode: Type.String(),
  amount: Type.Integer(),
  currency: Type.Literal('VND'),
  lines: Type.Array(FeeLineSchema),
  status: Type.Enum(PAYMENT_STATUSES),
  version: Type.Integer(),
  /** EMVCo/VietQR payload to print as a QR code on the payment slip. */
  qrPayload: Type.String(),
  beneficiary: Type.Object({ bin: Type.String(), accountNumber: Type.String(), accountName: Type.String() }),
  expiresAt: Nullable(Type.String({ format: 'date-time' })),
  paidAt: Nullable(Type.String({ format: 'date-time' })),
  receiptNumber: Nullable(Type.String()),
  providerTransactionId: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});
export type TPaymentIntent = Static<typeof PaymentIntentSchema>;

export const PaymentListSchema = Type.Object({
  items: Type.Array(PaymentIntentSchema),
  total: Type.Integer(),
});

export const PaymentListQuerySchema = Type.Object({
  status: Type.Optional(Type.Enum(PAYMENT_STATUSES)),
  reference: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Offset),
});

/** What a payment gateway posts when money arrived; signed (header `x-payment-signature`). */
export const PaymentCallbackSchema = Type.Object(
  {
    /** The gateway's (or bank's) transaction id: callbacks are idempotent by it. */
    transactionId: Type.String({ minLength: 1, maxLength: 100 }),
    paymentCode: Type.String({ minLength: 1, maxLength: 25 }),
    amount: Type.Integer({ minimum: 1 }),
    paidAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type TPaymentCallback = Static<typeof PaymentCallbackSchema>;

export const PaymentCallbackHeadersSchema = Type.Object({
  /** `t=<unix seconds>,v1=<hex HMAC-SHA256>` */
  'x-payment-signature': Type.Optional(Type.String({ maxLength: 200 })),
});

export const PaymentCallbackResultSchema = Type.Object({
  status: Type.Literal('paid'),
  paymentId: Type.String({ format: 'uuid' }),
  reference: Type.String(),
  amount: Type.Integer(),
  receiptNumber: Type.String(),
  paidAt: Type.String({ format: 'date-time' }),
});
export type TPaymentCallbackResult = Static<typeof PaymentCallbackResultSchema>;

export const SimulatePaymentBodySchema = Type.Object(
  {
    /** Pay another amount than requested (to see the refusal). */
    amount: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const IntentParamsSchema = Type.Object({ intentId: Type.String({ format: 'uuid' }) });
