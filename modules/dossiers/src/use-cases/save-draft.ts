import { recordAudit } from '@openprovince/audit';
import { AppError, nfc, type RequestContext } from '@openprovince/platform';
import type { TDraft, TSaveDraftBody } from '../contracts/drafts.ts';
import type { DossierDeps } from '../deps.ts';
import { presentDraft } from '../domain/present-draft.ts';
import { listDraftFiles, updateDraftIfVersion } from '../repositories/draft.repository.ts';
import { loadOwnDraft } from './load-own-draft.ts';

/**
 * Saves the wizard's answers, contact details and page (autosave after every page). If-Match carries the
 * version the wizard last saw: a save from another tab in between answers 412 instead of being overwritten.
 * The audit record counts the answers; it never holds them (personal data stays in the draft).
 */
export async function saveDraft(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string; expectedVersion: number; body: TSaveDraftBody },
): Promise<TDraft> {
  const values = Object.fromEntries(Object.entries(input.body.values).map(([k, v]) => [k, nfc(v)]));
  const a = input.body.applicant;
  const applicant = {
    name: nfc(a.name),
    phone: a.phone,
    email: a.email,
    address: nfc(a.address),
    communeCode: a.communeCode ?? '',
  };
  const row = await deps.db.transaction(async (tx) => {
    const current = await loadOwnDraft(tx, ctx, input.id, { forUpdate: true });
    const saved = await updateDraftIfVersion(tx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      changes: {
        values,
        applicant,
        ...(input.body.step !== undefined ? { step: input.body.step } : {}),
      },
      now: deps.now(),
    });
    if (!saved) {
      throw new AppError('VERSION_MISMATCH', {
        detail: 'Bản nháp vừa được lưu từ một cửa sổ khác; hãy tải lại để xem bản mới nhất',
        detailEn: 'The draft was saved from another window meanwhile; reload it to see the latest',
        extra: { currentVersion: current.version },
      });
    }
    await recordAudit(tx, ctx, {
      action: 'dossier.draft.save',
      objectType: 'dossier_draft',
      objectId: saved.id,
      summary: {
        version: saved.version,
        answered: Object.values(values).filter((v) => v.trim() !== '').length,
        step: saved.step,
      },
    });
    return saved;
  });
  return presentDraft(row, await listDraftFiles(deps.db, row.id));
}
