import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TDirective } from '../contracts/index.ts';
import type { DocumentDeps } from '../deps.ts';
import { toDirectiveView } from '../domain/present-document.ts';
import { canReadDocuments } from '../policies.ts';
import { listDirectives as listRows } from '../repositories/directive.repository.ts';

export async function listDirectives(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { status?: string; incomingId?: string },
): Promise<TDirective[]> {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  authorize(actor, canReadDocuments, { agencyId: actor.agencyId });
  const now = deps.now();
  return (await listRows(deps.db, { agencyId: actor.agencyId, ...input })).map((r) =>
    toDirectiveView(r, now),
  );
}
