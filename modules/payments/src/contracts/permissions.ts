import type { RoleGrants } from '@openprovince/platform/schema';

export const PAYMENTS_PERMISSIONS = {
  /** See the payments requested by one's own agency. */
  read: 'payments:read',
  /** See every agency's payments (province administrators, auditors). */
  readAll: 'payments:read-all',
  /** Set the accounts fees are collected into. */
  manage: 'payments:manage',
} as const;

export const PAYMENTS_GRANTS = {
  system_admin: [PAYMENTS_PERMISSIONS.read, PAYMENTS_PERMISSIONS.readAll, PAYMENTS_PERMISSIONS.manage],
  auditor: [PAYMENTS_PERMISSIONS.read, PAYMENTS_PERMISSIONS.readAll],
  agency_admin: [PAYMENTS_PERMISSIONS.read],
  leader: [PAYMENTS_PERMISSIONS.read],
  one_stop_officer: [PAYMENTS_PERMISSIONS.read],
} as const satisfies RoleGrants;
