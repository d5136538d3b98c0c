import { recordAudit } from '@openprovince/audit';
import type { RequestContext } from '@openprovince/platform';
import type { DossierDeps } from '../deps.ts';
import { deleteDraft, listDraftFiles } from '../repositories/draft.repository.ts';
import { loadOwnDraft } from './load-own-draft.ts';

/** The citizen abandons a draft: its answers and files are deleted, the stored files after the commit. */
export async function deleteDraftUseCase(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<void> {
  const keys = await deps.db.transaction(async (tx) => {
    const draft = await loadOwnDraft(tx, ctx, input.id, { forUpdate: true });
    const files = await listDraftFiles(tx, draft.id);
    await deleteDraft(tx, draft.id);
    await recordAudit(tx, ctx, {
      action: 'dossier.draft.delete',
      objectType: 'dossier_draft',
      objectId: draft.id,
      summary: { procedureId: draft.procedureId, files: files.length },
    });
    return files.map((f) => f.storageKey);
  });
  for (const key of keys) await deps.storage.delete(key).catch(() => undefined);
}
