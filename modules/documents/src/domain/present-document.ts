import type { Actor } from '@openprovince/platform';
import type { TCopy, TDirective, TIncoming, TOutgoing } from '../contracts/index.ts';
import type { CopyRow } from '../repositories/copy.repository.ts';
import type { DirectiveRow } from '../repositories/directive.repository.ts';
import type { IncomingRow } from '../repositories/incoming.repository.ts';
import type { OutgoingRow } from '../repositories/outgoing.repository.ts';
import { numberSymbolFileName, outgoingFileName } from './file-names.ts';
import { typeName } from './number-symbol.ts';
import {
  type IncomingState,
  incomingActionsFor,
  type OutgoingState,
  outgoingActionsFor,
} from './workflow.ts';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function toOutgoingView(row: OutgoingRow, actor: Actor): TOutgoing {
  return {
    id: row.id,
    agencyId: row.agencyId,
    status: row.status,
    kind: row.kind as TOutgoing['kind'],
    typeCode: row.typeCode,
    typeName: typeName(row.typeCode ?? undefined) ?? (row.kind === 'official_letter' ? 'Công văn' : null),
    subject: row.subject,
    content: row.content,
    draftingUnit: row.draftingUnit,
    urgency: row.urgency as TOutgoing['urgency'],
    secrecy: row.secrecy as TOutgoing['secrecy'],
    isLegal: row.isLegal,
    recipients: row.recipients,
    file:
      row.fileKey && row.fileSha256
        ? { name: outgoingFileName(row), size: row.fileSize ?? 0, sha256: row.fileSha256 }
        : null,
    createdByName: row.createdByName,
    signerName: row.signerName,
    signerPosition: row.signerPosition,
    signMode: row.signMode,
    signedAt: iso(row.signedAt),
    signatures: row.signatures,
    number: row.number,
    year: row.year,
    numberSymbol: row.numberSymbol,
    issuedAt: iso(row.issuedAt),
    issueBy: iso(row.issueBy),
    replacesId: row.replacesId,
    correctsId: row.correctsId,
    recallReason: row.recallReason,
    recalledAt: iso(row.recalledAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: outgoingActionsFor(row.status as OutgoingState, actor),
  };
}

export function toIncomingView(row: IncomingRow, actor: Actor): TIncoming {
  return {
    id: row.id,
    agencyId: row.agencyId,
    status: row.status,
    channel: row.channel,
    senderName: row.senderName,
    senderCode: row.senderCode,
    numberSymbol: row.numberSymbol,
    issuedOn: row.issuedOn,
    typeCode: row.typeCode,
    subject: row.subject,
    signerName: row.signerName,
    urgency: row.urgency as TIncoming['urgency'],
    secrecy: row.secrecy as TIncoming['secrecy'],
    hasFile: !!row.fileKey,
    signatureResult: row.signatureResult,
    signatureReasons: row.signatureReasons,
    receivedAt: row.receivedAt.toISOString(),
    registerBy: iso(row.registerBy),
    incomingNumber: row.incomingNumber,
    registeredAt: iso(row.registeredAt),
    dueAt: iso(row.dueAt),
    finishedAt: iso(row.finishedAt),
    returnReason: row.returnReason,
    cancelledAt: iso(row.cancelledAt),
    recallRequestedAt: iso(row.recallRequestedAt),
    recallReason: row.recallReason,
    version: row.version,
    allowedActions: incomingActionsFor(row.status as IncomingState, actor),
  };
}

export function toDirectiveView(row: DirectiveRow, now: Date): TDirective {
  return {
    id: row.id,
    incomingId: row.incomingId,
    leaderName: row.leaderName,
    content: row.content,
    leadUnit: row.leadUnit,
    coordinatingUnits: row.coordinatingUnits,
    assigneeId: row.assigneeId,
    dueAt: iso(row.dueAt),
    status: row.status,
    finishedAt: iso(row.finishedAt),
    resultNote: row.resultNote,
    overdue:
      !!row.dueAt &&
      ((row.status === 'finished' && !!row.finishedAt && row.finishedAt > row.dueAt) ||
        ((row.status === 'open' || row.status === 'processing') && now > row.dueAt)),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toCopyView(row: CopyRow): TCopy {
  return {
    id: row.id,
    agencyId: row.agencyId,
    outgoingId: row.outgoingId,
    incomingId: row.incomingId,
    form: row.form,
    number: row.number,
    year: row.year,
    numberSymbol: row.numberSymbol,
    sourceNumberSymbol: row.sourceNumberSymbol,
    subject: row.subject,
    excerpt: row.excerpt,
    recipients: row.recipients,
    file: { name: copyFileName(row.numberSymbol), size: row.fileSize, sha256: row.fileSha256 },
    copiedByName: row.copiedByName,
    createdAt: row.createdAt.toISOString(),
  };
}

export const copyFileName = (numberSymbol: string) => numberSymbolFileName(numberSymbol, 'ban-sao-');
