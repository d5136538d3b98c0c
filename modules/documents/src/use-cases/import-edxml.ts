import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import type { TAgency } from '@openprovince/identity/contracts';
import { AppError, authorize, type RequestContext, systemActor } from '@openprovince/platform';
import { type EdxmlDocument, type EdxmlStatus, parseEdxml } from '../adapters/edxml/edxml.ts';
import { verifyEdxml } from '../adapters/edxml/edxml-signature.ts';
import type { DocumentDeps } from '../deps.ts';
import { parseNumberSymbol } from '../domain/number-symbol.ts';
import { type IncomingState, recallCancels } from '../domain/workflow.ts';
import { canRegisterIncoming } from '../policies.ts';
import { agencyOf } from '../repositories/agency.repository.ts';
import { closeDirectivesOf } from '../repositories/directive.repository.ts';
import { insertPackage, insertStatusMessage } from '../repositories/exchange.repository.ts';
import { insertIncoming, listIncoming, updateIncoming } from '../repositories/incoming.repository.ts';
import { findOutgoing, findOutgoingBySymbol } from '../repositories/outgoing.repository.ts';
import { handleBy } from './shared/deadlines.ts';
import { emitStatus, numberSymbolOf, urgencyOf } from './shared/exchange.ts';
import { writeIncomingState } from './shared/incoming-step.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ImportEdxmlResult {
  kind: 'document' | 'status';
  incomingId: string | null;
  outgoingId: string | null;
  statusCode: string | null;
}

/**
 * Imports an edXML file from outside the platform. The XML signature is checked first against the keys
 * the platform trusts; a package that fails is refused (Decree 30 Art. 21: verify authenticity and
 * integrity). A document package becomes an incoming document of the importing agency (status 01 goes
 * back as a package); a status package is attached to the outgoing document it answers; a recall (13)
 * cancels the copy (15) or is refused when processing finished (16).
 */
export async function importEdxml(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { xml: string },
): Promise<ImportEdxmlResult> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  authorize(actor, canRegisterIncoming, { agencyId: actor.agencyId });
  const parsed = verifyAndParse(deps, input.xml);
  const me = await agencyOf(deps.db, actor.agencyId);
  const now = deps.now();
  const step = { deps, ctx, me, xml: input.xml, now };
  return parsed.kind === 'document'
    ? importDocument({ ...step, document: parsed.document })
    : importStatus({ ...step, status: parsed.status });
}

interface ImportStep {
  deps: DocumentDeps;
  ctx: RequestContext;
  /** The importing agency. */
  me: TAgency;
  xml: string;
  now: Date;
}

/** Refuses a package whose XML signature no trusted key made, then reads it. */
function verifyAndParse(deps: DocumentDeps, xml: string): ReturnType<typeof parseEdxml> {
  const check = verifyEdxml(xml, [deps.exchange.publicKeyPem, ...(deps.exchange.trusted ?? [])]);
  if (!check.valid) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Gói tin edXML không hợp lệ: ${check.reasons[0]}`,
      detailEn: 'The edXML package failed its signature check',
    });
  }
  try {
    return parseEdxml(xml);
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Không đọc được gói tin edXML',
      detailEn: (error as Error).message,
    });
  }
}

/** A document package addressed to us becomes an incoming document; "01 arrived" goes back. */
async function importDocument(input: ImportStep & { document: EdxmlDocument }): Promise<ImportEdxmlResult> {
  const { deps, ctx, me, now, document: d } = input;
  if (!d.to.some((t) => t.organId === me.code)) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Gói tin không gửi cho ${me.name} (${me.code})`,
      detailEn: `The package is not addressed to ${me.code}`,
    });
  }
  const pdf = d.attachments.find((a) => a.contentType === 'application/pdf');
  const verification = pdf ? await deps.signer.verifyPdf(pdf.data) : undefined;
  const stored = pdf ? await deps.storage.put(pdf.data, { prefix: 'documents' }) : undefined;
  const urgency = urgencyOf(d.priority);
  const registerBy = await handleBy(deps.db, { at: now, urgency, agencyId: me.id });
  const numberSymbol = numberSymbolOf(d.code);
  return deps.db.transaction(async (tx) => {
    const row = await insertIncoming(tx, {
      agencyId: me.id,
      channel: 'edxml_file',
      senderCode: d.from.organId,
      senderName: d.from.organName,
      numberSymbol,
      issuedOn: d.promulgation.date || null,
      typeCode: parseNumberSymbol(numberSymbol)?.typeCode ?? null,
      subject: d.subject,
      signerName: d.signer.fullName || null,
      urgency,
      secrecy: 'normal',
      fileKey: stored?.key ?? null,
      fileSha256: stored?.sha256 ?? null,
      signatureResult: verification?.result ?? null,
      signatureReasons: verification?.reasons ?? [],
      receivedAt: now,
      registerBy,
      createdAt: now,
      updatedAt: now,
    });
    await insertPackage(tx, {
      direction: 'in',
      kind: 'document',
      agencyId: me.id,
      fromCode: d.from.organId,
      toCode: me.code,
      incomingId: row.id,
      xml: input.xml,
      deliveredAt: now,
      createdAt: now,
    });
    await emitStatus(tx, deps, {
      incoming: row,
      recipient: { id: me.id, code: me.code, name: me.name },
      code: '01',
      staffName: 'Hệ thống',
      at: now,
    });
    await recordAudit(tx, ctx, {
      action: 'documents.edxml.import',
      objectType: 'incoming_document',
      objectId: row.id,
      agencyId: me.id,
      summary: { from: d.from.organId, numberSymbol },
    });
    return { kind: 'document' as const, incomingId: row.id, outgoingId: null, statusCode: null };
  });
}

