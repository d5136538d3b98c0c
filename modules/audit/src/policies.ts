import { hasPermission, type Policy } from '@openprovince/platform';
import { AUDIT_PERMISSIONS } from './contracts/index.ts';

export const canReadAudit: Policy = (actor) =>
  hasPermission(actor, AUDIT_PERMISSIONS.readOwnAgency) || hasPermission(actor, AUDIT_PERMISSIONS.readAll);
