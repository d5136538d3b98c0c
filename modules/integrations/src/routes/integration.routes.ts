import type { Db } from '@openprovince/db';
import { errorResponses, type HttpApp } from '@openprovince/platform';
import {
  INTEGRATIONS_PERMISSIONS,
  OutboundMessageListSchema,
  OutboundMessageQuerySchema,
} from '../contracts/index.ts';
import { listNationalPortalMessages } from '../use-cases/list-outbound-messages.ts';

const tags = ['integrations'];

export function integrationRoutes(deps: { db: Db }) {
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/integrations/national-portal/messages',
      {
        config: { access: { permission: INTEGRATIONS_PERMISSIONS.read } },
        schema: {
          tags,
          summary:
            'Các bản tin đồng bộ trạng thái hồ sơ lên Cổng DVC quốc gia / Dossier status messages for the national portal',
          querystring: OutboundMessageQuerySchema,
          response: { 200: OutboundMessageListSchema, ...errorResponses },
        },
      },
      async (request) => listNationalPortalMessages(deps.db, request.ctx, request.query),
    );
  };
}
