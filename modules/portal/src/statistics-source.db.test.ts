import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { posts } from './db/schema.ts';
import { portalStatistics } from './statistics.ts';

/**
 * The portal's statistics source over a few posts written straight into the table, at the edges of March
 * 2021 in the province's time (UTC+7): a post at 23:30 on 31/03 is March's; one at 00:10 on 01/04 is not.
 */
describe('portalStatistics (one statistics shape)', () => {
  let t: TestDatabase;
  const dic = randomUUID();
  const ethnic = randomUUID();
  const march = { from: '2021-03-01', to: '2021-03-31' };

  const post = (agencyId: string, language: 'vi' | 'km', at: string, status = 'published') => ({
    site: 'province',
    language,
    title: `Tin ${at}`,
    body: 'Nội dung',
    searchText: 'tin',
    category: 'news',
    agencyId,
    agencyName: agencyId === dic ? 'Sở Thông tin và Truyền thông' : 'Ban Dân tộc',
    status,
    publishedAt: new Date(at),
    createdBy: 'test',
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(posts).values([
      post(dic, 'vi', '2021-02-28T23:30:00+07:00'), // February's last evening: before the period
      post(dic, 'vi', '2021-03-01T00:10:00+07:00'),
      post(dic, 'vi', '2021-03-15T09:00:00+07:00'),
      post(dic, 'km', '2021-03-31T23:30:00+07:00'), // the last day's evening: in the period
      post(dic, 'vi', '2021-04-01T00:10:00+07:00'), // the next day's first minutes: not
      post(dic, 'vi', '2021-03-20T09:00:00+07:00', 'unpublished'), // taken down: no longer counts
      post(ethnic, 'km', '2021-03-10T09:00:00+07:00'),
    ]);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('declares what it computes, and computes only that', async () => {
    const source = portalStatistics({ db: t.db });
    const figures = await source.compute({ period: march });
    expect(Object.keys(figures)).toEqual(Object.keys(source.indicators));
  });

  it('counts the period in province days, both ends whole', async () => {
    const figures = await portalStatistics({ db: t.db }).compute({ period: march });
    expect(figures).toEqual({ 'portal.posts': { value: 4, parts: { vi: 2, km: 2 } } });
    const lastDay = await portalStatistics({ db: t.db }).compute({
      period: { from: '2021-03-31', to: '2021-03-31' },
    });
    expect(lastDay['portal.posts']).toEqual({ value: 1, parts: { vi: 0, km: 1 } });
    const nextDay = await portalStatistics({ db: t.db }).compute({
      period: { from: '2021-04-01', to: '2021-04-01' },
    });
    expect(nextDay['portal.posts']).toEqual({ value: 1, parts: { vi: 1, km: 0 } });
  });

  it('counts only the agencies asked for', async () => {
    const source = portalStatistics({ db: t.db });
    expect((await source.compute({ period: march, agencyIds: [dic] }))['portal.posts']).toEqual({
      value: 3,
      parts: { vi: 2, km: 1 },
    });
    expect((await source.compute({ period: march, agencyIds: [ethnic] }))['portal.posts']).toEqual({
      value: 1,
      parts: { vi: 0, km: 1 },
    });
    expect((await source.compute({ period: march, agencyIds: [] }))['portal.posts']).toEqual({
      value: 0,
      parts: { vi: 0, km: 0 },
    });
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(
      portalStatistics({ db: t.db }).compute({ period: { from: '2021-03-31', to: '2021-03-01' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
