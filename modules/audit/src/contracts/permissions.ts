import type { RoleGrants } from '@openprovince/platform/schema';

export const AUDIT_PERMISSIONS = {
  /** Read the audit log of one's own agency. */
  readOwnAgency: 'audit:read',
  /** Read the whole audit log and run verification. */
  readAll: 'audit:read-all',
} as const;

export const AUDIT_GRANTS = {
  auditor: [AUDIT_PERMISSIONS.readOwnAgency],
  system_admin: [AUDIT_PERMISSIONS.readAll],
} as const satisfies RoleGrants;
