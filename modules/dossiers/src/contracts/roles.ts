import type { RoleLabels } from '@openprovince/platform/schema';

/** The roles the dossiers module adds to the platform's role table: the one-stop desk and the handling chain. */
export const DOSSIERS_ROLES = {
  one_stop_officer: { vi: 'Cán bộ một cửa', en: 'One-stop officer' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
} as const satisfies RoleLabels;
