import type { Db } from '@openprovince/db';
import { errorResponses, type HttpApp, Offset, Type } from '@openprovince/platform';
import { AUDIT_PERMISSIONS, AuditRecordSchema } from '../contracts/index.ts';
import { listAuditRecords } from '../use-cases/list-audit-records.ts';

export function auditRoutes(db: Db) {
  return async function register(app: HttpApp): Promise<void> {
    app.get(
      '/api/audit/records',
      {
        config: { access: { anyPermission: [AUDIT_PERMISSIONS.readOwnAgency, AUDIT_PERMISSIONS.readAll] } },
        schema: {
          tags: ['audit'],
          summary: 'Nhật ký kiểm toán / Audit log',
          querystring: Type.Object({
            objectType: Type.Optional(Type.String({ maxLength: 64 })),
            objectId: Type.Optional(Type.String({ maxLength: 128 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
            offset: Type.Optional(Offset),
          }),
          response: { 200: Type.Object({ items: Type.Array(AuditRecordSchema) }), ...errorResponses },
        },
      },
      async (request) => ({
        items: await listAuditRecords(db, request.ctx, request.query),
      }),
    );
  };
}
