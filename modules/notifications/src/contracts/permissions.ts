import type { RoleGrants } from '@openprovince/platform/schema';

export const NOTIFICATIONS_PERMISSIONS = {
  /** Read the log of messages sent and the local SMS outbox (operations, support). */
  read: 'notifications:read',
} as const;

export const NOTIFICATIONS_GRANTS = {
  system_admin: [NOTIFICATIONS_PERMISSIONS.read],
} as const satisfies RoleGrants;
