import type { Db } from '@openprovince/db';
import { AppError, authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import { AUDIT_PERMISSIONS, type TAuditRecord } from '../contracts/index.ts';
import { canReadAudit } from '../policies.ts';
import { findAuditRows } from '../repositories/audit-log.repository.ts';

export interface ListAuditRecordsInput {
  objectType?: string;
  objectId?: string;
  limit?: number;
  offset?: number;
}

/** Auditors of an agency see that agency's records; the province's auditors see all. */
export async function listAuditRecords(
  db: Db,
  ctx: RequestContext,
  input: ListAuditRecordsInput,
): Promise<TAuditRecord[]> {
  authorize(ctx.actor, canReadAudit, undefined);
  const actor = ctx.actor;
  const seesAll = hasPermission(actor, AUDIT_PERMISSIONS.readAll);
  if (!seesAll && actor.kind !== 'official') throw new AppError('FORBIDDEN');
  const rows = await findAuditRows(db, {
    ...(input.objectType ? { objectType: input.objectType } : {}),
    ...(input.objectId ? { objectId: input.objectId } : {}),
    ...(seesAll || actor.kind !== 'official' ? {} : { agencyId: actor.agencyId }),
    limit: input.limit ?? 50,
    offset: input.offset ?? 0,
  });
  return rows.map((r) => ({
    seq: r.seq,
    occurredAt: r.occurredAt.toISOString(),
    actorKind: r.actorKind,
    actorName: r.actorName,
    agencyId: r.agencyId,
    action: r.action,
    objectType: r.objectType,
    objectId: r.objectId,
    summary: r.summary,
    requestId: r.requestId,
  }));
}
