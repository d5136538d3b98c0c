import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { identityApi } from '@openprovince/identity';
import type { RequestContext } from '@openprovince/platform';
import { addLocalDays, localInstant } from '@openprovince/platform/time';
import { cleanText, searchTextOf } from '../domain/text.ts';
import { countPosts, insertPostBatch, type NewPostRow } from '../repositories/post.repository.ts';
import { DEMO_POSTS, type DemoPost, generatedPosts, PORTAL_REPORT_2021 } from './demo-posts.ts';

const inReportPeriod = (p: DemoPost) => {
  const t = Date.parse(p.publishedAt);
  return (
    t >= localInstant(PORTAL_REPORT_2021.from).getTime() &&
    t < localInstant(addLocalDays(PORTAL_REPORT_2021.to, 1)).getTime()
  );
};

/**
 * The portal's demo news: the written posts plus numbered ones so that the first half of 2021 counts
 * exactly the report's 324 Vietnamese and 138 Khmer posts. One transaction, one summary audit record;
 * nothing happens if posts already exist. `agencyIdByKey` maps the identity demo directory's keys.
 */
export async function seedPortalDemo(
  db: Db,
  ctx: RequestContext,
  input: { agencyIdByKey: Record<string, string> },
): Promise<{ created: number }> {
  if ((await countPosts(db)) > 0) return { created: 0 };
  const written = DEMO_POSTS.filter(inReportPeriod);
  const posts = [
    ...DEMO_POSTS,
    ...generatedPosts({
      vi: PORTAL_REPORT_2021.vi - written.filter((p) => p.language === 'vi').length,
      km: PORTAL_REPORT_2021.km - written.filter((p) => p.language === 'km').length,
    }),
  ];
  const names = new Map<string, { id: string; name: string }>();
  for (const key of new Set(posts.map((p) => p.agencyKey))) {
    const id = input.agencyIdByKey[key] ?? input.agencyIdByKey.stttt;
    if (!id) continue;
    names.set(key, { id, name: (await identityApi.getAgency(db, { id })).name });
  }
  const rows: NewPostRow[] = [];
  for (const p of posts) {
    const agency = names.get(p.agencyKey);
    if (!agency) continue;
    const texts = { title: cleanText(p.title), summary: cleanText(p.summary), body: cleanText(p.body) };
    const at = new Date(p.publishedAt);
    rows.push({
      site: p.site,
      language: p.language,
      ...texts,
      searchText: searchTextOf(texts),
      category: p.category,
      agencyId: agency.id,
      agencyName: agency.name,
      status: 'published',
      publishedAt: at,
      createdBy: 'seed-demo',
      createdAt: at,
      updatedAt: at,
    });
  }
  await db.transaction(async (tx) => {
    await insertPostBatch(tx, rows);
    await recordAudit(tx, ctx, {
      action: 'portal.posts.import',
      objectType: 'post',
      summary: { source: 'demo posts', posts: rows.length, report: PORTAL_REPORT_2021 },
    });
  });
  return { created: rows.length };
}
