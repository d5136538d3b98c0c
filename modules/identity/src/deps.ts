import { randomBytes } from 'node:crypto';
import type { Db } from '@openprovince/db';
import type { SharedDeps } from '@openprovince/platform/module';
import type { RoleGrants, RoleLabels } from '@openprovince/platform/schema';
import { IDENTITY_ROLES } from './contracts/roles.ts';
import { reauthKeyFrom } from './domain/reauth-proof.ts';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './domain/security/session-policy.ts';
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './domain/security/throttle.ts';

declare module '@openprovince/platform/module' {
  interface PlatformPorts {
    /**
     * The roles every module declares and the permissions each grants, merged by the composition root from
     * the MODULES list: identity turns a session's roles into permissions without knowing the modules.
     */
    roleTable: { roles: RoleLabels; grants: readonly RoleGrants[] };
  }
  interface ModuleConfig {
    /** Sign-in throttling per account and per address (SIGN_IN_*). */
    signIn: SignInLimits;
    /** Session cookies marked Secure (HTTPS only). */
    secureCookies: boolean;
    /** The local VNeID-like identity provider at /api/dev-idp (development and demos; never in production). */
    devIdentityProvider: boolean;
    /** The cookie signing secret; the re-authentication proofs' key is derived from it. */
    cookieSecret: string;
  }
}

/**
 * What identity's use cases need besides the database: the role → permission table assembled by the
 * composition root from every module's grants, and the session policy and the sign-in limits.
 */
export interface IdentityDeps {
  db: Db;
  permissionsOf: (roles: readonly string[]) => Set<string>;
  /**
   * The role table: every role that exists, with its label (the composition root merges the modules'
   * roles). Roles handed to an official must be in it; the roles list shows it.
   */
  roles: RoleLabels;
  sessionPolicy: SessionPolicy;
  /** Sign-in throttling per account and per address (configured from the environment). */
  signInLimits: SignInLimits;
  now: () => Date;
  /** How the routes set cookies and whether the development identity provider is mounted. */
  web: { secureCookies: boolean; devIdentityProvider: boolean };
  /** Signs re-authentication proofs (see domain/reauth-proof.ts). */
  reauthKey: Uint8Array;
}

export function createIdentityDeps(input: {
  db: Db;
  grants: readonly RoleGrants[];
  /**
   * The declared roles; a role outside them grants nothing and cannot be handed out. When absent (tools
   * and tests that build identity alone): identity's roles and every role the grants name, each labelled
   * by its name.
   */
  roles?: RoleLabels;
  sessionPolicy?: Partial<SessionPolicy>;
  signInLimits?: Partial<SignInLimits>;
  now?: () => Date;
  web?: Partial<IdentityDeps['web']>;
  /** A process-local random key when absent: proofs then hold only within this process (tests). */
  reauthKey?: Uint8Array;
}): IdentityDeps {
  const table = new Map<string, Set<string>>();
  for (const grants of input.grants) {
    for (const [role, permissions] of Object.entries(grants)) {
      if (input.roles && !(role in input.roles)) continue;
      const set = table.get(role) ?? new Set<string>();
      for (const p of permissions ?? []) set.add(p);
      table.set(role, set);
    }
  }
  const roles: RoleLabels =
    input.roles ??
    Object.fromEntries([
      ...Object.entries(IDENTITY_ROLES),
      ...[...table.keys()]
        .filter((role) => !Object.hasOwn(IDENTITY_ROLES, role))
        .map((role) => [role, { vi: role, en: role }]),
    ]);
  return {
    db: input.db,
    roles,
    permissionsOf: (roles) => {
      const out = new Set<string>();
      for (const role of roles) for (const p of table.get(role) ?? []) out.add(p);
      return out;
    },
    sessionPolicy: { ...DEFAULT_SESSION_POLICY, ...input.sessionPolicy },
    signInLimits: { ...DEFAULT_SIGN_IN_LIMITS, ...input.signInLimits },
    now: input.now ?? (() => new Date()),
    web: { secureCookies: false, devIdentityProvider: false, ...input.web },
    reauthKey: input.reauthKey ?? randomBytes(32),
  };
}

/** Identity's deps as the composition root builds them (see module.ts). */
export function identityDepsFrom(shared: SharedDeps): IdentityDeps {
  return createIdentityDeps({
    db: shared.db,
    grants: shared.ports.roleTable.grants,
    roles: shared.ports.roleTable.roles,
    signInLimits: shared.config.signIn,
    now: shared.now,
    web: {
      secureCookies: shared.config.secureCookies,
      devIdentityProvider: shared.config.devIdentityProvider,
    },
    // From configuration, so that a proof made by one instance (or before a restart) holds on another.
    reauthKey: reauthKeyFrom(shared.config.cookieSecret),
  });
}
