import { authorize, type RequestContext } from '@openprovince/platform';
import type { TRole } from '../contracts/index.ts';
import { requiresSecondFactor } from '../contracts/roles.ts';
import type { IdentityDeps } from '../deps.ts';
import { canListRoles } from '../policies.ts';

/**
 * The platform's roles with their names and the permissions each grants. The table is the one sessions
 * use (every mounted module's roles and GRANTS, merged by the composition root), so the screen cannot
 * disagree with what the gates actually allow, and a module that adds a role appears here without any
 * change to identity. The account administrators' roles come first, then the others in module order.
 */
export function listRoles(
  deps: Pick<IdentityDeps, 'permissionsOf' | 'roles'>,
  ctx: RequestContext,
): { items: TRole[] } {
  authorize(ctx.actor, canListRoles, undefined);
  const names = Object.keys(deps.roles);
  const ordered = [...names.filter(requiresSecondFactor), ...names.filter((n) => !requiresSecondFactor(n))];
  return {
    items: ordered.map((name) => ({
      name,
      nameVi: deps.roles[name]!.vi,
      nameEn: deps.roles[name]!.en,
      requiresSecondFactor: requiresSecondFactor(name),
      permissions: [...deps.permissionsOf([name])].sort(),
    })),
  };
}
