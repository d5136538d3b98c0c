import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TOutgoing } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { outgoingFileName } from '../domain/file-names.ts';
import { toOutgoingView } from '../domain/present-document.ts';
import { canReadDocuments } from '../policies.ts';
import { findOutgoing, listOutgoing as listRows } from '../repositories/outgoing.repository.ts';

export async function getOutgoing(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<TOutgoing> {
  const row = await findOutgoing(deps.db, input.id);
  authorize(ctx.actor, canReadDocuments, { agencyId: row?.agencyId ?? '' });
  if (!row) throw new AppError('NOT_FOUND');
  return toOutgoingView(row, ctx.actor);
}

/** The document's current PDF (the draft, or the signed and issued one, named by its number and symbol). */
export async function getOutgoingFile(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<{ bytes: Buffer; name: string }> {
  const row = await findOutgoing(deps.db, input.id);
  authorize(ctx.actor, canReadDocuments, { agencyId: row?.agencyId ?? '' });
  if (!row?.fileKey) throw new AppError('NOT_FOUND');
  return { bytes: await deps.storage.get(row.fileKey), name: outgoingFileName(row) };
}

export async function listOutgoing(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { status?: string; year?: number; limit?: number; offset?: number },
): Promise<{ items: TOutgoing[]; total: number }> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  authorize(actor, canReadDocuments, { agencyId: actor.agencyId });
  const page = await listRows(deps.db, {
    agencyId: actor.agencyId,
    ...(input.status ? { status: input.status } : {}),
    ...(input.year ? { year: input.year } : {}),
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  return { items: page.items.map((r) => toOutgoingView(r, actor)), total: page.total };
}
