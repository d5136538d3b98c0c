import type { RoleLabels } from '@openprovince/platform/schema';

/** The roles the pki module adds to the platform's role table. */
export const PKI_ROLES = {
  certificate_officer: { vi: 'Cán bộ quản lý chứng thư số', en: 'Certificate officer' },
} as const satisfies RoleLabels;
