import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, newId, type RequestContext } from '@openprovince/platform';
import type { CatalogueProcedure } from '../domain/ports.ts';
import { insertAttachment } from '../repositories/dossier.repository.ts';
import {
  type DraftFileRow,
  type DraftRow,
  deleteDraft,
  listDraftFiles,
} from '../repositories/draft.repository.ts';
import { loadOwnDraft } from './load-own-draft.ts';

export interface DraftForSubmission {
  draft: DraftRow;
  files: DraftFileRow[];
}

/**
 * Locks the citizen's draft for the submission's transaction and checks that every required component
 * handed in as a file has one; a missing one is a field error at `/body/files/<component>`, in Vietnamese,
 * for the wizard to show on its attachments page.
 */
export async function lockDraftForSubmission(
  tx: Db,
  ctx: RequestContext,
  input: { draftId: string; procedure: CatalogueProcedure },
): Promise<DraftForSubmission> {
  const draft = await loadOwnDraft(tx, ctx, input.draftId, { forUpdate: true });
  if (draft.procedureId !== input.procedure.id) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Bản nháp thuộc một thủ tục khác',
      detailEn: 'The draft belongs to another procedure',
      errors: [
        {
          path: '/body/draftId',
          message: 'Bản nháp thuộc một thủ tục khác',
          messageEn: 'The draft belongs to another procedure',
        },
      ],
    });
  }
  const files = await listDraftFiles(tx, draft.id);
  const have = new Set(files.map((f) => f.componentKey));
  const missing = input.procedure.components.filter(
    (c) => c.required && c.form === false && !have.has(c.key),
  );
  if (missing.length) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Hồ sơ còn thiếu giấy tờ bắt buộc: ${missing.map((c) => c.name).join('; ')}`,
      detailEn: `Required files are missing: ${missing.map((c) => c.key).join(', ')}`,
      errors: missing.map((c) => ({
        path: `/body/files/${c.key}`,
        message: `Chưa có tệp cho thành phần hồ sơ: ${c.name}`,
        messageEn: `No file yet for the component: ${c.key}`,
      })),
    });
  }
  return { draft, files };
}

/**
 * The draft's files become the new dossier's attachments (the same stored bytes, no copy) and the draft
 * is deleted, in the submission's transaction: a dossier never lacks the files its draft held, and no draft
 * outlives its dossier.
 */
export async function attachDraftToDossier(
  tx: Db,
  ctx: RequestContext,
  input: { taken: DraftForSubmission; dossier: { id: string; agencyId: string; code: string } },
): Promise<void> {
  const { draft, files } = input.taken;
  for (const f of files) {
    await insertAttachment(tx, {
      id: newId(),
      dossierId: input.dossier.id,
      componentKey: f.componentKey,
      fileName: f.fileName,
      mediaType: f.mediaType,
      size: f.size,
      sha256: f.sha256,
      storageKey: f.storageKey,
      uploadedAt: f.uploadedAt,
      uploadedByKind: 'citizen',
      uploadedById: draft.citizenId,
    });
  }
  await deleteDraft(tx, draft.id);
  await recordAudit(tx, ctx, {
    action: 'dossier.draft.submit',
    objectType: 'dossier',
    objectId: input.dossier.id,
    agencyId: input.dossier.agencyId,
    summary: { code: input.dossier.code, draftId: draft.id, files: files.length },
  });
}
