import {
  buildIdentityTestApp,
  makeAgency,
  makeOfficial,
  sessionCookieFrom,
  TEST_PASSWORD,
} from '@openprovince/identity/testing';
import type { HttpApp } from '@openprovince/platform';
import { systemNow } from '@openprovince/platform/time';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_GRANTS, type TPost } from './contracts/index.ts';
import { createPortalDeps } from './deps.ts';
import { portalRoutes } from './routes/post.routes.ts';

/**
 * Authorization: published news is public; an agency's portal editor writes, publishes and takes down only
 * their own agency's posts (another agency's post is hidden: 404; writing in its name: 403). Officials
 * without the portal role, citizens (403) and anonymous callers (401) cannot write at all, and drafts are
 * not public.
 */
describe('authorization: portal posts scoped by agency', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let agencyA: string;
  let agencyB: string;
  const cookies: Record<string, string> = {};
  let postB: TPost;

  const payload = (extra: Record<string, unknown> = {}) => ({
    site: 'component',
    language: 'km',
    title: 'សេចក្តីជូនដំណឹង',
    body: 'ខ្មែរ',
    category: 'announcement',
    ...extra,
  });
  const login = async (username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    return sessionCookieFrom(res);
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    agencyA = (await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT' })).id;
    agencyB = (await makeAgency(t.db, { name: 'Ban Dân tộc', abbreviation: 'BDT' })).id;
    await makeOfficial(t.db, { agencyId: agencyA, roles: ['portal_editor'], username: 'bientap.a' });
    await makeOfficial(t.db, { agencyId: agencyB, roles: ['portal_editor'], username: 'bientap.b' });
    await makeOfficial(t.db, { agencyId: agencyA, roles: ['specialist'], username: 'chuyenvien.a' });
    app = await buildIdentityTestApp(t.db, {
      grants: [PORTAL_GRANTS],
      routes: [portalRoutes(createPortalDeps({ db: t.db, now: systemNow }))],
    });
    for (const u of ['bientap.a', 'bientap.b', 'chuyenvien.a']) cookies[u] = await login(u);
    const registered = await app.inject({
      method: 'POST',
      url: '/api/citizens',
      payload: {
        personalId: '084201000998',
        fullName: 'Kim Thị Sa Rây',
        phone: '0912345679',
        password: 'Mật-khẩu-dân-2021',
      },
    });
    expect(registered.statusCode).toBeLessThan(300);
    const citizen = await app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { personalId: '084201000998', password: 'Mật-khẩu-dân-2021' },
    });
    cookies.citizen = sessionCookieFrom(citizen);
    const created = await app.inject({
      method: 'POST',
      url: '/api/portal/editor/posts',
      headers: { cookie: cookies['bientap.b']! },
      payload: payload(),
    });
    expect(created.statusCode).toBe(201);
    postB = created.json();
    expect(postB.agencyId).toBe(agencyB);
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('citizens (403), anonymous callers (401) and officials without the portal role (403) cannot write', async () => {
    const url = '/api/portal/editor/posts';
    expect((await app.inject({ method: 'POST', url, payload: payload() })).statusCode).toBe(401);
    for (const who of ['citizen', 'chuyenvien.a']) {
      const res = await app.inject({
        method: 'POST',
        url,
        headers: { cookie: cookies[who]! },
        payload: payload(),
      });
      expect(res.statusCode, who).toBe(403);
      const publish = await app.inject({
        method: 'POST',
        url: `${url}/${postB.id}/publish`,
        headers: { cookie: cookies[who]!, 'if-match': '"1"' },
      });
      expect(publish.statusCode, who).toBe(403);
    }
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it("an editor of agency A cannot see, edit, publish or write in the name of agency B's posts", async () => {
    const cookie = cookies['bientap.a']!;
    const base = `/api/portal/editor/posts/${postB.id}`;
    expect((await app.inject({ method: 'GET', url: base, headers: { cookie } })).statusCode).toBe(404);
    const patch = await app.inject({
      method: 'PATCH',
      url: base,
      headers: { cookie, 'if-match': '"1"' },
      payload: { title: 'ខ្មែរ' },
    });
    expect(patch.statusCode).toBe(404);
    for (const action of ['publish', 'unpublish']) {
      const res = await app.inject({
        method: 'POST',
        url: `${base}/${action}`,
        headers: { cookie, 'if-match': '"1"' },
      });
      expect(res.statusCode, action).toBe(404);
    }
    const inB = await app.inject({
      method: 'POST',
      url: '/api/portal/editor/posts',
      headers: { cookie },
      payload: payload({ agencyId: agencyB }),
    });
    expect(inB.statusCode).toBe(403);
    const list = await app.inject({ method: 'GET', url: '/api/portal/editor/posts', headers: { cookie } });
    expect(list.json().items.map((p: TPost) => p.id)).not.toContain(postB.id);
  });

  it("the draft is not public; once B's editor publishes it (If-Match), anyone reads it", async () => {
    const url = `/api/portal/posts/${postB.id}`;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(404);
    const noVersion = await app.inject({
      method: 'POST',
      url: `/api/portal/editor/posts/${postB.id}/publish`,
      headers: { cookie: cookies['bientap.b']! },
    });
    expect(noVersion.statusCode).toBe(428);
    const published = await app.inject({
      method: 'POST',
      url: `/api/portal/editor/posts/${postB.id}/publish`,
      headers: { cookie: cookies['bientap.b']!, 'if-match': '"1"' },
    });
    expect(published.statusCode).toBe(200);
    expect(published.headers.etag).toBe('"2"');
    const read = await app.inject({ method: 'GET', url });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ language: 'km', status: 'published', agencyName: 'Ban Dân tộc' });
    const list = await app.inject({ method: 'GET', url: '/api/portal/posts?language=km' });
    expect(list.json().items.map((p: TPost) => p.id)).toContain(postB.id);
  });
});
