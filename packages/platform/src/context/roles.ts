/**
 * The closed set of roles an official can hold. Which permissions a role grants is declared by each
 * module (its `GRANTS` export) and assembled by the composition root, so that identity does not need to
 * know the domain modules.
 */
export const ROLES = {
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  agency_admin: { vi: 'Quản trị cơ quan', en: 'Agency administrator' },
  one_stop_officer: { vi: 'Cán bộ một cửa', en: 'One-stop officer' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  clerk: { vi: 'Văn thư', en: 'Clerk' },
  certificate_officer: { vi: 'Cán bộ quản lý chứng thư số', en: 'Certificate officer' },
  auditor: { vi: 'Kiểm toán viên', en: 'Auditor' },
  /** Writes and publishes the agency's news on the provincial portal or its component site (Decree 42/2022). */
  portal_editor: { vi: 'Biên tập viên cổng thông tin', en: 'Portal editor' },
} as const;

export type Role = keyof typeof ROLES;

export const ROLE_NAMES = [
  'system_admin',
  'agency_admin',
  'one_stop_officer',
  'specialist',
  'leader',
  'clerk',
  'certificate_officer',
  'auditor',
  'portal_editor',
] as const satisfies readonly Role[];

/** Roles whose holders must use a second factor (TOTP) to sign in. */
export const ROLES_REQUIRING_SECOND_FACTOR: readonly Role[] = ['system_admin', 'agency_admin'];

/** A module's declaration of which permissions each role grants. */
export type RoleGrants = Partial<Record<Role, readonly string[]>>;

export function mergeGrants(...all: RoleGrants[]): Record<Role, Set<string>> {
  const merged = Object.fromEntries(ROLE_NAMES.map((r) => [r, new Set<string>()])) as Record<
    Role,
    Set<string>
  >;
  for (const grants of all) {
    for (const [role, permissions] of Object.entries(grants) as [Role, readonly string[]][]) {
      for (const p of permissions) merged[role].add(p);
    }
  }
  return merged;
}
