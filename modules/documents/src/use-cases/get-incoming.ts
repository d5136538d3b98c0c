import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TIncoming } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { numberSymbolFileName } from '../domain/file-names.ts';
import { toIncomingView } from '../domain/present-document.ts';
import { canReadDocuments } from '../policies.ts';
import { findIncoming, listIncoming as listRows } from '../repositories/incoming.repository.ts';

export async function getIncoming(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<TIncoming> {
  const row = await findIncoming(deps.db, input.id);
  authorize(ctx.actor, canReadDocuments, { agencyId: row?.agencyId ?? '' });
  if (!row) throw new AppError('NOT_FOUND');
  return toIncomingView(row, ctx.actor);
}

export async function getIncomingFile(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<{ bytes: Buffer; name: string }> {
  const row = await findIncoming(deps.db, input.id);
  authorize(ctx.actor, canReadDocuments, { agencyId: row?.agencyId ?? '' });
  if (!row?.fileKey) throw new AppError('NOT_FOUND');
  return {
    bytes: await deps.storage.get(row.fileKey),
    name: numberSymbolFileName(row.numberSymbol),
  };
}

export async function listIncoming(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { status?: string[]; limit?: number; offset?: number },
): Promise<{ items: TIncoming[]; total: number }> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  authorize(actor, canReadDocuments, { agencyId: actor.agencyId });
  const page = await listRows(deps.db, {
    agencyId: actor.agencyId,
    ...(input.status ? { status: input.status } : {}),
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  return { items: page.items.map((r) => toIncomingView(r, actor)), total: page.total };
}
