import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { WorkflowEffects } from '@openprovince/platform/workflow';
import type { TPost } from '../contracts/index.ts';
import { type PostAction, postWorkflow } from '../contracts/workflow.ts';
import type { PortalDeps } from '../deps.ts';
import { presentPost } from '../domain/present-post.ts';
import { canEditPost } from '../policies.ts';
import { findPostById, type NewPostRow, updatePostIfVersion } from '../repositories/post.repository.ts';

type Effect = (input: { now: Date; publishedAt: Date | null }) => Partial<NewPostRow>;

/** What each action writes besides the status; the compiler checks every action of the table has one. */
const EFFECTS: WorkflowEffects<typeof postWorkflow, Effect> = {
  // A new post's fields come from create-post.ts.
  write: () => ({}),
  // The first publication date is kept when a post is published again, so the statistics count a post
  // in the period it first appeared.
  publish: ({ now, publishedAt }) => (publishedAt ? {} : { publishedAt: now }),
  unpublish: () => ({}),
};

/**
 * Publishes a draft or an unpublished post, or takes a published post down (it stays, unpublished, for the
 * record). Whether the action fits the post's status is the workflow table's answer (contracts/workflow.ts).
 */
export async function setPostStatus(
  deps: PortalDeps,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; action: Exclude<PostAction, 'write'> },
): Promise<TPost> {
  const existing = await findPostById(deps.db, input.id);
  if (!existing) throw new AppError('NOT_FOUND');
  // Another agency's post stays hidden (404); the table then checks the status and the permission.
  authorize(ctx.actor, canEditPost, { agencyId: existing.agencyId });
  const decision = postWorkflow.decide({
    state: existing.status as TPost['status'],
    action: input.action,
    performer: { actor: ctx.actor },
  });
  const target = decision.to!;
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const updated = await updatePostIfVersion(tx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      now,
      changes: { status: target, ...EFFECTS[input.action]({ now, publishedAt: existing.publishedAt }) },
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
