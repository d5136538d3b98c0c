import { totpAt } from '@openprovince/identity';
import { makeAgency, makeOfficial, sessionCookieFrom, TEST_PASSWORD } from '@openprovince/identity/testing';
import type { HttpApp } from '@openprovince/platform';
import { defineModule } from '@openprovince/platform/module';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { composePlatform } from '../src/modules.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';

/**
 * A throwaway module, declared here and nowhere else: its role, its grant and its route reach the platform
 * through its manifest only. Neither packages/platform nor identity knows the name `archivist`.
 */
const archivesModule = defineModule({
  name: 'archives',
  description: { vi: 'Lưu trữ (mô-đun thử)', en: 'Archives (test module)' },
  roles: { archivist: { vi: 'Cán bộ lưu trữ', en: 'Archivist' } },
  grants: { archivist: ['archives:read'] },
  // No deps of its own (typed unknown, as the composition root sees every module's deps).
  deps: (): unknown => ({}),
  routes: () => async (app: HttpApp) => {
    app.get('/api/archives/shelf', { config: { access: { permission: 'archives:read' } } }, async () => ({
      shelf: 'A1',
    }));
  },
});

interface RoleRow {
  name: string;
  nameVi: string;
  nameEn: string;
  requiresSecondFactor: boolean;
  permissions: string[];
}

/**
 * Roles are an open table composed from the manifests: a module adding a role is listed by GET /api/roles,
 * its role can be handed to an official and opens that module's gate (authorization), and a role no
 * mounted module declares is refused with a field error on `roles` (validation).
 */
describe('authorization and validation: a role a module contributes through its manifest', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let admin = '';
  let agencyId = '';

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
    const config = { ...testConfig(), rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 } };
    const platform = composePlatform({ db: t.db, config, extraModules: [archivesModule] });
    app = await buildApp({ db: t.db, config, platform });
    await app.ready();
    const agency = await makeAgency(t.db, { name: 'Sở Nội vụ', abbreviation: 'SNV' });
    agencyId = agency.id;
    await makeOfficial(t.db, { agencyId, roles: ['system_admin'], username: 'quantri', totpSecret: SECRET });
    admin = await signIn('quantri', totpAt(SECRET, new Date()));
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('lists the module role with its labels and its grants, beside the roles of the mounted modules', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/roles', headers: { cookie: admin } });
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as { items: RoleRow[] }).items;
    expect(items.find((r) => r.name === 'archivist')).toEqual({
      name: 'archivist',
      nameVi: 'Cán bộ lưu trữ',
      nameEn: 'Archivist',
      requiresSecondFactor: false,
      permissions: ['archives:read'],
    });
    // The account administrators first (identity's roles, the ones that need a second factor).
    expect(items.slice(0, 2).map((r) => [r.name, r.requiresSecondFactor])).toEqual([
      ['system_admin', true],
      ['agency_admin', true],
    ]);
    for (const role of ['clerk', 'specialist', 'auditor', 'portal_editor', 'certificate_officer']) {
      expect(items.map((r) => r.name)).toContain(role);
    }
  });

  it('hands the module role to a new official and to an existing one; the role opens the module route', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/officials',
      headers: { cookie: admin },
      payload: {
        username: 'luutru.snv',
        fullName: 'Trần Thị Lưu',
        agencyId,
        password: TEST_PASSWORD,
        roles: ['archivist'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ roles: ['archivist'] });

    const archivist = await signIn('luutru.snv');
    const shelf = await app.inject({
      method: 'GET',
      url: '/api/archives/shelf',
      headers: { cookie: archivist },
    });
    expect(shelf.statusCode, shelf.body).toBe(200);

    const other = await makeOfficial(t.db, { agencyId, roles: ['specialist'], username: 'chuyenvien.snv' });
    const before = await signIn('chuyenvien.snv');
    const refused = await app.inject({
      method: 'GET',
      url: '/api/archives/shelf',
      headers: { cookie: before },
    });
    expect(refused.statusCode).toBe(403);
    const granted = await app.inject({
      method: 'PATCH',
      url: `/api/officials/${other.id}`,
      headers: { cookie: admin, 'if-match': '"1"' },
      payload: { roles: ['specialist', 'archivist'] },
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({ roles: ['archivist', 'specialist'] });
    const after = await signIn('chuyenvien.snv');
    const opened = await app.inject({
      method: 'GET',
      url: '/api/archives/shelf',
      headers: { cookie: after },
    });
    expect(opened.statusCode).toBe(200);
  });

  it('refuses a role no mounted module declares, on create and on update, with a field error on roles (400)', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/officials',
      headers: { cookie: admin },
      payload: {
        username: 'thuthu.snv',
        fullName: 'Lê Văn Thư',
        agencyId,
        password: TEST_PASSWORD,
        roles: ['specialist', 'librarian'],
      },
    });
    expect(created.statusCode, created.body).toBe(400);
    expect(created.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = created.json() as { errors: { path: string; message: string; messageEn: string }[] };
    expect(problem.errors).toEqual([
      {
        path: '/body/roles',
        field: 'roles',
        message: 'Vai trò không có trên nền tảng: librarian',
        messageEn: 'No such role on the platform: librarian',
      },
    ]);
    // Nothing was created.
    const list = await app.inject({
      method: 'GET',
      url: '/api/officials?q=thuthu',
      headers: { cookie: admin },
    });
    expect((list.json() as { total: number }).total).toBe(0);

    const official = await makeOfficial(t.db, { agencyId, roles: ['clerk'], username: 'vanthu.snv' });
    const updated = await app.inject({
      method: 'PATCH',
      url: `/api/officials/${official.id}`,
      headers: { cookie: admin, 'if-match': '"1"' },
      payload: { roles: ['clerk', 'librarian'] },
    });
    expect(updated.statusCode, updated.body).toBe(400);
    expect((updated.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      '/body/roles',
    ]);
    // A name that is not even a role name is the schema's refusal, on the same field.
    const malformed = await app.inject({
      method: 'PATCH',
      url: `/api/officials/${official.id}`,
      headers: { cookie: admin, 'if-match': '"1"' },
      payload: { roles: ['Văn thư'] },
    });
    expect(malformed.statusCode).toBe(400);
    expect((malformed.json() as { errors: { path: string }[] }).errors[0]?.path).toMatch(/^\/body\/roles/);
  });
});
