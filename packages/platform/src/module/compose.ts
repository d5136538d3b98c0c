/**
 * What the composition root derives from the MODULES list: the role table, grants, the order in which the
 * demo seeds run. Pure functions, tested here; apps/api does the wiring.
 */
import { isRoleName, ROLE_NAME_PATTERN } from '../context/roles.ts';
import type { RoleGrants, RoleLabels } from '../schema/index.ts';
import type { ModuleManifest } from './define-module.ts';

/**
 * Roles of all modules: the open role table. A role declared twice must carry the same label (a module may
 * grant into it); a name outside the role-name shape is refused here, at start-up, not at the first grant.
 */
export function mergeRoles(modules: readonly Pick<ModuleManifest, 'name' | 'roles'>[]): RoleLabels {
  const out: Record<string, { vi: string; en: string }> = {};
  const owner: Record<string, string> = {};
  for (const m of modules) {
    for (const [role, label] of Object.entries(m.roles ?? {})) {
      if (!isRoleName(role)) {
        throw new Error(`Role "${role}" of ${m.name} is not a role name (${ROLE_NAME_PATTERN})`);
      }
      if (out[role] && (out[role].vi !== label.vi || out[role].en !== label.en)) {
        throw new Error(`Role "${role}" is declared by ${owner[role]} and ${m.name} with different names`);
      }
      out[role] = label;
      owner[role] ??= m.name;
    }
  }
  return out;
}

/** Every grant must name a declared role: a typo would otherwise grant nothing, silently. */
export function checkGrants(
  modules: readonly Pick<ModuleManifest, 'name' | 'grants'>[],
  roles: RoleLabels,
): string[] {
  const problems: string[] = [];
  for (const m of modules) {
    for (const role of Object.keys(m.grants ?? {})) {
      if (!(role in roles)) problems.push(`${m.name} grants permissions to the undeclared role "${role}"`);
    }
  }
  return problems;
}

export function allGrants(modules: readonly Pick<ModuleManifest, 'grants'>[]): RoleGrants[] {
  return modules.flatMap((m) => (m.grants ? [m.grants] : []));
}

/** Module names in an order where each seed runs after the seeds it declares (stable otherwise). */
export function seedOrder(modules: readonly Pick<ModuleManifest<never>, 'name' | 'seed'>[]): string[] {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`Seed order has a cycle: ${[...path, name].join(' → ')}`);
    const m = byName.get(name);
    if (!m) throw new Error(`Seed of ${path.at(-1)} runs after "${name}", which is not a module`);
    visiting.add(name);
    for (const before of m.seed?.after ?? []) visit(before, [...path, name]);
    visiting.delete(name);
    done.add(name);
    if (m.seed) order.push(name);
  };
  for (const m of modules) visit(m.name, []);
  return order;
}
