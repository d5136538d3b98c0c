import type { RoleLabels } from '@openprovince/platform/schema';

/** The roles the audit module adds to the platform's role table (its manifest contributes them). */
export const AUDIT_ROLES = {
  auditor: { vi: 'Kiểm toán viên', en: 'Auditor' },
} as const satisfies RoleLabels;
