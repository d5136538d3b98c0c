import type { RoleGrants } from '@openprovince/platform/schema';

export const SERVICES_PERMISSIONS = {
  /** Create, change and retire any procedure of the province's catalogue. */
  manage: 'services:manage',
  /** Create, change and retire the procedures one's own agency is responsible for. */
  manageOwn: 'services:manage-own',
} as const;

export const SERVICES_GRANTS = {
  system_admin: [SERVICES_PERMISSIONS.manage],
  agency_admin: [SERVICES_PERMISSIONS.manageOwn],
} as const satisfies RoleGrants;
