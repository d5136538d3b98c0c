import type { Db } from '@openprovince/db';
import { authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import { PORTAL_PERMISSIONS, type TEditorPostQuery, type TPostSummary } from '../contracts/index.ts';
import { presentSummary } from '../domain/present-post.ts';
import { searchWords } from '../domain/text.ts';
import { canListEditorPosts } from '../policies.ts';
import { searchPosts } from '../repositories/post.repository.ts';

/** The editors' list, drafts included: one's own agency's posts, or every agency's for the editorial board. */
export async function listEditorPosts(
  db: Db,
  ctx: RequestContext,
  input: TEditorPostQuery,
): Promise<{ items: TPostSummary[]; total: number }> {
  authorize(ctx.actor, canListEditorPosts, undefined);
  const actor = ctx.actor;
  const scope =
    hasPermission(actor, PORTAL_PERMISSIONS.editAll) || actor.kind !== 'official'
      ? {}
      : { agencyId: actor.agencyId };
  const words = input.q ? [...new Set(searchWords(input.q))] : [];
  const { items, total } = await searchPosts(db, {
    ...scope,
    ...(words.length ? { words } : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(input.status ? { status: input.status } : {}),
    limit: input.limit ?? 20,
    offset: input.offset ?? 0,
  });
  return { items: items.map(presentSummary), total };
}
