export { AUDIT_GRANTS, AUDIT_PERMISSIONS, AuditRecordSchema, type TAuditRecord } from './contracts/index.ts';
export { auditModule } from './module.ts';
export { auditRoutes } from './routes/audit.routes.ts';
export { listAuditRecords } from './use-cases/list-audit-records.ts';
export { type ObjectHistoryEntry, objectHistory } from './use-cases/object-history.ts';
export { type AuditEntry, recordAudit } from './use-cases/record-audit.ts';
export {
  type AuditProblem,
  type AuditVerification,
  type VerifyAuditChainInput,
  verifyAuditChain,
} from './use-cases/verify-audit-chain.ts';
