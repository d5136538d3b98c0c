import { defineModule } from '@openprovince/platform/module';
import { PAYMENTS_GRANTS } from './contracts/index.ts';
import { createPaymentDeps } from './deps.ts';
import { paymentRoutes } from './routes/payment.routes.ts';
import { seedPaymentsDemo } from './seed/demo.ts';

/** Fees paid by VietQR transfer, confirmed by a signed, idempotent gateway callback. */
export const paymentsModule = defineModule({
  name: 'payments',
  description: { vi: 'Thu phí, lệ phí qua VietQR', en: 'Fees paid by VietQR transfer' },
  grants: PAYMENTS_GRANTS,
  deps: createPaymentDeps,
  routes: paymentRoutes,
  seed: { demo: ({ db }, { ctx }) => seedPaymentsDemo(db, ctx) },
});
