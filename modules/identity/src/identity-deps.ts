import type { Db } from '@openprovince/db';
import { mergeGrants, ROLE_NAMES, type Role, type RoleGrants } from '@openprovince/platform';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './security/session-policy.ts';
import { DEFAULT_THROTTLE, type ThrottlePolicy } from './security/throttle.ts';

/**
 * What identity's use cases need besides the database: the role → permission table assembled by the
 * composition root from every module's GRANTS, and the session and throttle policies.
 */
export interface IdentityDeps {
  db: Db;
  permissionsOf: (roles: readonly string[]) => Set<string>;
  sessionPolicy: SessionPolicy;
  throttlePolicy: ThrottlePolicy;
  now: () => Date;
}

export function createIdentityDeps(input: {
  db: Db;
  grants: RoleGrants[];
  sessionPolicy?: Partial<SessionPolicy>;
  throttlePolicy?: Partial<ThrottlePolicy>;
  now?: () => Date;
}): IdentityDeps {
  const table = mergeGrants(...input.grants);
  return {
    db: input.db,
    permissionsOf: (roles) => {
      const out = new Set<string>();
      for (const role of roles) {
        if ((ROLE_NAMES as readonly string[]).includes(role)) for (const p of table[role as Role]) out.add(p);
      }
      return out;
    },
    sessionPolicy: { ...DEFAULT_SESSION_POLICY, ...input.sessionPolicy },
    throttlePolicy: { ...DEFAULT_THROTTLE, ...input.throttlePolicy },
    now: input.now ?? (() => new Date()),
  };
}
