import { errorResponses, type HttpApp, IdParams } from '@openprovince/platform';
import { isSimulator } from '../adapters/providers/payment-provider.ts';
import {
  IntentParamsSchema,
  PAYMENTS_PERMISSIONS,
  PaymentCallbackHeadersSchema,
  PaymentCallbackResultSchema,
  PaymentCallbackSchema,
  PaymentIntentSchema,
  PaymentListQuerySchema,
  PaymentListSchema,
  SimulatePaymentBodySchema,
} from '../contracts/index.ts';
import type { PaymentDeps } from '../deps.ts';
import { getPaymentIntent } from '../use-cases/get-payment-intent.ts';
import { listPayments } from '../use-cases/list-payments.ts';
import { receiveCallback } from '../use-cases/receive-callback.ts';
import { simulatePayment } from '../use-cases/simulate-payment.ts';

const tags = ['payments'];
const read = { permission: PAYMENTS_PERMISSIONS.read } as const;

/**
 * The simulator's route exists only when the configured provider is the local simulator (never in
 * production: apps/api's configuration refuses to start with it), and is scoped like GET /api/payments/:id.
 */
export function paymentRoutes(deps: PaymentDeps) {
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/payments',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Danh sách yêu cầu thanh toán phí, lệ phí / Fee payment requests',
          querystring: PaymentListQuerySchema,
          response: { 200: PaymentListSchema, ...errorResponses },
        },
      },
      async (request) => listPayments(deps.db, request.ctx, request.query),
    );

    app.get(
      '/api/payments/:id',
      {
        // The citizen who owes it, or the collecting agency's officials (the use case scopes: 404 otherwise).
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary:
            'Chi tiết yêu cầu thanh toán, mã VietQR, biên lai / A payment request, its VietQR code and receipt',
          params: IdParams,
          response: { 200: PaymentIntentSchema, ...errorResponses },
        },
      },
      async (request) => getPaymentIntent(deps, request.ctx, request.params),
    );

    app.post(
      '/api/payments/callback',
      {
        // The gateway's server calls it, from its own origin; the HMAC signature authenticates it.
        config: { access: 'public', crossOriginCallers: true },
        schema: {
          tags,
          summary:
            'Cổng thanh toán báo đã nhận tiền (có chữ ký) / Signed payment notification from the gateway',
          headers: PaymentCallbackHeadersSchema,
          body: PaymentCallbackSchema,
          response: { 200: PaymentCallbackResultSchema, ...errorResponses },
        },
      },
      async (request) =>
        receiveCallback(deps, request.ctx, {
          signature: request.headers['x-payment-signature'],
          body: request.body,
        }),
    );

    if (isSimulator(deps.provider)) {
      app.post(
        '/api/payments/simulator/:intentId/pay',
        {
          config: { access: 'authenticated' },
          schema: {
            tags,
            summary: 'Giả lập thanh toán (chỉ môi trường phát triển) / Simulate a payment (development only)',
            params: IntentParamsSchema,
            body: SimulatePaymentBodySchema,
            response: { 200: PaymentCallbackResultSchema, ...errorResponses },
          },
        },
        async (request) =>
          simulatePayment(deps, request.ctx, {
            intentId: request.params.intentId,
            amount: request.body?.amount,
          }),
      );
    }
  };
}
