import type { RoleGrants } from '@openprovince/platform/schema';

export const IDENTITY_PERMISSIONS = {
  /** Create, change and close agencies anywhere in the directory. */
  manageAgencies: 'identity:agencies:manage',
  /** Manage officials' accounts of one's own agency. */
  manageOwnOfficials: 'identity:officials:manage',
  /** Manage officials' accounts of every agency. */
  manageAllOfficials: 'identity:officials:manage-all',
  /** See the officials of one's own agency. */
  readOwnOfficials: 'identity:officials:read',
} as const;

export const IDENTITY_GRANTS = {
  system_admin: [
    IDENTITY_PERMISSIONS.manageAgencies,
    IDENTITY_PERMISSIONS.manageAllOfficials,
    IDENTITY_PERMISSIONS.manageOwnOfficials,
    IDENTITY_PERMISSIONS.readOwnOfficials,
  ],
  agency_admin: [IDENTITY_PERMISSIONS.manageOwnOfficials, IDENTITY_PERMISSIONS.readOwnOfficials],
  leader: [IDENTITY_PERMISSIONS.readOwnOfficials],
  one_stop_officer: [IDENTITY_PERMISSIONS.readOwnOfficials],
  specialist: [IDENTITY_PERMISSIONS.readOwnOfficials],
  clerk: [IDENTITY_PERMISSIONS.readOwnOfficials],
  auditor: [IDENTITY_PERMISSIONS.readOwnOfficials],
  // The certificate officer names the official who will hold a personal certificate (Circular 185/2019 form 01).
  certificate_officer: [IDENTITY_PERMISSIONS.readOwnOfficials],
} as const satisfies RoleGrants;
