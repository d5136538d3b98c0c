import { recordAudit } from '@openprovince/audit';
import type { TAgency } from '@openprovince/identity';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TOutgoing } from '../contracts/index.ts';
import { assertFreshReauthentication, type DocumentDeps } from '../documents-deps.ts';
import { formatNumberSymbol, type NumberSymbolKind } from '../domain/number-symbol.ts';
import { OUTGOING_FLOW, type OutgoingState, transition } from '../domain/workflow.ts';
import { buildDocumentEdxml } from '../edxml/edxml.ts';
import { agencyOf } from '../internal/agencies.ts';
import { handleBy, localDateOf, localYear } from '../internal/deadlines.ts';
import { documentEdxml, emitStatus, storeOutgoingPackage } from '../internal/exchange.ts';
import { assertVersion } from '../internal/guards.ts';
import { allocateNumber, seriesFor } from '../internal/numbering.ts';
import { toOutgoingView } from '../internal/views.ts';
import { canActOnDocuments, permissionsOf } from '../policies.ts';
import { insertIncoming } from '../repositories/incoming.repository.ts';
import { findOutgoing, lockOutgoing, updateOutgoing } from '../repositories/outgoing.repository.ts';

export interface IssueOutgoingInput {
  id: string;
  version: number;
  organisationCertificateId: string;
  reauthenticatedAt: Date;
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
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  const existing = await findOutgoing(deps.db, input.id);
  authorize(actor, canActOnDocuments, { agencyId: existing?.agencyId ?? '' });
  if (!existing) throw new AppError('NOT_FOUND');
  assertVersion(existing, input.version);
  transition({
    flow: OUTGOING_FLOW,
    state: existing.status as OutgoingState,
    action: 'issue',
    permissions: permissionsOf(actor),
  });
  assertFreshReauthentication(deps, input.reauthenticatedAt);
  const sender = await agencyOf(deps.db, ctx, existing.agencyId);
  const recipientAgencies = new Map<string, TAgency>();
  for (const r of existing.recipients) {
    if (r.agencyId && r.agencyId !== existing.agencyId && !recipientAgencies.has(r.agencyId)) {
      recipientAgencies.set(r.agencyId, await agencyOf(deps.db, ctx, r.agencyId));
    }
  }

  return deps.db.transaction(async (tx) => {
    const row = (await lockOutgoing(tx, input.id))!;
    assertVersion(row, input.version);
    const step = transition({
      flow: OUTGOING_FLOW,
      state: row.status as OutgoingState,
      action: 'issue',
      permissions: permissionsOf(actor),
    });
    const now = deps.now();
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
    // The organisation signature carries the number and date (it is applied after numbering).
    const signed = await deps.signer.signPdf({
      pdf: await deps.storage.get(row.fileKey!),
      certificateId: input.organisationCertificateId,
      actor,
      reauthenticatedAt: input.reauthenticatedAt,
      appearance: { kind: 'organisation', name: sender.name, numberSymbol, placement: 'top-right' },
      db: tx,
    });
    const stored = await deps.storage.put(signed, { prefix: 'documents' });
    const issued = await updateOutgoing(
      tx,
      row.id,
      {
        status: step.to,
        registerId: register.id,
        number,
        year,
        numberSymbol,
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
      now,
    );

    if (row.replacesId) {
      const old = await lockOutgoing(tx, row.replacesId);
      if (old) {
        const replaced = transition({
          flow: OUTGOING_FLOW,
          state: old.status as OutgoingState,
          action: 'replace',
          permissions: permissionsOf(actor),
        });
        await updateOutgoing(tx, old.id, { status: replaced.to }, now);
      }
    }

    const verification =
      recipientAgencies.size > 0 ? await deps.signer.verifyPdf(signed, { db: tx }) : undefined;
    for (const recipient of recipientAgencies.values()) {
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
        registerBy: await handleBy(tx, ctx, { at: now, urgency: issued.urgency, agencyId: recipient.id }),
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
    for (const r of row.recipients.filter((x) => !x.agencyId && x.code)) {
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

    await recordAudit(tx, ctx, {
      action: 'documents.outgoing.issue',
      objectType: 'outgoing_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: {
        numberSymbol,
        registerId: register.id,
        number,
        recipientsOnPlatform: recipientAgencies.size,
        sha256: stored.sha256,
      },
    });
    return toOutgoingView(issued, actor);
  });
}
