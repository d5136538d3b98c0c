import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, nfc, type RequestContext } from '@openprovince/platform';
import { pdfPageCount } from '../adapters/pdf/document-pdf.ts';
import type { TIncoming, Urgency } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { parseNumberSymbol } from '../domain/number-symbol.ts';
import { toIncomingView } from '../domain/present-document.ts';
import { canRegisterIncoming } from '../policies.ts';
import { insertIncoming } from '../repositories/incoming.repository.ts';
import { handleBy } from './shared/deadlines.ts';

/** A clerk records a document received on paper or by e-mail (it is registered next, like any other). */
export async function receiveIncoming(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: {
    channel: 'paper' | 'email';
    senderName: string;
    senderCode?: string;
    numberSymbol: string;
    issuedOn?: string;
    subject: string;
    signerName?: string;
    urgency?: Urgency;
    secrecy?: 'normal' | 'confidential' | 'secret' | 'top_secret';
    pdf?: Buffer;
  },
): Promise<TIncoming> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  authorize(actor, canRegisterIncoming, { agencyId: actor.agencyId });
  const parsed = parseNumberSymbol(input.numberSymbol);
  let verification: Awaited<ReturnType<DocumentDeps['signer']['verifyPdf']>> | undefined;
  let stored: Awaited<ReturnType<DocumentDeps['storage']['put']>> | undefined;
  if (input.pdf) {
    if ((await pdfPageCount(input.pdf)) === undefined) {
      throw AppError.forField({
        path: '/body/pdfBase64',
        message: 'Tệp không phải PDF',
        messageEn: 'The file is not a PDF',
      });
    }
    verification = await deps.signer.verifyPdf(input.pdf);
    stored = await deps.storage.put(input.pdf, { prefix: 'documents' });
  }
  const now = deps.now();
  const urgency = input.urgency ?? 'normal';
  const registerBy = await handleBy(deps.db, { at: now, urgency, agencyId: actor.agencyId });
  return deps.db.transaction(async (tx) => {
    const row = await insertIncoming(tx, {
      agencyId: actor.agencyId,
      channel: input.channel,
      senderName: nfc(input.senderName),
      senderCode: input.senderCode ?? null,
      numberSymbol: nfc(input.numberSymbol),
      issuedOn: input.issuedOn ?? null,
      typeCode: parsed?.typeCode ?? null,
      subject: nfc(input.subject),
      signerName: input.signerName ? nfc(input.signerName) : null,
      urgency,
      secrecy: input.secrecy ?? 'normal',
      fileKey: stored?.key ?? null,
      fileSha256: stored?.sha256 ?? null,
      signatureResult: verification?.result ?? null,
      signatureReasons: verification?.reasons ?? [],
      receivedAt: now,
      registerBy,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'documents.incoming.receive',
      objectType: 'incoming_document',
      objectId: row.id,
      agencyId: row.agencyId,
      summary: { channel: input.channel, numberSymbol: row.numberSymbol, sender: row.senderName },
    });
    return toIncomingView(row, actor);
  });
}
