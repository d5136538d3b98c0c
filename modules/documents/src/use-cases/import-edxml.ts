import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { DocumentDeps } from '../documents-deps.ts';
import { parseNumberSymbol } from '../domain/number-symbol.ts';
import { INCOMING_FLOW, type IncomingState } from '../domain/workflow.ts';
import { parseEdxml } from '../edxml/edxml.ts';
import { verifyEdxml } from '../edxml/edxml-signature.ts';
import { agencyOf } from '../internal/agencies.ts';
import { handleBy } from '../internal/deadlines.ts';
import { emitStatus, numberSymbolOf, urgencyOf } from '../internal/exchange.ts';
import { canRegisterIncoming } from '../policies.ts';
import { closeDirectivesOf } from '../repositories/directive.repository.ts';
import { insertPackage, insertStatusMessage } from '../repositories/exchange.repository.ts';
import { insertIncoming, listIncoming, updateIncoming } from '../repositories/incoming.repository.ts';
import { findOutgoing, findOutgoingBySymbol } from '../repositories/outgoing.repository.ts';

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
  const check = verifyEdxml(input.xml, [deps.exchange.publicKeyPem, ...(deps.exchange.trusted ?? [])]);
  if (!check.valid) {
    throw new AppError('BUSINESS_RULE_VIOLATED', {
      detail: `Gói tin edXML không hợp lệ: ${check.reasons[0]}`,
      detailEn: 'The edXML package failed its signature check',
    });
  }
  let parsed: ReturnType<typeof parseEdxml>;
  try {
    parsed = parseEdxml(input.xml);
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', {
      detail: 'Không đọc được gói tin edXML',
      detailEn: (error as Error).message,
    });
  }
  const me = await agencyOf(deps.db, ctx, actor.agencyId);
  const now = deps.now();

  if (parsed.kind === 'document') {
    const d = parsed.document;
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
    const registerBy = await handleBy(deps.db, ctx, { at: now, urgency, agencyId: me.id });
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

  const s = parsed.status;
  return deps.db.transaction(async (tx) => {
    let outgoingId: string | null = null;
    let incomingId: string | null = null;
    if (s.statusCode === '13') {
      // A recall from an outside issuer: find our copy by sender and number/symbol.
      const page = await listIncoming(tx, { agencyId: me.id, limit: 500, offset: 0 });
      const target = page.items.find(
        (r) =>
          r.senderCode === s.from.organId &&
          r.numberSymbol === s.responseFor.code &&
          r.channel === 'edxml_file',
      );
      if (!target) {
        throw new AppError('NOT_FOUND', {
          detail: `Không có văn bản ${s.responseFor.code} của ${s.from.organId} để thu hồi`,
          detailEn: 'No such incoming document to recall',
        });
      }
      incomingId = target.id;
      const cancellable = !!INCOMING_FLOW[target.status as IncomingState].cancel;
      const recall = { recallRequestedAt: now, recallReason: s.description ?? null };
      const updated = await updateIncoming(
        tx,
        target.id,
        cancellable ? { status: 'cancelled', cancelledAt: now, ...recall } : recall,
        now,
      );
      if (cancellable) await closeDirectivesOf(tx, { incomingId: target.id, status: 'cancelled', at: now });
      await emitStatus(tx, deps, {
        incoming: updated,
        recipient: { id: me.id, code: me.code, name: me.name },
        code: cancellable ? '15' : '16',
        staffName: 'Hệ thống',
        at: now,
      });
    } else {
      const id = s.responseFor.documentId;
      // ResponseFor names the document by the issuer's DocumentId, or by OrganId + Code + date.
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
      outgoingId = doc.id;
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
