import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import { draftPdf, pdfPageCount } from '../adapters/pdf/document-pdf.ts';
import type { TCreateOutgoingBody, TOutgoing } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { formatNotation } from '../domain/number-symbol.ts';
import { validateKindAndType } from '../domain/outgoing-draft.ts';
import { toOutgoingView } from '../domain/present-document.ts';
import { canDraft } from '../policies.ts';
import { agencyOf } from '../repositories/agency.repository.ts';
import { findOutgoing, insertOutgoing } from '../repositories/outgoing.repository.ts';

export type CreateOutgoingInput = Omit<TCreateOutgoingBody, 'pdfBase64'> & { pdf?: Buffer };

/** A specialist drafts an outgoing document: its PDF uploaded, or generated from the content. */
export async function createOutgoing(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: CreateOutgoingInput,
): Promise<TOutgoing> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  authorize(actor, canDraft, { agencyId: actor.agencyId });
  const kind = input.kind;
  const typeCode = input.typeCode?.normalize('NFC') || null;
  validateKindAndType({
    kind,
    typeCode,
    isLegal: input.isLegal ?? false,
    draftingUnit: input.draftingUnit ?? null,
  });
  const now = deps.now();
  for (const [field, id] of [
    ['replacesId', input.replacesId],
    ['correctsId', input.correctsId],
  ] as const) {
    if (!id) continue;
    const original = await findOutgoing(deps.db, id);
    if (!original || original.agencyId !== actor.agencyId || original.status !== 'issued') {
      throw AppError.forField({
        code: 'BUSINESS_RULE_VIOLATED',
        path: `/body/${field}`,
        message: 'Chỉ thay thế hoặc đính chính văn bản đã phát hành của cơ quan mình',
        messageEn: 'Only an issued document of your agency can be replaced or corrected',
      });
    }
  }
  const agency = await agencyOf(deps.db, actor.agencyId);
  let pdf = input.pdf;
  if (pdf && (await pdfPageCount(pdf)) === undefined) {
    throw AppError.forField({
      path: '/body/pdfBase64',
      message: 'Tệp không phải PDF',
      messageEn: 'The file is not a PDF',
    });
  }
  if (!pdf && (input.generateFromTemplate ?? !!input.content)) {
    pdf = await draftPdf({
      agencyName: agency.name,
      notation: formatNotation({
        kind: kind === 'official_letter' ? 'official_letter' : kind,
        ...(typeCode ? { typeCode } : {}),
        issuer: agency.abbreviation,
        ...(input.draftingUnit ? { draftingUnit: input.draftingUnit } : {}),
        year: now.getUTCFullYear(),
      }),
      place: deps.place,
      kind,
      typeCode,
      subject: nfc(input.subject),
      content: nfc(input.content ?? ''),
      urgency: input.urgency ?? 'normal',
      recipients: input.recipients.map((r) => nfc(r.name)),
    });
  }
  const stored = pdf ? await deps.storage.put(pdf, { prefix: 'documents' }) : undefined;
  return deps.db.transaction(async (tx) => {
    const row = await insertOutgoing(tx, {
      agencyId: actor.agencyId,
      kind,
      typeCode,
      subject: nfc(input.subject),
      content: input.content ? nfc(input.content) : null,
      draftingUnit: input.draftingUnit ?? null,
      urgency: input.urgency ?? 'normal',
      secrecy: input.secrecy ?? 'normal',
      isLegal: input.isLegal ?? kind === 'legal',
      recipients: input.recipients.map((r) => ({ ...r, name: nfc(r.name) })),
      ...(stored && pdf
        ? {
            fileKey: stored.key,
            fileSha256: stored.sha256,
            fileSize: stored.size,
            fileName: input.fileName ?? 'du-thao.pdf',
            pageCount: (await pdfPageCount(pdf)) ?? null,
          }
        : {}),
      createdBy: actor.userId,
      createdByName: actor.fullName,
      replacesId: input.replacesId ?? null,
      correctsId: input.correctsId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'documents.outgoing.create',
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { kind, typeCode, subject: row.subject, recipients: row.recipients.length },
    });
    return toOutgoingView(row, actor);
  });
}
