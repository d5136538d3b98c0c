import type { RoleGrants } from '@openprovince/platform/schema';

export const PKI_PERMISSIONS = {
  /** Handle certificate requests and certificates of one's own agency (certificate officer). */
  manage: 'pki:manage',
  /** Handle every agency's requests and certificates (the province CA's officers). */
  manageAll: 'pki:manage-all',
  /** Sign with the agency's organisation certificate (the clerk holds the organisation key, Decree 30/2020). */
  signOrganisation: 'pki:sign-organisation',
  /** Read certificate statistics for reports. */
  readStats: 'pki:stats',
} as const;

export const PKI_GRANTS = {
  certificate_officer: [PKI_PERMISSIONS.manage, PKI_PERMISSIONS.readStats],
  system_admin: [PKI_PERMISSIONS.manageAll, PKI_PERMISSIONS.readStats],
  clerk: [PKI_PERMISSIONS.signOrganisation],
  auditor: [PKI_PERMISSIONS.readStats],
} as const satisfies RoleGrants;
