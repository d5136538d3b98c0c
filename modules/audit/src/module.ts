import { defineModule, type SharedDeps } from '@openprovince/platform/module';
import { verifyAuditCommand } from './cli.ts';
import { AUDIT_GRANTS } from './contracts/index.ts';
import { AUDIT_ROLES } from './contracts/roles.ts';
import { auditRoutes } from './routes/audit.routes.ts';

export interface AuditDeps {
  db: SharedDeps['db'];
}

/** The hash-chained audit log every module writes in its own transactions. */
export const auditModule = defineModule({
  name: 'audit',
  description: { vi: 'Nhật ký kiểm toán chuỗi băm', en: 'Hash-chained audit log' },
  roles: AUDIT_ROLES,
  grants: AUDIT_GRANTS,
  deps: ({ db }): AuditDeps => ({ db }),
  routes: ({ db }) => auditRoutes(db),
  cli: {
    audit: { usage: 'audit verify [--anchor SEQ:HASH] [--json]', run: verifyAuditCommand },
  },
});
