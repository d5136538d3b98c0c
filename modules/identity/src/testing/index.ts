import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@openprovince/db';
import { AppError, type OfficialActor } from '@openprovince/platform';
import type { ReauthProofs } from '@openprovince/platform/module';
import { IDENTITY_GRANTS } from '../contracts/index.ts';
import { agencies } from '../db/schema.ts';
import { createIdentityDeps } from '../deps.ts';
import { agencySearchText, officialSearchText } from '../domain/normalise.ts';
import { readReauthProof, signReauthProof } from '../domain/reauth-proof.ts';
import { hashPassword } from '../domain/security/passwords.ts';
import { insertCitizen } from '../repositories/citizen.repository.ts';
import { insertOfficial } from '../repositories/official.repository.ts';

/** Factories for tests of any module: agencies and officials with sensible defaults (Outline-style). */
let seq = 0;

export async function makeAgency(
  db: Db,
  overrides: Partial<typeof agencies.$inferInsert> = {},
): Promise<typeof agencies.$inferSelect> {
  seq++;
  const name = overrides.name ?? `Sở Thử nghiệm ${seq}`;
  const abbreviation = overrides.abbreviation ?? `STN${seq}`;
  const code =
    overrides.code ??
    `000.${String(seq % 100).padStart(2, '0')}.${String(Math.floor(Math.random() * 90) + 10)}.T${String(seq % 100).padStart(2, '0')}`;
  const [row] = await db
    .insert(agencies)
    .values({
      id: randomUUID(),
      code,
      abbreviation,
      name,
      kind: 'department',
      level: 'province',
      sector: 'state',
      validFrom: '2021-01-01',
      searchText: agencySearchText({ name, abbreviation, code }),
      ...overrides,
    })
    .returning();
  return row!;
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'Mật-khẩu-thử-2021';

export async function makeOfficial(
  db: Db,
  input: {
    agencyId: string;
    roles?: string[];
    username?: string;
    fullName?: string;
    totpSecret?: string | null;
  },
) {
  seq++;
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const username = input.username ?? `canbo${seq}`;
  const fullName = input.fullName ?? `Cán Bộ Số ${seq}`;
  const roles = input.roles ?? ['specialist'];
  const row = await insertOfficial(
    db,
    {
      username,
      fullName,
      agencyId: input.agencyId,
      passwordHash: await cachedHash,
      totpSecret: input.totpSecret ?? null,
      searchText: officialSearchText({ fullName, username }),
    },
    roles,
  );
  return { ...row, roles };
}

/** A citizen account (password TEST_PASSWORD) and the actor it signs in as. */
export async function makeCitizen(
  db: Db,
  input: { personalId?: string; fullName?: string; phone?: string | null; email?: string | null } = {},
) {
  seq++;
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const row = await insertCitizen(db, {
    personalId:
      input.personalId ??
      `0841${String(Date.now() % 1e6).padStart(6, '0')}${String(seq % 100).padStart(2, '0')}`,
    fullName: input.fullName ?? `Công Dân Số ${seq}`,
    phone: input.phone === undefined ? '0912345678' : input.phone,
    email: input.email === undefined ? null : input.email,
    passwordHash: await cachedHash,
  });
  return {
    ...row,
    actor: { kind: 'citizen' as const, citizenId: row.id, fullName: row.fullName },
  };
}

/** The actor a signed-in official would be, with the permissions the given grants give their roles. */
export function actorFor(
  official: { id: string; username: string; fullName: string; agencyId: string; roles: readonly string[] },
  grants: import('@openprovince/platform').RoleGrants[] = [IDENTITY_GRANTS],
): OfficialActor {
  const deps = createIdentityDeps({ db: undefined as unknown as Db, grants: [IDENTITY_GRANTS, ...grants] });
  return {
    kind: 'official',
    userId: official.id,
    username: official.username,
    fullName: official.fullName,
    agencyId: official.agencyId,
    roles: official.roles,
    permissions: deps.permissionsOf(official.roles),
  };
}

/**
 * The role table of identity's own tests: identity's roles and those the mounted platform's modules
 * declare, copied here because identity (rank 3) cannot import the modules above it. The real table is
 * composed from the manifests (apps/api composePlatform); apps/api/test/roles.db.test.ts checks that path.
 */
export const TEST_ROLES: import('@openprovince/platform/schema').RoleLabels = {
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  agency_admin: { vi: 'Quản trị cơ quan', en: 'Agency administrator' },
  one_stop_officer: { vi: 'Cán bộ một cửa', en: 'One-stop officer' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  clerk: { vi: 'Văn thư', en: 'Clerk' },
  certificate_officer: { vi: 'Cán bộ quản lý chứng thư số', en: 'Certificate officer' },
  auditor: { vi: 'Kiểm toán viên', en: 'Auditor' },
  portal_editor: { vi: 'Biên tập viên cổng thông tin', en: 'Portal editor' },
};

/**
 * A Fastify app with the platform, identity's routes (sign-in, directory, accounts) and any other routes
 * a module's test adds, with sessions resolved as in production. `grants` are the role grants of the
 * modules under test (identity's are always included).
 */
export async function buildIdentityTestApp(
  db: Db,
  options: {
    now?: () => Date;
    signInLimits?: Partial<import('../domain/security/throttle.ts').SignInLimits>;
    /** This site's public origins, for the cross-origin check (the request's Host is always accepted). */
    publicOrigins?: string[];
    trustProxy?: boolean | number | string[];
    grants?: import('@openprovince/platform').RoleGrants[];
    /** The role table (TEST_ROLES when absent). */
    roles?: import('@openprovince/platform/schema').RoleLabels;
    routes?: ((app: import('@openprovince/platform').HttpApp) => Promise<void>)[];
  } = {},
) {
  const { createHttpApp } = await import('@openprovince/platform');
  const { authRoutes } = await import('../routes/auth.routes.ts');
  const { agencyRoutes } = await import('../routes/agency.routes.ts');
  const { officialRoutes } = await import('../routes/official.routes.ts');
  const { roleRoutes } = await import('../routes/role.routes.ts');
  const { readSessionToken } = await import('../routes/session-cookie.ts');
  const { resolveSession } = await import('../use-cases/resolve-session.ts');
  const deps = createIdentityDeps({
    db,
    grants: [IDENTITY_GRANTS, ...(options.grants ?? [])],
    roles: options.roles ?? TEST_ROLES,
    ...(options.now ? { now: options.now } : {}),
    ...(options.signInLimits ? { signInLimits: options.signInLimits } : {}),
  });
  const app = await createHttpApp({
    cookieSecret: 'identity-test-secret-identity-test-secret',
    logLevel: 'silent',
    rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 },
    ...(options.publicOrigins ? { publicOrigins: options.publicOrigins } : {}),
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    resolveActor: async (request) => (await resolveSession(deps, { token: readSessionToken(request) })).actor,
  });
  for (const register of [
    authRoutes(deps, { secure: false }),
    agencyRoutes(deps),
    officialRoutes(deps),
    roleRoutes(deps),
    ...(options.routes ?? []),
  ]) {
    await register(app);
  }
  await app.ready();
  return app;
}

/** The `op_session` cookie from a login response, ready to send back. */
export function sessionCookieFrom(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((c) => c.name === 'op_session');
  if (!cookie) throw new Error('no session cookie in the response');
  return `op_session=${cookie.value}`;
}

/**
 * Re-authentication proofs for tests of signing modules: `prove` accepts any password (the test is not
 * about the password) and signs at `now()`; `proofFor` makes one for any official and instant.
 */
export function testReauthProofs(input: { now?: () => Date } = {}): ReauthProofs & {
  proofFor(officialId: string, at: Date): string;
} {
  const key = randomBytes(32);
  const now = input.now ?? (() => new Date());
  return {
    proofFor: (officialId, at) => signReauthProof(key, { officialId, at }),
    prove: async (ctx) => {
      if (ctx.actor.kind !== 'official') throw new AppError('FORBIDDEN');
      return signReauthProof(key, { officialId: ctx.actor.userId, at: now() });
    },
    verify: (proof, target) => readReauthProof(key, proof, target),
  };
}
