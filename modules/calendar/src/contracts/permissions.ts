import type { RoleGrants } from '@openprovince/platform/schema';

export const CALENDAR_PERMISSIONS = {
  /** Pre-fill, edit, confirm and import the province's work calendar; set any agency's office hours. */
  manage: 'calendar:manage',
  /** Set the office hours of one's own agency. */
  manageOwnOfficeHours: 'calendar:office-hours',
} as const;

export const CALENDAR_GRANTS = {
  system_admin: [CALENDAR_PERMISSIONS.manage],
  agency_admin: [CALENDAR_PERMISSIONS.manageOwnOfficeHours],
} as const satisfies RoleGrants;
