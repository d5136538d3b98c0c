import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { DOCUMENT_PERMISSIONS } from '../contracts/permissions.ts';
import type { DocumentDeps } from '../deps.ts';
import { inAgency } from '../policies.ts';
import { findPackage, listUndelivered, markPackageDelivered } from '../repositories/exchange.repository.ts';

const canExchange = inAgency(DOCUMENT_PERMISSIONS.register);

/** Packages (documents and statuses) waiting for an agency outside the platform. */
export async function listEdxmlOutbox(deps: DocumentDeps, ctx: RequestContext) {
  const actor = ctx.actor;
  if (actor.kind !== 'official') throw new AppError('FORBIDDEN');
  authorize(actor, canExchange, { agencyId: actor.agencyId });
  return (await listUndelivered(deps.db, actor.agencyId)).map((p) => ({
    id: p.id,
    kind: p.kind,
    toCode: p.toCode,
    statusCode: p.statusCode,
    outgoingId: p.outgoingId,
    incomingId: p.incomingId,
    createdAt: p.createdAt.toISOString(),
  }));
}

/** Downloads a waiting package as a file and marks it delivered (handed over outside the platform). */
export async function takeEdxmlPackage(
  deps: DocumentDeps,
  ctx: RequestContext,
  input: { id: string },
): Promise<string> {
  const pkg = await findPackage(deps.db, input.id);
  authorize(ctx.actor, canExchange, { agencyId: pkg?.agencyId ?? '' });
  if (pkg?.direction !== 'out') throw new AppError('NOT_FOUND');
  await deps.db.transaction(async (tx) => {
    if (!pkg.deliveredAt) await markPackageDelivered(tx, pkg.id, deps.now());
    await recordAudit(tx, ctx, {
      action: 'documents.edxml.take',
      objectType: 'edxml_package',
      objectId: pkg.id,
      agencyId: pkg.agencyId,
      summary: { kind: pkg.kind, toCode: pkg.toCode, statusCode: pkg.statusCode },
    });
  });
  return pkg.xml;
}
