import { queryRows, sql } from '@openprovince/db';
import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import { ANONYMOUS, type RequestContext, systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PORTAL_GRANTS } from './contracts/index.ts';
import { seedPortalDemo } from './seed/demo.ts';
import { DEMO_POSTS } from './seed/demo-posts.ts';
import { createPost } from './use-cases/create-post.ts';
import { getPublishedPost } from './use-cases/get-published-post.ts';
import { listPublishedPosts } from './use-cases/list-published-posts.ts';
import { postStatistics } from './use-cases/post-statistics.ts';
import { setPostStatus } from './use-cases/set-post-status.ts';
import { updatePost } from './use-cases/update-post.ts';

describe('portal posts', () => {
  let t: TestDatabase;
  let editor: RequestContext;
  const anonymous: RequestContext = { actor: ANONYMOUS, requestId: 'anon' };

  beforeAll(async () => {
    t = await createTestDatabase();
    const system: RequestContext = { actor: systemActor('test'), requestId: 'seed' };
    const dic = (await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT' })).id;
    const ethnic = (await makeAgency(t.db, { name: 'Ban Dân tộc', abbreviation: 'BDT' })).id;
    const keys = { stttt: dic, 'ubnd-tinh': dic, syt: dic, svhttdl: dic, bdt: ethnic };
    expect((await seedPortalDemo(t.db, system, { agencyIdByKey: keys })).created).toBeGreaterThan(462);
    expect((await seedPortalDemo(t.db, system, { agencyIdByKey: keys })).created).toBe(0);
    const official = await makeOfficial(t.db, { agencyId: dic, roles: ['portal_editor'] });
    editor = { actor: actorFor(official, [PORTAL_GRANTS]), requestId: 'editor' };
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('the demo reproduces the report: 324 Vietnamese and 138 Khmer posts to 30/06/2021', async () => {
    const stats = await postStatistics(t.db, anonymous, { from: '2021-01-01', to: '2021-06-30' });
    expect(stats.byLanguage).toEqual({ vi: 324, km: 138 });
    expect(stats.total).toBe(462);
    // The written posts of the second half (Sen Dolta, Ok Om Bok) are outside the period.
    const later = await postStatistics(t.db, anonymous, { from: '2021-07-01', to: '2021-12-31' });
    expect(later.total).toBe(DEMO_POSTS.filter((p) => p.publishedAt >= '2021-07').length);
  });

  it('searches Vietnamese without accents and Khmer by dictionary words, keeping ZWSP in the body', async () => {
    const vi = await listPublishedPosts(t.db, anonymous, { q: 'tiem vac-xin covid', language: 'vi' });
    expect(vi.items.map((p) => p.title)).toContain('Trà Vinh triển khai tiêm vắc-xin phòng Covid-19 đợt 3');
    const km = await listPublishedPosts(t.db, anonymous, { q: 'វ៉ាក់សាំង', language: 'km' });
    expect(km.items.map((p) => p.title)).toContain('សេចក្តីជូនដំណឹងអំពីការចាក់វ៉ាក់សាំងការពារជំងឺកូវីដ-១៩');
    expect(km.items.every((p) => p.language === 'km')).toBe(true);
    // A query in running Khmer text (no spaces) is split the same way: "Sen Dolta festival".
    const senDolta = await listPublishedPosts(t.db, anonymous, { q: 'បុណ្យសែនដូនតា' });
    const post = senDolta.items.find((p) => p.title === 'ពិធីបុណ្យសែនដូនតា ឆ្នាំ២០២១');
    expect(post).toBeDefined();
    expect((await getPublishedPost(t.db, anonymous, { id: post!.id })).body).toContain('បុណ្យ\u200bសែន');
    const list = await listPublishedPosts(t.db, anonymous, { language: 'km', limit: 5 });
    expect(list.total).toBe(
      138 + DEMO_POSTS.filter((p) => p.language === 'km' && p.publishedAt >= '2021-07').length,
    );
  });

  it('a draft is invisible until published; publish, edit with If-Match, take down; each step audited', async () => {
    const draft = await createPost(t.db, editor, {
      site: 'component',
      language: 'km',
      title: 'សេចក្តីជូនដំណឹង\u200bថ្មី',
      summary: '',
      body: 'ខ្មែរ\r\n\r\nសួស្តី',
      category: 'announcement',
    });
    expect(draft).toMatchObject({ status: 'draft', version: 1, publishedAt: null, body: 'ខ្មែរ\n\nសួស្តី' });
    expect(draft.title).toContain('\u200b');
    await expect(getPublishedPost(t.db, anonymous, { id: draft.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const published = await setPostStatus(t.db, editor, {
      id: draft.id,
      expectedVersion: 1,
      action: 'publish',
    });
    expect(published.status).toBe('published');
    expect(published.publishedAt).not.toBeNull();
    expect((await getPublishedPost(t.db, anonymous, { id: draft.id })).title).toBe(draft.title);
    await expect(
      updatePost(t.db, editor, { id: draft.id, expectedVersion: 1, changes: { summary: 'ចាស់' } }),
    ).rejects.toMatchObject({ code: 'VERSION_MISMATCH' });
    const edited = await updatePost(t.db, editor, {
      id: draft.id,
      expectedVersion: 2,
      changes: { summary: 'សេចក្តីសង្ខេប' },
    });
    expect(edited.version).toBe(3);
    await expect(
      setPostStatus(t.db, editor, { id: draft.id, expectedVersion: 3, action: 'publish' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    const down = await setPostStatus(t.db, editor, { id: draft.id, expectedVersion: 3, action: 'unpublish' });
    expect(down.status).toBe('unpublished');
    expect(down.publishedAt).toBe(published.publishedAt);
    await expect(getPublishedPost(t.db, anonymous, { id: draft.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const actions = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit.audit_log where object_id = ${draft.id} order by seq`,
    );
    expect(actions.map((a) => a.action)).toEqual([
      'portal.post.create',
      'portal.post.publish',
      'portal.post.update',
      'portal.post.unpublish',
    ]);
  });

  it('refuses a Khmer post without Khmer in its title, and a stats period that ends before it starts', async () => {
    await expect(
      createPost(t.db, editor, {
        site: 'province',
        language: 'km',
        title: 'Tin tiếng Việt',
        body: 'Nội dung',
        category: 'news',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      postStatistics(t.db, anonymous, { from: '2021-06-30', to: '2021-01-01' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
