import type { RoleGrants } from '@openprovince/platform/schema';

export const GEOGRAPHY_PERMISSIONS = {
  /** Load or reload the administrative-geography reference data. Reading it needs no permission. */
  manage: 'geography:manage',
} as const;

export const GEOGRAPHY_GRANTS = {
  system_admin: [GEOGRAPHY_PERMISSIONS.manage],
} as const satisfies RoleGrants;
