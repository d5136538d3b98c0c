import type { HttpApp } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actorFor,
  buildIdentityTestApp,
  makeAgency,
  makeOfficial,
  sessionCookieFrom,
  TEST_PASSWORD,
  TEST_ROLES,
} from './testing/index.ts';
import { getOfficial } from './use-cases/get-official.ts';
import { listOfficials } from './use-cases/list-officials.ts';
import { updateOfficial } from './use-cases/update-official.ts';

/**
 * Authorization: agency scoping. An official of agency A cannot read, list, search or change the accounts
 * of agency B — by id they get 404 (B's records do not exist for them), in lists they are simply absent.
 */
describe('authorization: agency scoping of officials', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let agencyA: Awaited<ReturnType<typeof makeAgency>>;
  let agencyB: Awaited<ReturnType<typeof makeAgency>>;
  let adminA: Awaited<ReturnType<typeof makeOfficial>>;
  let clerkA: Awaited<ReturnType<typeof makeOfficial>>;
  let officialB: Awaited<ReturnType<typeof makeOfficial>>;
  let cookieA: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    agencyA = await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT' });
    agencyB = await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP' });
    adminA = await makeOfficial(t.db, {
      agencyId: agencyA.id,
      roles: ['specialist'],
      username: 'quantri.a',
      fullName: 'Quản Trị A',
    });
    // agency_admin needs TOTP to sign in; for HTTP tests use a specialist + the use cases for the admin.
    clerkA = await makeOfficial(t.db, {
      agencyId: agencyA.id,
      roles: ['clerk'],
      fullName: 'Nguyễn Văn Bình',
    });
    officialB = await makeOfficial(t.db, {
      agencyId: agencyB.id,
      roles: ['clerk'],
      fullName: 'Nguyễn Văn Bảo',
    });
    app = await buildIdentityTestApp(t.db);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'quantri.a', password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    cookieA = sessionCookieFrom(login);
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('an official of agency A gets 404 reading an official of agency B by id', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/officials/${officialB.id}`,
      headers: { cookie: cookieA },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const own = await app.inject({
      method: 'GET',
      url: `/api/officials/${clerkA.id}`,
      headers: { cookie: cookieA },
    });
    expect(own.statusCode).toBe(200);
  });

  it('an official of agency A never sees agency B in lists or searches, whatever filter is sent', async () => {
    const all = await app.inject({ method: 'GET', url: '/api/officials', headers: { cookie: cookieA } });
    expect(all.json().items.map((o: { agencyId: string }) => o.agencyId)).not.toContain(agencyB.id);
    expect(all.json().total).toBe(2);
    const search = await app.inject({
      method: 'GET',
      url: '/api/officials?q=nguyen van',
      headers: { cookie: cookieA },
    });
    expect(search.json().items.map((o: { id: string }) => o.id)).toEqual([clerkA.id]);
    const filtered = await app.inject({
      method: 'GET',
      url: `/api/officials?agencyId=${agencyB.id}`,
      headers: { cookie: cookieA },
    });
    expect(filtered.json()).toEqual({ items: [], total: 0 });
  });

  it('an agency administrator of A cannot change an account of B (404) and cannot create one in B (403)', async () => {
    const admin = actorFor({ ...adminA, roles: ['agency_admin'] });
    const ctx = { actor: admin, requestId: 'scope-test' };
    await expect(
      updateOfficial({ db: t.db, roles: TEST_ROLES }, ctx, {
        id: officialB.id,
        expectedVersion: 1,
        changes: { fullName: 'Bị sửa' },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOfficial(t.db, ctx, { id: officialB.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const { createOfficial } = await import('./use-cases/create-official.ts');
    await expect(
      createOfficial({ db: t.db, roles: TEST_ROLES }, ctx, {
        username: 'xam.nhap',
        fullName: 'Xâm Nhập',
        agencyId: agencyB.id,
        password: 'một-mật-khẩu-dài',
        roles: ['clerk'],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // …while their own agency's account can be changed.
    const changed = await updateOfficial({ db: t.db, roles: TEST_ROLES }, ctx, {
      id: clerkA.id,
      expectedVersion: 1,
      changes: { position: 'Văn thư' },
    });
    expect(changed.version).toBe(2);
  });

  it('an agency administrator cannot hand out the system administrator role', async () => {
    const admin = actorFor({ ...adminA, roles: ['agency_admin'] });
    await expect(
      updateOfficial(
        { db: t.db, roles: TEST_ROLES },
        { actor: admin, requestId: 'r' },
        { id: clerkA.id, expectedVersion: 2, changes: { roles: ['system_admin'] } },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a province-wide administrator sees both agencies', async () => {
    const root = actorFor({ ...adminA, roles: ['system_admin'] });
    const result = await listOfficials(t.db, { actor: root, requestId: 'r' }, {});
    expect(new Set(result.items.map((o) => o.agencyId))).toEqual(new Set([agencyA.id, agencyB.id]));
  });

  it('a certificate officer lists the officials of their own agency only (to name a certificate holder)', async () => {
    const officer = actorFor({ ...clerkA, roles: ['certificate_officer'] });
    const result = await listOfficials(t.db, { actor: officer, requestId: 'r' }, {});
    expect(result.items.map((o) => o.agencyId)).not.toContain(agencyB.id);
    expect(result.items.map((o) => o.id)).toContain(clerkA.id);
    const other = await listOfficials(t.db, { actor: officer, requestId: 'r' }, { agencyId: agencyB.id });
    expect(other.items).toEqual([]);
  });

  it('a specialist without account permissions cannot create accounts even in their own agency (403)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/officials',
      headers: { cookie: cookieA },
      payload: {
        username: 'moi.tao',
        fullName: 'Mới Tạo',
        agencyId: agencyA.id,
        password: 'một-mật-khẩu-dài',
        roles: ['clerk'],
      },
    });
    expect(res.statusCode).toBe(403);
  });

  it('an anonymous caller gets 401 on account routes', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/officials' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'UNAUTHENTICATED',
      title: 'Vui lòng đăng nhập',
      titleEn: 'Authentication is required',
    });
  });

  it('a stale edit gets 412 and a missing If-Match 428; nothing is lost', async () => {
    const admin = actorFor({ ...adminA, roles: ['agency_admin'] });
    await expect(
      updateOfficial(
        { db: t.db, roles: TEST_ROLES },
        { actor: admin, requestId: 'r' },
        { id: clerkA.id, expectedVersion: 1, changes: { position: 'X' } },
      ),
    ).rejects.toMatchObject({ code: 'VERSION_MISMATCH' });
    const current = await getOfficial(t.db, { actor: admin, requestId: 'r' }, { id: clerkA.id });
    expect(current.position).toBe('Văn thư');
  });
});
