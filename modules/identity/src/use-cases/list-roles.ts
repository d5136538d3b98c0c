import {
  authorize,
  type RequestContext,
  ROLE_NAMES,
  ROLES,
  ROLES_REQUIRING_SECOND_FACTOR,
} from '@openprovince/platform';
import type { TRole } from '../contracts/index.ts';
import type { IdentityDeps } from '../deps.ts';
import { canListRoles } from '../policies.ts';

/**
 * The platform's roles with their names and the permissions each grants. The table is the one sessions
 * use (every mounted module's GRANTS, merged by the composition root), so the screen cannot disagree
 * with what the gates actually allow.
 */
export function listRoles(
  deps: Pick<IdentityDeps, 'permissionsOf'>,
  ctx: RequestContext,
): { items: TRole[] } {
  authorize(ctx.actor, canListRoles, undefined);
  return {
    items: ROLE_NAMES.map((name) => ({
      name,
      nameVi: ROLES[name].vi,
      nameEn: ROLES[name].en,
      requiresSecondFactor: ROLES_REQUIRING_SECOND_FACTOR.includes(name),
      permissions: [...deps.permissionsOf([name])].sort(),
    })),
  };
}
