import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TPost, TUpdatePostBody } from '../contracts/index.ts';
import type { PortalDeps } from '../deps.ts';
import { presentPost } from '../domain/present-post.ts';
import { checkPostTexts, cleanText, searchTextOf } from '../domain/text.ts';
import { canEditPost } from '../policies.ts';
import { findPostById, updatePostIfVersion } from '../repositories/post.repository.ts';

/**
 * Edits a post, published or not (a correction to a published post shows at once). `expectedVersion`
 * comes from If-Match: a stale edit gets 412.
 */
export async function updatePost(
  deps: PortalDeps,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; changes: TUpdatePostBody },
): Promise<TPost> {
  const existing = await findPostById(deps.db, input.id);
  if (!existing) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canEditPost, { agencyId: existing.agencyId });
  const c = input.changes;
  const texts = {
    language: c.language ?? (existing.language as TPost['language']),
    title: c.title !== undefined ? cleanText(c.title) : existing.title,
    summary: c.summary !== undefined ? cleanText(c.summary) : existing.summary,
    body: c.body !== undefined ? cleanText(c.body) : existing.body,
  };
  const errors = checkPostTexts(texts);
  if (errors.length) throw AppError.forFields(errors);
  const row = await deps.db.transaction(async (tx) => {
    const updated = await updatePostIfVersion(tx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      now: deps.now(),
      changes: {
        ...texts,
        searchText: searchTextOf(texts),
        ...(c.site !== undefined ? { site: c.site } : {}),
        ...(c.category !== undefined ? { category: c.category } : {}),
      },
    });
    if (!updated) throw new AppError('VERSION_MISMATCH');
    await recordAudit(tx, ctx, {
      action: 'portal.post.update',
      objectType: 'post',
      objectId: input.id,
      agencyId: updated.agencyId,
      summary: { fromVersion: input.expectedVersion, changed: Object.keys(c) },
    });
    return updated;
  });
  return presentPost(row);
}
