/**
 * The shape of a role, not the list of roles. Roles are contributed by modules (each manifest's `roles`,
 * labels declared in the module's own contracts) and merged by the composition root, so that a module
 * adding a role touches neither the platform nor identity. Which permissions a role grants is declared by
 * each module too (its `GRANTS`).
 */

/** A role's name: lower-case words joined by `_` (`one_stop_officer`). Checked when roles are merged. */
export const ROLE_NAME_PATTERN = '^[a-z][a-z0-9_]*$';

/** A role's name. Open: the composed role table, not the type, says which names exist. */
export type RoleName = string;

export function isRoleName(name: string): boolean {
  return new RegExp(ROLE_NAME_PATTERN).test(name);
}

/** A module's declaration of which permissions each role grants (role name → permission names). */
export type RoleGrants = Readonly<Record<string, readonly string[]>>;

/** Every role named in the grants, with the union of the permissions the grants give it. */
export function mergeGrants(...all: readonly RoleGrants[]): Map<RoleName, Set<string>> {
  const merged = new Map<RoleName, Set<string>>();
  for (const grants of all) {
    for (const [role, permissions] of Object.entries(grants)) {
      const set = merged.get(role) ?? new Set<string>();
      for (const p of permissions) set.add(p);
      merged.set(role, set);
    }
  }
  return merged;
}
