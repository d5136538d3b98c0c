/**
 * @openprovince/audit: the hash-chained audit log. Every module records in its own transaction
 * (`recordAudit`); the chain is verified by `verifyAuditChain` (CLI `audit verify`). Schemas in `/contracts`.
 */
export { auditModule } from './module.ts';
export { type ObjectHistoryEntry, objectHistory } from './use-cases/object-history.ts';
export { type AuditEntry, recordAudit } from './use-cases/record-audit.ts';
export {
  type AuditProblem,
  type AuditVerification,
  type VerifyAuditChainInput,
  verifyAuditChain,
} from './use-cases/verify-audit-chain.ts';
