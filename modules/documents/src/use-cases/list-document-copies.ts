import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TCopy } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { copyFileName, toCopyView } from '../domain/present-document.ts';
import { canReadDocuments } from '../policies.ts';
import { findCopy, listCopiesOf } from '../repositories/copy.repository.ts';
import { findIncoming } from '../repositories/incoming.repository.ts';
import { findOutgoing } from '../repositories/outgoing.repository.ts';

/**
 * The copies the caller's agency made of one of its documents. Another agency's document, and the copies
 * another agency made of the same text (its incoming row), do not exist for the caller (404 / not listed).
 */
export async function listDocumentCopies(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { outgoingId?: string; incomingId?: string },
): Promise<TCopy[]> {
  const doc = input.outgoingId
    ? await findOutgoing(deps.db, input.outgoingId)
    : input.incomingId
      ? await findIncoming(deps.db, input.incomingId)
      : undefined;
  authorize(ctx.actor, canReadDocuments, { agencyId: doc?.agencyId ?? '' });
  if (!doc) throw new AppError('NOT_FOUND');
  const rows = await listCopiesOf(deps.db, {
    agencyId: doc.agencyId,
    ...(input.outgoingId ? { outgoingId: doc.id } : { incomingId: doc.id }),
  });
  return rows.map(toCopyView);
}

/** The signed PDF of a copy, for officials of the agency that made it. */
export async function getDocumentCopyFile(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<{ bytes: Buffer; name: string }> {
  const row = await findCopy(deps.db, input.id);
  authorize(ctx.actor, canReadDocuments, { agencyId: row?.agencyId ?? '' });
  if (!row) throw new AppError('NOT_FOUND');
  return { bytes: await deps.storage.get(row.fileKey), name: copyFileName(row.numberSymbol) };
}
