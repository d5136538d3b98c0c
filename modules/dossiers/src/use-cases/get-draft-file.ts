import { AppError, type RequestContext } from '@openprovince/platform';
import type { DossierDeps } from '../deps.ts';
import { findDraftFile } from '../repositories/draft.repository.ts';
import { loadOwnDraft } from './load-own-draft.ts';

/** A file of the citizen's own draft, to check what was chosen (404 for anyone else's). */
export async function getDraftFile(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string; fileId: string },
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  const draft = await loadOwnDraft(deps.db, ctx, input.id);
  const file = await findDraftFile(deps.db, { draftId: draft.id, fileId: input.fileId });
  if (!file) throw new AppError('NOT_FOUND');
  return {
    fileName: file.fileName,
    mediaType: file.mediaType,
    bytes: await deps.storage.get(file.storageKey),
  };
}
