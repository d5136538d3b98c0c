import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import type { DocumentDeps } from '../deps.ts';
import { canManageRegisters, canReadDocuments } from '../policies.ts';
import { findFolder, insertFolder, listFolders } from '../repositories/folder.repository.ts';
import { findIncoming, updateIncoming } from '../repositories/incoming.repository.ts';
import { findOutgoing, updateOutgoing } from '../repositories/outgoing.repository.ts';

/** Opens a file (hồ sơ) in the agency's file list of a year (Danh mục hồ sơ, Decree 30 Art. 28). */
export async function createFileFolder(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { agencyId: string; year: number; code: string; title: string; retention: string; keeper?: string },
) {
  authorize(ctx.actor, canManageRegisters, { agencyId: input.agencyId });
  return deps.db.transaction(async (tx) => {
    const row = await insertFolder(tx, {
      agencyId: input.agencyId,
      year: input.year,
      code: nfc(input.code),
      title: nfc(input.title),
      retention: nfc(input.retention),
      keeper: input.keeper ? nfc(input.keeper) : null,
      createdAt: deps.now(),
    }).catch((error) => {
      if (
        String((error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code) ===
        '23505'
      ) {
        throw new AppError('CONFLICT', {
          detail: 'Ký hiệu hồ sơ đã có trong năm',
          detailEn: 'The file code exists',
        });
      }
      throw error;
    });
    await recordAudit(tx, ctx, {
      action: 'documents.file-folder.create',
      objectType: 'file_folder',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { year: row.year, code: row.code, title: row.title },
    });
    return { ...row, documentCount: 0 };
  });
}

/** The annual file list with the number of documents filed in each. */
export async function listFileFolders(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { agencyId: string; year: number },
) {
  authorize(ctx.actor, canReadDocuments, { agencyId: input.agencyId });
  return listFolders(deps.db, input);
}

/** Files an outgoing or incoming document of the same agency into a file. */
export async function fileDocument(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { folderId: string; outgoingId?: string; incomingId?: string },
): Promise<void> {
  const folder = await findFolder(deps.db, input.folderId);
  authorize(ctx.actor, canManageRegisters, { agencyId: folder?.agencyId ?? '' });
  if (!folder) throw new AppError('NOT_FOUND');
  if (folder.status === 'closed') {
    throw new AppError('INVALID_STATE', { detail: 'Hồ sơ đã đóng', detailEn: 'The file is closed' });
  }
  await deps.db.transaction(async (tx) => {
    const now = deps.now();
    if (input.outgoingId) {
      const doc = await findOutgoing(tx, input.outgoingId);
      if (!doc || doc.agencyId !== folder.agencyId) throw new AppError('NOT_FOUND');
      await updateOutgoing(tx, doc.id, { fileFolderId: folder.id }, now);
    }
    if (input.incomingId) {
      const doc = await findIncoming(tx, input.incomingId);
      if (!doc || doc.agencyId !== folder.agencyId) throw new AppError('NOT_FOUND');
      await updateIncoming(tx, doc.id, { fileFolderId: folder.id }, now);
    }
    await recordAudit(tx, ctx, {
      action: 'documents.file-folder.add',
      objectType: 'file_folder',
      objectId: folder.id,
      agencyId: folder.agencyId,
      summary: { outgoingId: input.outgoingId ?? null, incomingId: input.incomingId ?? null },
    });
  });
}
