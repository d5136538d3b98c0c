import { AppError, type RequestContext } from '@openprovince/platform';
import type { DossierDeps } from '../deps.ts';
import { findAttachment } from '../repositories/dossier.repository.ts';
import { loadVisibleDossier } from './load-dossier.ts';

/** An attachment's bytes, for those who may see the dossier (404 for anyone else). */
export async function getAttachment(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string; attachmentId: string },
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  await loadVisibleDossier(deps.db, ctx, input.id);
  const row = await findAttachment(deps.db, input.id, input.attachmentId);
  if (!row) throw new AppError('NOT_FOUND');
  return { fileName: row.fileName, mediaType: row.mediaType, bytes: await deps.storage.get(row.storageKey) };
}
