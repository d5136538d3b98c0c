import type { Db } from '@openprovince/db';
import type { TAgency } from '@openprovince/identity/contracts';
import { enqueueJob } from '@openprovince/jobs';
import { BUSINESS_DOC_TYPES, buildStatusEdxml, type EdxmlDocument } from '../../adapters/edxml/edxml.ts';
import { signEdxml } from '../../adapters/edxml/edxml-signature.ts';
import type { DocumentDeps } from '../../deps.ts';
import { formatNotation, parseNumberSymbol } from '../../domain/number-symbol.ts';
import { STATUS_CODES, type StatusCode } from '../../domain/workflow.ts';
import { insertPackage, insertStatusMessage } from '../../repositories/exchange.repository.ts';
import type { IncomingRow } from '../../repositories/incoming.repository.ts';
import type { OutgoingRow } from '../../repositories/outgoing.repository.ts';
import { localDateOf } from './deadlines.ts';

/** The queue of edXML packages to hand to the exchange (LGSP / national axis); owned by documents. */
export const EDXML_DELIVER_QUEUE = 'documents.edxml.deliver';

const PRIORITY: Record<string, number> = { normal: 0, urgent: 1, top_urgent: 2, flash: 3 };
export const priorityOf = (urgency: string) => PRIORITY[urgency] ?? 0;
export const urgencyOf = (priority: number) =>
  (Object.entries(PRIORITY).find(([, p]) => p === priority)?.[0] ?? (priority >= 3 ? 'flash' : 'normal')) as
    | 'normal'
    | 'urgent'
    | 'top_urgent'
    | 'flash';

/** Number and notation as QCVN 102 Code: "97" + "KH-UBND"; Party "15" + "CTr/TU". */
export function codeOf(numberSymbol: string): { number: string; notation: string } {
  const parsed = parseNumberSymbol(numberSymbol);
  if (!parsed) {
    const i = numberSymbol.search(/[/-]/);
    return { number: numberSymbol.slice(0, i), notation: numberSymbol.slice(i + 1) };
  }
  return { number: String(parsed.number).padStart(2, '0'), notation: formatNotation(parsed) };
}

/** Back from Code to the printed identifier ("15" + "CTr/TU" → "15-CTr/TU"). */
export function numberSymbolOf(code: { number: string; notation: string }): string {
  const slash = `${code.number}/${code.notation}`;
  if (parseNumberSymbol(slash)) return slash;
  const dash = `${code.number}-${code.notation}`;
  return parseNumberSymbol(dash) ? dash : slash;
}

export function documentEdxml(input: {
  doc: OutgoingRow;
  sender: TAgency;
  to: { organId: string; organName: string }[];
  pdf: Buffer | null;
  place: string;
  at: Date;
}): EdxmlDocument {
  const { doc, sender } = input;
  return {
    from: { organId: sender.code, organName: sender.name },
    to: input.to,
    documentId: doc.id,
    code: codeOf(doc.numberSymbol ?? ''),
    promulgation: { place: input.place, date: localDateOf(doc.issuedAt ?? input.at) },
    documentType: {
      type: doc.kind === 'official_letter' ? 2 : 1,
      typeName: doc.typeCode ? (doc.typeCode as string) : 'Công văn',
    },
    subject: doc.subject,
    ...(doc.content ? { content: doc.content.slice(0, 4000) } : {}),
    signer: {
      competence: doc.signMode ?? '',
      position: doc.signerPosition ?? '',
      fullName: doc.signerName ?? '',
    },
    toPlaces: doc.recipients.map((r) => r.name),
    priority: priorityOf(doc.urgency),
    sphereOfPromulgation: doc.isLegal ? 'Toàn tỉnh' : '',
    steeringType: 0,
    trace: [{ organId: sender.code, timestamp: input.at }],
    business: doc.replacesId
      ? { docType: BUSINESS_DOC_TYPES.replace, replaces: [doc.replacesId] }
      : { docType: BUSINESS_DOC_TYPES.new },
    attachments: input.pdf
      ? [
          {
            contentId: `${doc.id}.pdf`,
            contentType: 'application/pdf',
            name: doc.fileName ?? 'van-ban.pdf',
            data: input.pdf,
          },
        ]
      : [],
  };
}

/** Signs and stores an outgoing package, and enqueues its delivery job (same transaction). */
export async function storeOutgoingPackage(
  tx: Db,
  deps: DocumentDeps,
  input: {
    kind: 'document' | 'status';
    xml: string;
    agencyId: string | null;
    fromCode: string;
    toCode: string | null;
    outgoingId?: string | null;
    incomingId?: string | null;
    statusCode?: string | null;
    deliveredAt?: Date | null;
  },
): Promise<{ id: string; xml: string }> {
  const signed = signEdxml(input.xml, deps.exchange);
  const row = await insertPackage(tx, {
    direction: 'out',
    kind: input.kind,
    agencyId: input.agencyId,
    fromCode: input.fromCode,
    toCode: input.toCode,
    outgoingId: input.outgoingId ?? null,
    incomingId: input.incomingId ?? null,
    statusCode: input.statusCode ?? null,
    xml: signed,
    deliveredAt: input.deliveredAt ?? null,
    createdAt: deps.now(),
  });
  if (!input.deliveredAt) {
    await enqueueJob(tx, {
      queue: EDXML_DELIVER_QUEUE,
      payload: { packageId: row.id },
      dedupeKey: `edxml:${row.id}`,
    });
  }
  return { id: row.id, xml: signed };
}

/**
 * A recipient's status (01–06, 15, 16) about a document, sent back to its issuer automatically: on the
 * platform a status row the issuer sees at once; for an outside sender a signed Status package.
 */
export async function emitStatus(
  tx: Db,
  deps: DocumentDeps,
  input: {
    incoming: IncomingRow;
    recipient: { id: string; code: string; name: string };
    code: StatusCode;
    staffName: string;
    description?: string;
    at: Date;
  },
): Promise<void> {
  const { incoming } = input;
  const description = input.description ?? STATUS_CODES[input.code].vi;
  const xml = buildStatusEdxml({
    responseFor: {
      organId: incoming.senderCode ?? '',
      code: incoming.numberSymbol,
      documentId: incoming.sourceId ?? incoming.numberSymbol,
      ...(incoming.issuedOn ? { promulgationDate: incoming.issuedOn } : {}),
    },
    from: { organId: input.recipient.code, organName: input.recipient.name },
    statusCode: input.code,
    description,
    timestamp: input.at,
    staff: { staff: input.staffName },
  });
  await insertStatusMessage(tx, {
    outgoingId: incoming.sourceId,
    incomingId: incoming.id,
    fromAgencyId: input.recipient.id,
    fromCode: input.recipient.code,
    toAgencyId: incoming.senderAgencyId,
    toCode: incoming.senderCode,
    statusCode: input.code,
    description,
    staffName: input.staffName,
    occurredAt: input.at,
  });
  await storeOutgoingPackage(tx, deps, {
    kind: 'status',
    xml,
    agencyId: input.recipient.id,
    fromCode: input.recipient.code,
    toCode: incoming.senderCode,
    outgoingId: incoming.sourceId,
    incomingId: incoming.id,
    statusCode: input.code,
    // Between agencies on the platform the status row is the delivery.
    deliveredAt: incoming.channel === 'platform' ? input.at : null,
  });
}