/** A status package: a recall acts on our copy; any other status is attached to our outgoing document. */
async function importStatus(input: ImportStep & { status: EdxmlStatus }): Promise<ImportEdxmlResult> {
  const { deps, ctx, me, now, status: s } = input;
  return deps.db.transaction(async (tx) => {
    let outgoingId: string | null = null;
    let incomingId: string | null = null;
    if (s.statusCode === '13') {
      incomingId = await applyRecall(tx, { ...input, status: s });
    } else {
      outgoingId = await attachStatus(tx, { me, status: s });
    }
    await insertPackage(tx, {
      direction: 'in',
      kind: 'status',
      agencyId: me.id,
      fromCode: s.from.organId,
      toCode: me.code,
      outgoingId,
      incomingId,
      statusCode: s.statusCode,
      xml: input.xml,
      deliveredAt: now,
      createdAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'documents.edxml.import-status',
      objectType: outgoingId ? 'outgoing_document' : 'incoming_document',
      objectId: outgoingId ?? incomingId,
      agencyId: me.id,
      summary: { from: s.from.organId, statusCode: s.statusCode, code: s.responseFor.code },
    });
    return { kind: 'status' as const, incomingId, outgoingId, statusCode: s.statusCode };
  });
}

/**
 * A recall from an outside issuer: our copy (found by sender and number/symbol) is cancelled and 15 goes
 * back, or, once processing finished, it is kept and 16 goes back. Returns the copy's id.
 */
async function applyRecall(tx: Db, input: ImportStep & { status: EdxmlStatus }): Promise<string> {
  const { deps, me, now, status: s } = input;
  const page = await listIncoming(tx, { agencyId: me.id, limit: 500, offset: 0 });
  const target = page.items.find(
    (r) =>
      r.senderCode === s.from.organId && r.numberSymbol === s.responseFor.code && r.channel === 'edxml_file',
  );
  if (!target) {
    throw new AppError('NOT_FOUND', {
      detail: `Không có văn bản ${s.responseFor.code} của ${s.from.organId} để thu hồi`,
      detailEn: 'No such incoming document to recall',
    });
  }
  const cancellable = recallCancels(target.status as IncomingState);
  const recall = { recallRequestedAt: now, recallReason: s.description ?? null };
  // The platform cancels the copy on the outside issuer's behalf.
  const updated = cancellable
    ? (
        await writeIncomingState(tx, {
          row: target,
          action: 'cancel',
          actor: systemActor('documents.edxml'),
          now,
          changes: recall,
        })
      ).updated
    : await updateIncoming(tx, target.id, recall, now);
  if (cancellable) await closeDirectivesOf(tx, { incomingId: target.id, status: 'cancelled', at: now });
  await emitStatus(tx, deps, {
    incoming: updated,
    recipient: { id: me.id, code: me.code, name: me.name },
    code: cancellable ? '15' : '16',
    staffName: 'Hệ thống',
    at: now,
  });
  return target.id;
}

/**
 * Any other status answers one of our outgoing documents, named by the issuer's DocumentId or by OrganId +
 * Code + date; it is kept beside it. Returns the document's id.
 */
async function attachStatus(tx: Db, input: { me: TAgency; status: EdxmlStatus }): Promise<string> {
  const { me, status: s } = input;
  const id = s.responseFor.documentId;
  const byId = UUID.test(id) ? await findOutgoing(tx, id) : undefined;
  const doc =
    byId ??
    (s.responseFor.organId === me.code
      ? await findOutgoingBySymbol(tx, {
          agencyId: me.id,
          numberSymbol: s.responseFor.code,
          ...(s.responseFor.promulgationDate
            ? { year: Number(s.responseFor.promulgationDate.slice(0, 4)) }
            : {}),
        })
      : undefined);
  if (!doc || doc.agencyId !== me.id) {
    throw new AppError('NOT_FOUND', {
      detail: 'Gói trạng thái không ứng với văn bản nào của cơ quan',
      detailEn: 'The status package answers no document of this agency',
    });
  }
  await insertStatusMessage(tx, {
    outgoingId: doc.id,
    fromCode: s.from.organId,
    toAgencyId: me.id,
    toCode: me.code,
    statusCode: s.statusCode,
    description: s.description ?? null,
    staffName: s.staff?.staff || null,
    occurredAt: s.timestamp,
  });
  return doc.id;
}
