/**
 * @openprovince/payments: fees on a dossier, paid by VietQR bank transfer, confirmed by a signed and
 * idempotent gateway callback, with a receipt number (issue 3). Schemas are in `/contracts`.
 */
export type { PayerDirectory } from './deps.ts';
export { paymentsModule } from './module.ts';
export { seedPaymentsDemo } from './seed/demo.ts';
export { createPaymentIntent } from './use-cases/create-payment-intent.ts';
