import type { RequestContext } from '@openprovince/platform';
import type { TDraft } from '../contracts/drafts.ts';
import type { DossierDeps } from '../deps.ts';
import { presentDraft } from '../domain/present-draft.ts';
import { listDraftFiles } from '../repositories/draft.repository.ts';
import { loadOwnDraft } from './load-own-draft.ts';

/** One of the citizen's own drafts, with its files (404 for anyone else's). */
export async function getDraft(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<TDraft> {
  const row = await loadOwnDraft(deps.db, ctx, input.id);
  return presentDraft(row, await listDraftFiles(deps.db, row.id));
}
