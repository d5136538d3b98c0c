import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TPost } from '../contracts/index.ts';
import { presentPost } from '../domain/present-post.ts';
import { canEditPost } from '../policies.ts';
import { findPostById, updatePostIfVersion } from '../repositories/post.repository.ts';

/**
 * Publishes a draft or an unpublished post, or takes a published post down (it stays, unpublished, for the
 * record). The first publication date is kept when a post is published again, so the statistics count a
 * post in the period it first appeared.
 */
export async function setPostStatus(
  db: Db,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; action: 'publish' | 'unpublish' },
): Promise<TPost> {
  const existing = await findPostById(db, input.id);
  if (!existing) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canEditPost, { agencyId: existing.agencyId });
  const target = input.action === 'publish' ? 'published' : 'unpublished';
  const allowed =
    input.action === 'publish' ? existing.status !== 'published' : existing.status === 'published';
  if (!allowed) {
    throw new AppError('INVALID_STATE', {
      detail: input.action === 'publish' ? 'Bài đã được đăng' : 'Chỉ gỡ được bài đang đăng',
      detailEn:
        input.action === 'publish'
          ? 'The post is already published'
          : 'Only a published post can be taken down',
    });
  }
  const now = new Date();
  const row = await db.transaction(async (tx) => {
    const updated = await updatePostIfVersion(tx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      now,
      changes: { status: target, ...(existing.publishedAt ? {} : { publishedAt: now }) },
    });
    if (!updated) throw new AppError('VERSION_MISMATCH');
    await recordAudit(tx, ctx, {
      action: `portal.post.${input.action}`,
      objectType: 'post',
      objectId: input.id,
      agencyId: updated.agencyId,
      summary: { from: existing.status, to: target, language: updated.language },
    });
    return updated;
  });
  return presentPost(row);
}
