import type { Db } from '@openprovince/db';
import { mergeGrants, ROLE_NAMES, type Role, type RoleGrants } from '@openprovince/platform';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './security/session-policy.ts';
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './security/throttle.ts';

/**
 * What identity's use cases need besides the database: the role → permission table assembled by the
 * composition root from every module's GRANTS, and the session policy and the sign-in limits.
 */
export interface IdentityDeps {
  db: Db;
  permissionsOf: (roles: readonly string[]) => Set<string>;
  sessionPolicy: SessionPolicy;
  /** Sign-in throttling per account and per address (configured from the environment). */
  signInLimits: SignInLimits;
  now: () => Date;
}

export function createIdentityDeps(input: {
  db: Db;
  grants: RoleGrants[];
  sessionPolicy?: Partial<SessionPolicy>;
  signInLimits?: Partial<SignInLimits>;
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
    signInLimits: { ...DEFAULT_SIGN_IN_LIMITS, ...input.signInLimits },
    now: input.now ?? (() => new Date()),
  };
}
