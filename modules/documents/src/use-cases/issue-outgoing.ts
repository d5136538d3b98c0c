import { recordAudit } from '@openprovince/audit';
import type { Db } from '@openprovince/db';
import type { TAgency } from '@openprovince/identity/contracts';
import { AppError, authorize, type OfficialActor, type RequestContext } from '@openprovince/platform';
import { buildDocumentEdxml } from '../adapters/edxml/edxml.ts';
import type { TOutgoing } from '../contracts/index.ts';
import { assertFreshReauthentication, type DocumentDeps } from '../deps.ts';
import { assertVersion } from '../domain/guards.ts';
import { formatNumberSymbol, type NumberSymbolKind } from '../domain/number-symbol.ts';
import { toOutgoingView } from '../domain/present-document.ts';
import { canActOnDocuments } from '../policies.ts';
import { agencyOf } from '../repositories/agency.repository.ts';
import { insertIncoming } from '../repositories/incoming.repository.ts';
import type { OutgoingRow } from '../repositories/outgoing.repository.ts';
import { findOutgoing, lockOutgoing } from '../repositories/outgoing.repository.ts';
import { handleBy, localDateOf, localYear } from './shared/deadlines.ts';
import { documentEdxml, emitStatus, storeOutgoingPackage } from './shared/exchange.ts';
import { allocateNumber, seriesFor } from './shared/numbering.ts';
import { decideOutgoing, writeOutgoingState } from './shared/outgoing-step.ts';

export interface IssueOutgoingInput {
  id: string;
  version: number;
  organisationCertificateId: string;
  /** Identity's proof that the official typed the password again (at most five minutes ago). */
  reauthProof: string;
}

/**
 * The clerk issues a signed document (Decree 30/2020 Art. 15–16), all in one transaction:
 * number and symbol from the register (row-locked counter: a rollback frees the number), the
 * organisation's digital signature, and delivery to every recipient agency on the platform — an incoming
 * row in each, an automatic "01 arrived" back to the issuer, and a signed edXML package per recipient
 * (outside agencies' packages wait for the exchange job or a file export).
 */
export async function issueOutgoing(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: IssueOutgoingInput,
): Promise<TOutgoing> {
  const { actor, sender, recipientAgencies } = await checkAndLoad(deps, ctx, input);

  return deps.db.transaction(async (tx) => {
    const row = (await lockOutgoing(tx, input.id))!;
    assertVersion(row, input.version);
    decideOutgoing({ state: row.status, action: 'issue', actor });
    const now = deps.now();
    const numbered = await numberDocument(tx, { row, sender, now });
    // The organisation signature carries the number and date (it is applied after numbering).
    const signed = await deps.signer.signPdf({
      pdf: await deps.storage.get(row.fileKey!),
      certificateId: input.organisationCertificateId,
      actor,
      reauthProof: input.reauthProof,
      appearance: {
        kind: 'organisation',
        name: sender.name,
        numberSymbol: numbered.numberSymbol,
        placement: 'top-right',
      },
      db: tx,
    });
    const stored = await deps.storage.put(signed, { prefix: 'documents' });
    const issued = await writeOutgoingState(tx, {
      row,
      action: 'issue',
      actor,
      now,
      changes: {
        registerId: numbered.register.id,
        number: numbered.number,
        year: numbered.year,
        numberSymbol: numbered.numberSymbol,
        issuedAt: now,
        issuedBy: actor.userId,
        fileKey: stored.key,
        fileSha256: stored.sha256,
        fileSize: stored.size,
        signatures: [
          ...row.signatures,
          {
            kind: 'organisation',
            certificateId: input.organisationCertificateId,
            signerName: sender.name,
            signedAt: now.toISOString(),
          },
        ],
      },
    });
    if (row.replacesId) await markReplaced(tx, { id: row.replacesId, actor, now });

    const delivery = { issued, sender, signed, stored, numberSymbol: numbered.numberSymbol, now };
    await deliverOnPlatform(tx, deps, { ...delivery, recipientAgencies });
    await packageForOutsideAgencies(tx, deps, delivery);

    await recordAudit(tx, ctx, {
      action: 'documents.outgoing.issue',
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: {
        numberSymbol: numbered.numberSymbol,
        registerId: numbered.register.id,
        number: numbered.number,
        recipientsOnPlatform: recipientAgencies.size,
        sha256: stored.sha256,
      },
    });
    return toOutgoingView(issued, actor);
  });
}

/**
 * Before the transaction: who issues, whether the document may be issued now (state, version, fresh
 * re-authentication), and the sender and recipient agencies (read once, outside the locks).
 */
async function checkAndLoad(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: IssueOutgoingInput,
): Promise<{ actor: OfficialActor; sender: TAgency; recipientAgencies: Map<string, TAgency> }> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  const existing = await findOutgoing(deps.db, input.id);
  authorize(actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  assertVersion(existing, input.version);
  decideOutgoing({ state: existing.status, action: 'issue', actor });
  assertFreshReauthentication(deps, ctx, input.reauthProof);
  const sender = await agencyOf(deps.db, existing.agencyId);
  const recipientAgencies = new Map<string, TAgency>();
  for (const r of existing.recipients) {
    if (r.agencyId && r.agencyId !== existing.agencyId && !recipientAgencies.has(r.agencyId)) {
      recipientAgencies.set(r.agencyId, await agencyOf(deps.db, r.agencyId));
    }
  }
  return { actor, sender, recipientAgencies };
}

