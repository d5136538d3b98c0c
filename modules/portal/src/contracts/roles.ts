import type { RoleLabels } from '@openprovince/platform/schema';

/** The roles the portal module adds to the platform's role table. */
export const PORTAL_ROLES = {
  /** Writes and publishes the agency's news on the provincial portal or its component site (Decree 42/2022). */
  portal_editor: { vi: 'Biên tập viên cổng thông tin', en: 'Portal editor' },
} as const satisfies RoleLabels;
