import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import { pdfPageCount } from '../adapters/pdf/document-pdf.ts';
import type { TOutgoing, TUpdateOutgoingBody } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { assertVersion } from '../domain/guards.ts';
import { validateKindAndType } from '../domain/outgoing-draft.ts';
import { toOutgoingView } from '../domain/present-document.ts';
import { canActOnDocuments } from '../policies.ts';
import { findOutgoing, lockOutgoing } from '../repositories/outgoing.repository.ts';
import { decideOutgoing, writeOutgoingState } from './shared/outgoing-step.ts';

/** Edits a draft (If-Match). Only drafts are edited; a document under review is returned first. */
export async function updateOutgoing(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: TUpdateOutgoingBody & { id: string; version: number },
): Promise<TOutgoing> {
  const existing = await findOutgoing(deps.db, input.id);
  authorize(ctx.actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  return deps.db.transaction(async (tx) => {
    const row = (await lockOutgoing(tx, input.id))!;
    assertVersion(row, input.version);
    decideOutgoing({ state: row.status, action: 'edit', actor: ctx.actor });
    const typeCode = input.typeCode !== undefined ? input.typeCode.normalize('NFC') || null : row.typeCode;
    const draftingUnit = input.draftingUnit ?? row.draftingUnit;
    validateKindAndType({
      kind: row.kind as TOutgoing['kind'],
      typeCode,
      isLegal: row.isLegal,
      draftingUnit,
    });
    const updated = await writeOutgoingState(tx, {
      row,
      action: 'edit',
      actor: ctx.actor,
      now: deps.now(),
      changes: {
        typeCode,
        draftingUnit,
        ...(input.subject ? { subject: nfc(input.subject) } : {}),
        ...(input.content !== undefined ? { content: nfc(input.content) } : {}),
        ...(input.urgency ? { urgency: input.urgency } : {}),
        ...(input.secrecy ? { secrecy: input.secrecy } : {}),
        ...(input.recipients
          ? { recipients: input.recipients.map((r) => ({ ...r, name: nfc(r.name) })) }
          : {}),
      },
    });
    await recordAudit(tx, ctx, {
      action: 'documents.outgoing.update',
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { fields: Object.keys(input).filter((k) => k !== 'id' && k !== 'version') },
    });
    return toOutgoingView(updated, ctx.actor);
  });
}

/** Replaces a draft's PDF (application/pdf upload, If-Match). */
export async function uploadOutgoingFile(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string; version: number; pdf: Buffer; fileName?: string },
): Promise<TOutgoing> {
  const existing = await findOutgoing(deps.db, input.id);
  authorize(ctx.actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  const pages = await pdfPageCount(input.pdf);
  if (pages === undefined) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Tệp không phải PDF',
      detailEn: 'The file is not a PDF',
    });
  }
  const stored = await deps.storage.put(input.pdf, { prefix: 'documents' });
  return deps.db.transaction(async (tx) => {
    const row = (await lockOutgoing(tx, input.id))!;
    assertVersion(row, input.version);
    decideOutgoing({ state: row.status, action: 'edit', actor: ctx.actor });
    const updated = await writeOutgoingState(tx, {
      row,
      action: 'edit',
      actor: ctx.actor,
      now: deps.now(),
      changes: {
        fileKey: stored.key,
        fileSha256: stored.sha256,
        fileSize: stored.size,
        fileName: input.fileName ?? row.fileName ?? 'du-thao.pdf',
        pageCount: pages,
      },
    });
    await recordAudit(tx, ctx, {
      action: 'documents.outgoing.file',
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { sha256: stored.sha256, size: stored.size, pages },
    });
    return toOutgoingView(updated, ctx.actor);
  });
}
