import type { RoleGrants } from '@openprovince/platform/schema';

export const INTEGRATIONS_PERMISSIONS = {
  /** Read what was (or, locally, would have been) sent to outside systems. */
  read: 'integrations:read',
} as const;

export const INTEGRATIONS_GRANTS = {
  system_admin: [INTEGRATIONS_PERMISSIONS.read],
} as const satisfies RoleGrants;
