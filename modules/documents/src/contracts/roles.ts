import type { RoleLabels } from '@openprovince/platform/schema';

/** The roles the documents module adds to the platform's role table. */
export const DOCUMENTS_ROLES = {
  clerk: { vi: 'Văn thư', en: 'Clerk' },
} as const satisfies RoleLabels;
