import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import { AppError, newId, type RequestContext } from '@openprovince/platform';
import { RESULT_COMPONENT_KEY, type TDossier, type TTransitionBody } from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import {
  countAttachments,
  type DossierRow,
  insertAttachment,
  listAttachments,
} from '../repositories/dossier.repository.ts';
import { workCalendars } from '../repositories/work-calendar.repository.ts';
import { applyTransition } from './apply-transition.ts';
import { calendarFacts, loadVisibleDossier, present } from './load-dossier.ts';
import { checkAndStoreFile, type StoredFile } from './store-attachment-file.ts';

export interface TransitionDossierInput extends TTransitionBody {
  id: string;
  /** From If-Match. */
  expectedVersion: number;
}

/**
 * An official (or the applicant) moves a dossier on: accept, refuse, forward, supplement, process, approve,
 * send back, return… The return carries its result in the same action: the result file (stored, attached
 * under `ket-qua` and returned in one transaction) or `onPaper` — so a result is never returned without
 * either by mistake.
 */
export async function transitionDossier(
  deps: DossierDeps,
  ctx: RequestContext,
  input: TransitionDossierInput,
): Promise<TDossier> {
  if (input.resultFile) {
    // The bytes are stored before the transaction (as any upload): only for a dossier the actor may see.
    await loadVisibleDossier(deps.db, ctx, input.id);
    checkBody(ctx, input);
  }
  // The bytes go to the file storage before the transaction (as any upload); removed if it fails.
  const stored = input.resultFile
    ? await checkAndStoreFile(deps, {
        fileName: input.resultFile.fileName,
        bytes: Buffer.from(input.resultFile.contentBase64.replace(/\s/g, ''), 'base64'),
        path: '/body/resultFile',
      })
    : undefined;
  try {
    const now = deps.now();
    // The calendars the transition reads, kept to show the dossier without reading them again.
    const calendars = workCalendars();
    const { row, facts } = await deps.db.transaction(async (tx) => {
      const current = await loadVisibleDossier(tx, ctx, input.id, { forUpdate: true });
      if (!input.resultFile) checkBody(ctx, input);
      const result =
        input.action === 'return'
          ? await attachResult(tx, deps, ctx, { dossier: current, stored })
          : undefined;
      const row = await applyTransition(tx, deps, ctx, {
        current,
        calendars,
        action: input.action,
        expectedVersion: input.expectedVersion,
        note: input.note ?? null,
        ...(input.newDueAt ? { newDueAt: new Date(input.newDueAt) } : {}),
        ...(input.items ? { items: input.items } : {}),
        ...(input.supplementDays ? { supplementDays: input.supplementDays } : {}),
        ...(result
          ? {
              resultFileAttached: result.attached,
              onPaper: input.onPaper === true,
              ...(result.attachmentId ? { resultAttachmentId: result.attachmentId } : {}),
            }
          : {}),
        ...(input.action === 'payment_received'
          ? {
              payment: {
                paymentId: `counter:${current.code}:${current.transitionSeq + 1}`,
                amount: current.procedure.fees.reduce((s, f) => s + f.amount, 0),
                paidAt: now.toISOString(),
                receiptNumber: input.note?.trim() || 'counter',
              },
            }
          : {}),
      });
      return { row, facts: await calendarFacts(tx, row, { now, calendars }) };
    });
    return present(deps, deps.db, row, ctx, facts);
  } catch (error) {
    if (stored) await deps.storage.delete(stored.storageKey).catch(() => undefined);
    throw error;
  }
}

/** Checks of the body that do not depend on the dossier (after the 404 of a dossier the actor may not see). */
function checkBody(ctx: RequestContext, input: TransitionDossierInput): void {
  if (input.action === 'payment_received' && ctx.actor.kind !== 'official') {
    throw new AppError('FORBIDDEN');
  }
  if ((input.resultFile || input.onPaper !== undefined) && input.action !== 'return') {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Tệp kết quả và "trả bằng bản giấy" chỉ dùng khi trả kết quả',
      detailEn: 'A result file and "on paper" belong to the return only',
      errors: [
        {
          path: input.resultFile ? '/body/resultFile' : '/body/onPaper',
          message: 'Tệp kết quả và "trả bằng bản giấy" chỉ dùng khi trả kết quả',
          messageEn: 'A result file and "on paper" belong to the return only',
        },
      ],
    });
  }
}

/**
 * The result file of a return: attached under `ket-qua` in the return's transaction (its audit entry
 * with it), or — without a new file — whether one was attached before.
 */
async function attachResult(
  tx: Db,
  deps: DossierDeps,
  ctx: RequestContext,
  input: { dossier: DossierRow; stored: StoredFile | undefined },
): Promise<{ attached: boolean; attachmentId?: string }> {
  const { dossier, stored } = input;
  if (!stored) {
    const existing = await listAttachments(tx, dossier.id);
    return { attached: existing.some((a) => a.componentKey === RESULT_COMPONENT_KEY) };
  }
  // The state and performer are checked by the transition in this same transaction; a refused return
  // rolls this row back with it.
  if (dossier.state !== 'processed') return { attached: false };
  const limit = deps.attachmentLimits.maxFilesPerDossier;
  if ((await countAttachments(tx, dossier.id)) >= limit) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Mỗi hồ sơ được đính kèm tối đa ${limit} tệp`,
      detailEn: `At most ${limit} files per dossier`,
      errors: [
        {
          path: '/body/resultFile',
          message: `Mỗi hồ sơ được đính kèm tối đa ${limit} tệp`,
          messageEn: `At most ${limit} files per dossier`,
        },
      ],
    });
  }
  const actor = ctx.actor;
  const row = await insertAttachment(tx, {
    id: newId(),
    dossierId: dossier.id,
    componentKey: RESULT_COMPONENT_KEY,
    fileName: stored.fileName,
    mediaType: stored.mediaType,
    size: stored.size,
    sha256: stored.sha256,
    storageKey: stored.storageKey,
    uploadedAt: deps.now(),
    uploadedByKind: actor.kind,
    uploadedById: actor.kind === 'official' ? actor.userId : null,
  });
  await recordAudit(tx, ctx, {
    action: 'dossier.attachment.upload',
    objectType: 'dossier',
    objectId: dossier.id,
    agencyId: dossier.agencyId,
    summary: { code: dossier.code, attachmentId: row.id, mediaType: stored.mediaType, size: stored.size },
  });
  return { attached: true, attachmentId: row.id };
}
