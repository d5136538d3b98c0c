import type { RoleGrants } from '@openprovince/platform/schema';

export const PORTAL_PERMISSIONS = {
  /** Write, publish and unpublish the news posts of one's own agency (its component site or the portal). */
  edit: 'portal:edit',
  /** The portal's editorial board: posts of every agency. */
  editAll: 'portal:edit-all',
} as const;

export const PORTAL_GRANTS = {
  system_admin: [PORTAL_PERMISSIONS.editAll, PORTAL_PERMISSIONS.edit],
  portal_editor: [PORTAL_PERMISSIONS.edit],
} as const satisfies RoleGrants;
