import { authorize, type RequestContext } from '@openprovince/platform';
import type { TDraftSummary } from '../contracts/drafts.ts';
import type { DossierDeps } from '../deps.ts';
import { presentDraftSummary } from '../domain/present-draft.ts';
import { canKeepDrafts } from '../policies.ts';
import { listDraftsOf } from '../repositories/draft.repository.ts';

/** The signed-in citizen's drafts ("Bản nháp" in "my dossiers"), the last saved first. */
export async function listDrafts(
  deps: DossierDeps,
  ctx: RequestContext,
): Promise<{ items: TDraftSummary[] }> {
  authorize(ctx.actor, canKeepDrafts, undefined);
  if (ctx.actor.kind !== 'citizen') return { items: [] };
  const rows = await listDraftsOf(deps.db, ctx.actor.citizenId);
  return { items: rows.map((r) => presentDraftSummary(r.draft, Number(r.fileCount))) };
}
