import type { RoleGrants } from '@openprovince/platform/schema';

export const STARTER_KIT_PERMISSIONS = {
  /** Write notes in one's own agency. */
  write: 'starter-kit:write',
} as const;

/** Which roles (of any module) get which permission of this module. */
export const STARTER_KIT_GRANTS = {
  system_admin: [STARTER_KIT_PERMISSIONS.write],
} as const satisfies RoleGrants;
