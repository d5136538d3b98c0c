import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { canKeepDrafts, canUseDraft } from '../policies.ts';
import { type DraftRow, findDraftById } from '../repositories/draft.repository.ts';

/** The citizen's own draft, or 404 whether it is missing or another citizen's; officials get 403. */
export async function loadOwnDraft(
  db: Db,
  ctx: RequestContext,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DraftRow> {
  authorize(ctx.actor, canKeepDrafts, undefined);
  const row = await findDraftById(db, id, options);
  if (!row) throw new AppError('NOT_FOUND');
  authorize(ctx.actor, canUseDraft, row);
  return row;
}
