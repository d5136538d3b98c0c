import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { buildDocumentEdxml } from '../adapters/edxml/edxml.ts';
import { DOCUMENT_PERMISSIONS } from '../contracts/permissions.ts';
import type { DocumentDeps } from '../deps.ts';
import { inAgency } from '../policies.ts';
import { agencyOf } from '../repositories/agency.repository.ts';
import { findOutgoing } from '../repositories/outgoing.repository.ts';
import { documentEdxml, storeOutgoingPackage } from './shared/exchange.ts';

const canExport = inAgency(DOCUMENT_PERMISSIONS.issue);

/**
 * An issued document as a signed edXML file, for an agency outside the platform (sent by e-mail, on a
 * medium, or uploaded to another system). The package is kept in the exchange log.
 */
export async function exportEdxml(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string; to?: { organId: string; organName: string } },
): Promise<string> {
  const doc = await findOutgoing(deps.db, input.id);
  authorize(ctx.actor, canExport, { agencyId: doc?.agencyId ?? '' });
  if (!doc) throw new AppError('NOT_FOUND');
  if (doc.status !== 'issued' || !doc.fileKey) {
    throw new AppError('INVALID_STATE', {
      detail: 'Chỉ xuất gói tin của văn bản đã phát hành',
      detailEn: 'Only an issued document can be exported',
    });
  }
  const sender = await agencyOf(deps.db, doc.agencyId);
  const to = input.to
    ? [input.to]
    : doc.recipients.filter((r) => !r.agencyId).map((r) => ({ organId: r.code ?? '', organName: r.name }));
  const pdf = await deps.storage.get(doc.fileKey);
  const now = deps.now();
  const xml = buildDocumentEdxml(documentEdxml({ doc, sender, to, pdf, place: deps.place, at: now }));
  return deps.db.transaction(async (tx) => {
    const pkg = await storeOutgoingPackage(tx, deps, {
      kind: 'document',
      xml,
      agencyId: sender.id,
      fromCode: sender.code,
      toCode: to.map((t) => t.organId).join(',') || null,
      outgoingId: doc.id,
      deliveredAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'documents.edxml.export',
      objectType: 'outgoing_document',
      objectId: doc.id,
      agencyId: doc.agencyId,
      summary: { packageId: pkg.id, to: to.map((t) => t.organId) },
    });
    return pkg.xml;
  });
}
