import type { PlatformRole } from '../api/admin.api.ts';

export interface RoleOption {
  value: string;
  label: string;
  disabled: boolean;
}

/**
 * The checkboxes of the role picker, from the API's role table, in its order, labelled in the reader's
 * language. A role the official holds that the table no longer lists (its module was unmounted) stays, under
 * its code, so an administrator can see it and take it away. Only a province-wide administrator may tick
 * "system administrator"; for others it is shown but disabled, unless the official already holds it.
 */
export function roleOptions(input: {
  roles: readonly Pick<PlatformRole, 'name' | 'nameVi' | 'nameEn'>[];
  held: readonly string[];
  english: boolean;
  provinceWide: boolean;
}): RoleOption[] {
  const listed = new Set(input.roles.map((r) => r.name));
  const known = input.roles.map((role) => ({
    value: role.name,
    label: input.english ? role.nameEn : role.nameVi,
    disabled: role.name === 'system_admin' && !input.provinceWide && !input.held.includes(role.name),
  }));
  const unlisted = input.held
    .filter((name) => !listed.has(name))
    .map((name) => ({ value: name, label: name, disabled: false }));
  return [...known, ...unlisted];
}
