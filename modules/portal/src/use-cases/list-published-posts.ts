import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { TPostSummary, TPublicPostQuery } from '../contracts/index.ts';
import { presentSummary } from '../domain/present-post.ts';
import { searchWords } from '../domain/text.ts';
import { canReadPublished } from '../policies.ts';
import { searchPosts } from '../repositories/post.repository.ts';

/**
 * The public news list, newest first: accent-free for Vietnamese ("tiem chung" finds "Tiêm chủng"), and
 * for Khmer the query is split into words by the same segmenter as the stored text.
 */
export async function listPublishedPosts(
  db: Db,
  ctx: RequestContext,
  input: TPublicPostQuery,
): Promise<{ items: TPostSummary[]; total: number }> {
  authorize(ctx.actor, canReadPublished, undefined);
  const words = input.q ? [...new Set(searchWords(input.q))] : [];
  const { items, total } = await searchPosts(db, {
    status: 'published',
    ...(words.length ? { words } : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(input.site ? { site: input.site } : {}),
    ...(input.category ? { category: input.category } : {}),
    ...(input.agencyId ? { agencyId: input.agencyId } : {}),
    limit: input.limit ?? 20,
    offset: input.offset ?? 0,
  });
  return { items: items.map(presentSummary), total };
}
