/**
 * @openprovince/audit: the hash-chained audit log. Every module records in its own transaction
 * (`recordAudit`); the chain is verified by `verifyAuditChain` (CLI `audit verify`). Schemas in `/contracts`.
 * The door holds only what another workspace imports (issue 10 §3).
 */
export { auditModule } from './module.ts';
export { objectHistory } from './use-cases/object-history.ts';
export { recordAudit } from './use-cases/record-audit.ts';
export { verifyAuditChain } from './use-cases/verify-audit-chain.ts';
