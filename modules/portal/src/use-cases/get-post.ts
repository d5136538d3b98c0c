import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TPost } from '../contracts/index.ts';
import { presentPost } from '../domain/present-post.ts';
import { canEditPost } from '../policies.ts';
import { findPostById } from '../repositories/post.repository.ts';

/** A post in any status, for its editors (another agency's post is hidden: 404). */
export async function getPost(db: Db, ctx: RequestContext, input: { id: string }): Promise<TPost> {
  const row = await findPostById(db, input.id);
  if (!row) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canEditPost, { agencyId: row.agencyId });
  return presentPost(row);
}