/** Takes the next number of the register for the document's series and formats its number and symbol. */
async function numberDocument(tx: Db, input: { row: OutgoingRow; sender: TAgency; now: Date }) {
  const { row, sender, now } = input;
  const year = localYear(now);
  const { register, number } = await allocateNumber(tx, {
    series: seriesFor({
      agencyId: row.agencyId,
      year,
      direction: 'outgoing',
      secrecy: row.secrecy,
      legalType: row.isLegal ? row.typeCode : '',
    }),
    outgoingId: row.id,
    at: now,
  });
  const kind: NumberSymbolKind = row.isLegal ? 'legal' : (row.kind as NumberSymbolKind);
  const numberSymbol = formatNumberSymbol({
    kind,
    number,
    ...(kind === 'legal' ? { year } : {}),
    ...(row.typeCode ? { typeCode: row.typeCode } : {}),
    issuer: sender.abbreviation,
    ...(row.draftingUnit && kind !== 'legal' ? { draftingUnit: row.draftingUnit } : {}),
  });
  return { register, number, year, numberSymbol };
}

/** The document this one replaces leaves circulation. */
async function markReplaced(tx: Db, input: { id: string; actor: OfficialActor; now: Date }): Promise<void> {
  const old = await lockOutgoing(tx, input.id);
  if (old) await writeOutgoingState(tx, { row: old, action: 'replace', actor: input.actor, now: input.now });
}

interface Delivery {
  issued: OutgoingRow;
  sender: TAgency;
  signed: Buffer;
  stored: { key: string; sha256: string };
  numberSymbol: string;
  now: Date;
}

/**
 * Recipient agencies on the platform: an incoming row in each (with the signature verified once), the
 * package kept as delivered, and the automatic "01 arrived" back to the issuer.
 */
async function deliverOnPlatform(
  tx: Db,
  deps: DocumentDeps,
  input: Delivery & { recipientAgencies: Map<string, TAgency> },
): Promise<void> {
  const { issued, sender, signed, stored, numberSymbol, now } = input;
  const verification =
    input.recipientAgencies.size > 0 ? await deps.signer.verifyPdf(signed, { db: tx }) : undefined;
  for (const recipient of input.recipientAgencies.values()) {
    const incoming = await insertIncoming(tx, {
      agencyId: recipient.id,
      channel: 'platform',
      sourceId: issued.id,
      senderAgencyId: sender.id,
      senderCode: sender.code,
      senderName: sender.name,
      numberSymbol,
      issuedOn: localDateOf(now),
      typeCode: issued.typeCode,
      subject: issued.subject,
      signerName: issued.signerName,
      urgency: issued.urgency,
      secrecy: issued.secrecy,
      fileKey: stored.key,
      fileSha256: stored.sha256,
      signatureResult: verification?.result ?? null,
      signatureReasons: verification?.reasons ?? [],
      receivedAt: now,
      registerBy: await handleBy(tx, { at: now, urgency: issued.urgency, agencyId: recipient.id }),
      createdAt: now,
      updatedAt: now,
    });
    const xml = buildDocumentEdxml(
      documentEdxml({
        doc: issued,
        sender,
        to: [{ organId: recipient.code, organName: recipient.name }],
        pdf: signed,
        place: deps.place,
        at: now,
      }),
    );
    await storeOutgoingPackage(tx, deps, {
      kind: 'document',
      xml,
      agencyId: sender.id,
      fromCode: sender.code,
      toCode: recipient.code,
      outgoingId: issued.id,
      incomingId: incoming.id,
      deliveredAt: now,
    });
    // Decree 30 Art. 21: the receiving system tells the sender the same day that it arrived.
    await emitStatus(tx, deps, {
      incoming,
      recipient: { id: recipient.id, code: recipient.code, name: recipient.name },
      code: '01',
      staffName: 'Hệ thống',
      at: now,
    });
  }
}

/** Agencies outside the platform: a signed edXML package each, waiting for the exchange job or an export. */
async function packageForOutsideAgencies(tx: Db, deps: DocumentDeps, input: Delivery): Promise<void> {
  const { issued, sender, signed, now } = input;
  for (const r of issued.recipients.filter((x) => !x.agencyId && x.code)) {
    const xml = buildDocumentEdxml(
      documentEdxml({
        doc: issued,
        sender,
        to: [{ organId: r.code!, organName: r.name }],
        pdf: signed,
        place: deps.place,
        at: now,
      }),
    );
    await storeOutgoingPackage(tx, deps, {
      kind: 'document',
      xml,
      agencyId: sender.id,
      fromCode: sender.code,
      toCode: r.code!,
      outgoingId: issued.id,
    });
  }
}
