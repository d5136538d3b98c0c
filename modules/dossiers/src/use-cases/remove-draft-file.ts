import { recordAudit } from '@openprovince/audit';
import { AppError, type RequestContext } from '@openprovince/platform';
import type { TDraft } from '../contracts/drafts.ts';
import type { DossierDeps } from '../deps.ts';
import { presentDraft } from '../domain/present-draft.ts';
import {
  deleteDraftFile,
  findDraftFile,
  listDraftFiles,
  touchDraft,
} from '../repositories/draft.repository.ts';
import { loadOwnDraft } from './load-own-draft.ts';

/** Removes a file from the citizen's draft; the stored bytes go after the commit. */
export async function removeDraftFile(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string; fileId: string },
): Promise<TDraft> {
  const { row, key } = await deps.db.transaction(async (tx) => {
    const draft = await loadOwnDraft(tx, ctx, input.id, { forUpdate: true });
    const file = await findDraftFile(tx, { draftId: draft.id, fileId: input.fileId });
    if (!file) throw new AppError('NOT_FOUND');
    await deleteDraftFile(tx, file.id);
    await recordAudit(tx, ctx, {
      action: 'dossier.draft.file.remove',
      objectType: 'dossier_draft',
      objectId: draft.id,
      summary: { componentKey: file.componentKey, fileId: file.id },
    });
    return { row: (await touchDraft(tx, draft.id, deps.now()))!, key: file.storageKey };
  });
  await deps.storage.delete(key).catch(() => undefined);
  return presentDraft(row, await listDraftFiles(deps.db, row.id));
}
