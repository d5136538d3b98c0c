import type { RoleGrants } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_PERMISSIONS } from './contracts/index.ts';
import { totpAt } from './domain/security/totp.ts';
import {
  buildIdentityTestApp,
  makeAgency,
  makeOfficial,
  sessionCookieFrom,
  TEST_PASSWORD,
  TEST_ROLES,
} from './testing/index.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';
/** Another module's grants, as the composition root would merge them. */
const OTHER_MODULE: RoleGrants = { clerk: ['documents:issue'], leader: ['documents:sign', 'documents:read'] };

interface RoleRow {
  name: string;
  nameVi: string;
  nameEn: string;
  requiresSecondFactor: boolean;
  permissions: string[];
}

/**
 * GET /api/roles: the role table the sessions use, for account administrators only (authorization).
 */
describe('authorization: the roles table (GET /api/roles)', () => {
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof buildIdentityTestApp>>;
  const cookies: Record<'system' | 'agency' | 'specialist', string> = {
    system: '',
    agency: '',
    specialist: '',
  };

  async function signIn(username: string, totp?: string): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD, ...(totp ? { totp } : {}) },
    });
    expect(res.statusCode, res.body).toBe(200);
    return sessionCookieFrom(res);
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    const agency = await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP' });
    await makeOfficial(t.db, {
      agencyId: agency.id,
      roles: ['system_admin'],
      username: 'quantri.tinh',
      totpSecret: SECRET,
    });
    await makeOfficial(t.db, {
      agencyId: agency.id,
      roles: ['agency_admin'],
      username: 'quantri.stp',
      totpSecret: SECRET,
    });
    await makeOfficial(t.db, { agencyId: agency.id, roles: ['specialist'], username: 'chuyenvien.stp' });
    app = await buildIdentityTestApp(t.db, { grants: [OTHER_MODULE] });
    const code = totpAt(SECRET, new Date());
    cookies.system = await signIn('quantri.tinh', code);
    cookies.agency = await signIn('quantri.stp', code);
    cookies.specialist = await signIn('chuyenvien.stp');
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('lists every role with its Vietnamese name and the permissions merged from every module', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/roles', headers: { cookie: cookies.system } });
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: RoleRow[] }).items;
    expect(items.map((r) => r.name)).toEqual(Object.keys(TEST_ROLES));
    const byName = new Map(items.map((r) => [r.name, r]));
    expect(byName.get('specialist')?.nameVi).toBe('Chuyên viên');
    expect(byName.get('clerk')?.nameVi).toBe('Văn thư');
    expect(byName.get('system_admin')?.requiresSecondFactor).toBe(true);
    expect(byName.get('agency_admin')?.requiresSecondFactor).toBe(true);
    expect(byName.get('leader')?.requiresSecondFactor).toBe(false);
    // identity's own grants and another module's, merged and sorted
    expect(byName.get('leader')?.permissions).toEqual([
      'documents:read',
      'documents:sign',
      IDENTITY_PERMISSIONS.readOwnOfficials,
    ]);
    expect(byName.get('clerk')?.permissions).toContain('documents:issue');
    expect(byName.get('system_admin')?.permissions).toContain(IDENTITY_PERMISSIONS.manageAllOfficials);
    expect(byName.get('agency_admin')?.permissions).not.toContain(IDENTITY_PERMISSIONS.manageAllOfficials);
    // a role nobody granted anything to is still listed, with no permissions
    expect(byName.get('portal_editor')?.permissions).toEqual([]);
  });

  it('lets an agency administrator read the table too (they hand out roles in their agency)', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/roles', headers: { cookie: cookies.agency } });
    expect(res.statusCode).toBe(200);
    expect((res.json() as { items: RoleRow[] }).items).toHaveLength(Object.keys(TEST_ROLES).length);
  });

  it('refuses an official without an account-administration permission (403) and anonymous callers (401)', async () => {
    const specialist = await app.inject({
      method: 'GET',
      url: '/api/roles',
      headers: { cookie: cookies.specialist },
    });
    expect(specialist.statusCode).toBe(403);
    expect(specialist.headers['content-type']).toContain('application/problem+json');
    const anonymous = await app.inject({ method: 'GET', url: '/api/roles' });
    expect(anonymous.statusCode).toBe(401);
  });
});
