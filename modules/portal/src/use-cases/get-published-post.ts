import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TPost } from '../contracts/index.ts';
import { presentPost } from '../domain/present-post.ts';
import { canReadPublished } from '../policies.ts';
import { findPostById } from '../repositories/post.repository.ts';

/** A published post; drafts and posts taken down do not exist for the public (404). */
export async function getPublishedPost(db: Db, ctx: RequestContext, input: { id: string }): Promise<TPost> {
  authorize(ctx.actor, canReadPublished, undefined);
  const row = await findPostById(db, input.id);
  if (row?.status !== 'published') throw new AppError('NOT_FOUND');
  return presentPost(row);
}
