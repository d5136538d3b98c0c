import type { RoleLabels } from '@openprovince/platform/schema';

/**
 * The roles identity itself adds to the platform's role table: the account administrators. Other roles
 * come from the modules that use them (each manifest's `roles`), merged by the composition root.
 */
export const IDENTITY_ROLES = {
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  agency_admin: { vi: 'Quản trị cơ quan', en: 'Agency administrator' },
} as const satisfies RoleLabels;

/**
 * Roles whose holders must use a second factor (TOTP) to sign in: those who hand out roles and accounts.
 * Identity's rule, over its own roles only.
 */
export const ROLES_REQUIRING_SECOND_FACTOR: readonly (keyof typeof IDENTITY_ROLES)[] = [
  'system_admin',
  'agency_admin',
];

export function requiresSecondFactor(role: string): boolean {
  return (ROLES_REQUIRING_SECOND_FACTOR as readonly string[]).includes(role);
}
