import { AppError } from '@openprovince/platform';
import type { RoleLabels } from '@openprovince/platform/schema';

/**
 * Roles are an open list: the request schema checks only the shape of a name, and the composed role table
 * (every mounted module's roles) says which names exist. A name outside it would grant nothing, silently,
 * so it is refused as a field error on `roles`.
 */
export function assertKnownRoles(table: RoleLabels, roles: readonly string[]): void {
  const unknown = roles.filter((role) => !Object.hasOwn(table, role));
  if (unknown.length === 0) return;
  const names = unknown.join(', ');
  throw AppError.forField({
    path: '/body/roles',
    message: `Vai trò không có trên nền tảng: ${names}`,
    messageEn: `No such role on the platform: ${names}`,
  });
}
