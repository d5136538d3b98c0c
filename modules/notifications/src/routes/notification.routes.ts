import type { Db } from '@openprovince/db';
import { errorResponses, type HttpApp } from '@openprovince/platform';
import {
  LocalSmsListSchema,
  LocalSmsQuerySchema,
  NOTIFICATIONS_PERMISSIONS,
  SentMessageListSchema,
  SentMessageQuerySchema,
} from '../contracts/index.ts';
import { listLocalSms } from '../use-cases/list-local-sms.ts';
import { listSentMessages } from '../use-cases/list-sent-messages.ts';

const tags = ['notifications'];
const read = { permission: NOTIFICATIONS_PERMISSIONS.read } as const;

export function notificationRoutes(deps: { db: Db }) {
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/notifications/messages',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Nhật ký thông báo đã gửi (e-mail, SMS) / Log of notifications sent',
          querystring: SentMessageQuerySchema,
          response: { 200: SentMessageListSchema, ...errorResponses },
        },
      },
      async (request) => listSentMessages(deps.db, request.ctx, request.query),
    );

    app.get(
      '/api/notifications/local-sms',
      {
        config: { access: read },
        schema: {
          tags,
          summary: 'Hộp thư SMS cục bộ (môi trường phát triển) / Local SMS outbox (development)',
          querystring: LocalSmsQuerySchema,
          response: { 200: LocalSmsListSchema, ...errorResponses },
        },
      },
      async (request) => listLocalSms(deps.db, request.ctx, request.query),
    );
  };
}
