import { randomUUID } from 'node:crypto';
import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, hasPermission, nfc, type RequestContext } from '@openprovince/platform';
import { type CopyForm, copyPdf } from '../adapters/pdf/document-pdf.ts';
import type { TCopy } from '../contracts/index.ts';
import { DOCUMENT_PERMISSIONS } from '../contracts/permissions.ts';
import { assertFreshReauthentication, type DocumentDeps } from '../deps.ts';
import { formatNumberSymbol } from '../domain/number-symbol.ts';
import { toCopyView } from '../domain/present-document.ts';
import { canActOnDocuments } from '../policies.ts';
import { agencyOf } from '../repositories/agency.repository.ts';
import { insertCopy } from '../repositories/copy.repository.ts';
import { findIncoming } from '../repositories/incoming.repository.ts';
import { findOutgoing } from '../repositories/outgoing.repository.ts';
import { localYear } from './shared/deadlines.ts';
import { allocateNumber, seriesFor } from './shared/numbering.ts';

export interface CreateDocumentCopyInput {
  /** Exactly one: the issued outgoing document, or the received incoming one. */
  outgoingId?: string;
  incomingId?: string;
  form: CopyForm;
  organisationCertificateId: string;
  excerpt?: string;
  recipients?: string[];
  /** Identity's proof that the official typed the password again (at most five minutes ago). */
  reauthProof: string;
}

/** States of an incoming document that has really been received (not waiting, returned or recalled). */
const COPYABLE_INCOMING = new Set(['registered', 'presented', 'assigned', 'processing', 'finished']);

/**
 * The clerk makes a copy (Decree 30/2020 Art. 25–27) of a document the agency holds: an outgoing document
 * it issued, or an incoming document it registered. In one transaction: the next number of the agency's
 * copy register ("01/SY-STTTT"), the copy PDF (the pages copied and the copy block of Appendix I), the
 * agency's organisation signature, the copy row and the audit record. Another agency's document does not
 * exist for the caller (404); a document not issued, recalled or not yet registered cannot be copied (409).
 */
export async function createDocumentCopy(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: CreateDocumentCopyInput,
): Promise<TCopy> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  if (!!input.outgoingId === !!input.incomingId) throw new AppError('VALIDATION_FAILED');
  const out = input.outgoingId ? await findOutgoing(deps.db, input.outgoingId) : undefined;
  const inc = input.incomingId ? await findIncoming(deps.db, input.incomingId) : undefined;
  const holder = out?.agencyId ?? inc?.agencyId ?? '';
  authorize(actor, canActOnDocuments, { agencyId: holder });
  if (!out && !inc) throw new AppError('NOT_FOUND');
  if (!hasPermission(actor, DOCUMENT_PERMISSIONS.issue)) throw new AppError('FORBIDDEN');
  const copyable = out ? out.status === 'issued' : COPYABLE_INCOMING.has(inc!.status);
  const fileKey = out?.fileKey ?? inc?.fileKey;
  if (!copyable || !fileKey) {
    throw new AppError('INVALID_STATE', {
      detail: out
        ? 'Chỉ sao được văn bản đã phát hành và chưa bị thu hồi'
        : 'Chỉ sao được văn bản đến đã vào sổ, có tệp và chưa bị thu hồi',
      detailEn: out
        ? 'Only an issued document that has not been recalled can be copied'
        : 'Only a registered incoming document with a file that has not been recalled can be copied',
    });
  }
  if (input.form === 'TS' && !input.excerpt?.trim()) {
    throw AppError.forField({
      path: '/body/excerpt',
      message: 'Trích sao cần ghi rõ phần được trích',
      messageEn: 'An extract needs the part copied',
    });
  }
  assertFreshReauthentication(deps, ctx, input.reauthProof);
  const agency = await agencyOf(deps.db, holder);
  const parent = agency.parentId ? await agencyOf(deps.db, agency.parentId) : undefined;
  const sourceNumberSymbol = (out?.numberSymbol ?? inc?.numberSymbol)!;
  const sourceIssuer = out ? agency.name : inc!.senderName;
  const sourceSigners = out
    ? out.signatures.map((s) => s.signerName)
    : [inc!.signerName, inc!.senderName].filter((s): s is string => !!s);
  const excerpt = input.form === 'TS' && input.excerpt ? nfc(input.excerpt.trim()) : null;
  const recipients = (input.recipients ?? []).map((r) => nfc(r.trim())).filter(Boolean);
  const subject = (out?.subject ?? inc?.subject)!;
  const secrecy = out?.secrecy ?? inc!.secrecy;

  return deps.db.transaction(async (tx) => {
    const now = deps.now();
    const year = localYear(now);
    const id = randomUUID();
    const { register, number } = await allocateNumber(tx, {
      series: seriesFor({ agencyId: holder, year, direction: 'copy', secrecy }),
      copyId: id,
      at: now,
    });
    const numberSymbol = formatNumberSymbol({
      kind: 'administrative',
      number,
      typeCode: input.form,
      issuer: agency.abbreviation,
    });
    const unsigned = await copyPdf({
      source: await deps.storage.get(fileKey),
      form: input.form,
      agencyName: agency.name,
      ...(parent ? { parentName: parent.name } : {}),
      numberSymbol,
      place: deps.place,
      at: now,
      sourceNumberSymbol,
      sourceIssuer,
      sourceSigners,
      excerpt,
      recipients,
    });
    const signed = await deps.signer.signPdf({
      pdf: unsigned,
      certificateId: input.organisationCertificateId,
      actor,
      reauthProof: input.reauthProof,
      appearance: {
        kind: 'organisation',
        name: agency.name,
        numberSymbol,
        placement: 'top-right',
        reason: `${input.form === 'SY' ? 'Sao y' : input.form === 'SL' ? 'Sao lục' : 'Trích sao'} văn bản ${sourceNumberSymbol}`,
      },
      db: tx,
    });
    const stored = await deps.storage.put(signed, { prefix: 'documents' });
    const row = await insertCopy(tx, {
      id,
      agencyId: holder,
      outgoingId: out?.id ?? null,
      incomingId: inc?.id ?? null,
      form: input.form,
      registerId: register.id,
      number,
      year,
      numberSymbol,
      sourceNumberSymbol,
      subject,
      excerpt,
      recipients,
      fileKey: stored.key,
      fileSha256: stored.sha256,
      fileSize: stored.size,
      certificateId: input.organisationCertificateId,
      copiedBy: actor.userId,
      copiedByName: actor.fullName,
      createdAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'documents.copy.create',
      objectType: 'document_copy',
      objectId: row.id,
      agencyId: holder,
      summary: {
        form: input.form,
        numberSymbol,
        sourceNumberSymbol,
        outgoingId: row.outgoingId,
        incomingId: row.incomingId,
        sha256: stored.sha256,
      },
    });
    return toCopyView(row);
  });
}
