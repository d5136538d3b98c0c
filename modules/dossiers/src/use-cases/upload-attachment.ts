import { recordAudit } from '@openprovince/audit';
import { AppError, newId, type RequestContext } from '@openprovince/platform';
import { RESULT_COMPONENT_KEY, type TAttachment } from '../contracts/index.ts';
import { DOSSIER_PERMISSIONS } from '../contracts/permissions.ts';
import type { DossierState } from '../contracts/states.ts';
import type { DossierDeps } from '../deps.ts';
import type { UploadContent } from '../domain/check-upload.ts';
import { presentAttachment } from '../domain/present-dossier.ts';
import { countAttachments, insertAttachment } from '../repositories/dossier.repository.ts';
import { loadVisibleDossier } from './load-dossier.ts';
import { checkAndStoreFile } from './store-attachment-file.ts';

const CITIZEN_UPLOAD_STATES: readonly DossierState[] = ['submitted', 'supplement_requested'];
const OFFICIAL_UPLOAD_STATES: readonly DossierState[] = [
  'submitted',
  'accepted',
  'processing',
  'supplement_requested',
  'payment_requested',
  'processed',
];

/**
 * Attaches a file: the type is read from the content (file-type), never from the name; size and count are
 * limited; the bytes are streamed to the file storage under a generated key (a form upload is never held
 * whole in memory). The applicant uploads while the dossier
 * is new or waiting for a supplement; officials of the agency while it is open, and the result file
 * (component `ket-qua`) once it is processed, before returning it.
 */
export async function uploadAttachment(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string; fileName: string; componentKey?: string; content: UploadContent },
): Promise<TAttachment> {
  const dossier = await loadVisibleDossier(deps.db, ctx, input.id);
  const actor = ctx.actor;
  const state = dossier.state as DossierState;
  const allowed =
    actor.kind === 'citizen'
      ? CITIZEN_UPLOAD_STATES.includes(state)
      : actor.kind === 'official' &&
        (actor.permissions.has(DOSSIER_PERMISSIONS.receive) ||
          actor.permissions.has(DOSSIER_PERMISSIONS.process)) &&
        OFFICIAL_UPLOAD_STATES.includes(state);
  if (!allowed) {
    throw new AppError(
      actor.kind === 'citizen' || actor.kind === 'official' ? 'INVALID_STATE' : 'FORBIDDEN',
      {
        detail: 'Không thể đính kèm tệp ở trạng thái hiện tại của hồ sơ',
        detailEn: 'Files cannot be attached in the dossier’s current state',
      },
    );
  }
  if (input.componentKey === RESULT_COMPONENT_KEY && actor.kind !== 'official') {
    // The result is the agency's, never the applicant's own file.
    throw new AppError('FORBIDDEN', {
      detail: 'Chỉ cơ quan giải quyết được đính kèm tệp kết quả',
      detailEn: 'Only the processing agency may attach the result file',
    });
  }
  const limits = deps.attachmentLimits;
  if ((await countAttachments(deps.db, dossier.id)) >= limits.maxFilesPerDossier) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Mỗi hồ sơ được đính kèm tối đa ${limits.maxFilesPerDossier} tệp`,
      detailEn: `At most ${limits.maxFilesPerDossier} files per dossier`,
    });
  }
  // Read only now, after the checks that need no file: a refused upload costs no disk.
  const stored = await checkAndStoreFile(deps, {
    fileName: input.fileName,
    content: input.content,
    path: '/body/file',
  });
  try {
    const row = await deps.db.transaction(async (tx) => {
      // Counted again under the dossier's lock, so two parallel uploads cannot pass the limit together.
      await loadVisibleDossier(tx, ctx, dossier.id, { forUpdate: true });
      if ((await countAttachments(tx, dossier.id)) >= limits.maxFilesPerDossier) {
        throw new AppError('BUSINESS_RULE_VIOLATED', {
          detail: `Mỗi hồ sơ được đính kèm tối đa ${limits.maxFilesPerDossier} tệp`,
          detailEn: `At most ${limits.maxFilesPerDossier} files per dossier`,
        });
      }
      const inserted = await insertAttachment(tx, {
        id: newId(),
        dossierId: dossier.id,
        componentKey: input.componentKey ?? null,
        fileName: stored.fileName,
        mediaType: stored.mediaType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.storageKey,
        uploadedAt: deps.now(),
        uploadedByKind: actor.kind,
        uploadedById:
          actor.kind === 'official' ? actor.userId : actor.kind === 'citizen' ? actor.citizenId : null,
      });
      await recordAudit(tx, ctx, {
        action: 'dossier.attachment.upload',
        objectType: 'dossier',
        objectId: dossier.id,
        agencyId: dossier.agencyId,
        summary: {
          code: dossier.code,
          attachmentId: inserted.id,
          mediaType: stored.mediaType,
          size: stored.size,
        },
      });
      return inserted;
    });
    return presentAttachment(row);
  } catch (error) {
    // No row points at the file: remove it rather than leave an orphan.
    await deps.storage.delete(stored.storageKey).catch(() => undefined);
    throw error;
  }
}
