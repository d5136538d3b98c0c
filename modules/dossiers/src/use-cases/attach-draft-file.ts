import { recordAudit } from '@openprovince/audit';
import { AppError, newId, type RequestContext } from '@openprovince/platform';
import type { TDraft } from '../contracts/drafts.ts';
import type { DossierDeps } from '../deps.ts';
import { storeUpload, type UploadContent } from '../domain/check-upload.ts';
import { presentDraft } from '../domain/present-draft.ts';
import { listDraftFiles, replaceDraftFile, touchDraft } from '../repositories/draft.repository.ts';
import { loadOwnDraft } from './load-own-draft.ts';

/**
 * A file chosen in the wizard goes to the file storage at once and stays with the draft, so a reload or
 * another device shows it and the submission attaches it. One file per component: choosing again replaces
 * the earlier one. The same checks as a dossier's attachment (size, type by content, matching name); the
 * bytes are streamed to the storage as they arrive.
 */
export async function attachDraftFile(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string; componentKey: string; fileName: string; content: UploadContent },
): Promise<TDraft> {
  const draft = await loadOwnDraft(deps.db, ctx, input.id);
  const procedure = await deps.catalogue.getProcedureForDossier(draft.procedureId);
  const component = procedure?.components.find((c) => c.key === input.componentKey);
  if (!component || component.form === true) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Thủ tục không có thành phần hồ sơ nộp bằng tệp với mã này',
      detailEn: 'The procedure has no file component with this key',
      errors: [
        {
          path: '/body/componentKey',
          message: 'Thủ tục không có thành phần hồ sơ nộp bằng tệp với mã này',
          messageEn: 'The procedure has no file component with this key',
        },
      ],
    });
  }
  // The file is read only now, after the ownership and component checks: a refused upload costs no disk.
  const { stored, ...checked } = await storeUpload(deps, {
    fileName: input.fileName,
    content: input.content,
    prefix: 'drafts',
    path: '/body/file',
  });
  let replacedKey: string | undefined;
  try {
    const row = await deps.db.transaction(async (tx) => {
      await loadOwnDraft(tx, ctx, draft.id, { forUpdate: true });
      const { inserted, replaced } = await replaceDraftFile(tx, {
        id: newId(),
        draftId: draft.id,
        componentKey: component.key,
        fileName: checked.fileName,
        mediaType: checked.mediaType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedAt: deps.now(),
      });
      replacedKey = replaced?.storageKey;
      await recordAudit(tx, ctx, {
        action: 'dossier.draft.file.attach',
        objectType: 'dossier_draft',
        objectId: draft.id,
        summary: {
          componentKey: component.key,
          fileId: inserted.id,
          mediaType: checked.mediaType,
          size: stored.size,
          replaced: replaced?.id ?? null,
        },
      });
      return (await touchDraft(tx, draft.id, deps.now()))!;
    });
    if (replacedKey) await deps.storage.delete(replacedKey).catch(() => undefined);
    return presentDraft(row, await listDraftFiles(deps.db, row.id));
  } catch (error) {
    // No row points at the new file: remove it rather than leave an orphan.
    await deps.storage.delete(stored.key).catch(() => undefined);
    throw error;
  }
}
