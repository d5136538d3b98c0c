/**
 * @openprovince/payments: fees on a dossier, paid by VietQR bank transfer, confirmed by a signed and
 * idempotent gateway callback, with a receipt number (issue 3).
 */

export {
  CALLBACK_TOLERANCE_SECONDS,
  createPaymentProvider,
  isSimulator,
  localGatewaySimulator,
  type PaymentProvider,
  type PaymentSimulator,
  signCallback,
  signedWebhookProvider,
  verifySignature,
} from './adapters/providers/payment-provider.ts';
export { crc16CcittFalse, emvField, hasValidCrc, parseEmv } from './adapters/vietqr/emv.ts';
export {
  buildVietQrPayload,
  toTransferContent,
  VIETQR_GUID,
  VIETQR_SERVICE_ACCOUNT,
  type VietQrInput,
} from './adapters/vietqr/vietqr.ts';
export {
  FEE_KINDS,
  PAYMENT_STATUSES,
  PAYMENTS_GRANTS,
  PAYMENTS_PERMISSIONS,
  type PaymentStatus,
  type TFeeLine,
  type TPaymentCallback,
  type TPaymentCallbackResult,
  type TPaymentIntent,
} from './contracts/index.ts';
export type { PayerDirectory, PaymentDeps } from './deps.ts';
export { paymentsModule } from './module.ts';
export { paymentRoutes } from './routes/payment.routes.ts';
export { DEMO_COLLECTION_ACCOUNT, seedPaymentsDemo } from './seed/demo.ts';
export {
  type CreatePaymentIntentInput,
  createPaymentIntent,
  newPaymentCode,
} from './use-cases/create-payment-intent.ts';
export { getPaymentIntent } from './use-cases/get-payment-intent.ts';
export { listPayments } from './use-cases/list-payments.ts';
export {
  type ReceiveCallbackInput,
  receiptNumberFor,
  receiveCallback,
} from './use-cases/receive-callback.ts';
export { type SetCollectionAccountInput, setCollectionAccount } from './use-cases/set-collection-account.ts';
export { simulatePayment } from './use-cases/simulate-payment.ts';
