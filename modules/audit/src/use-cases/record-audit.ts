import type { Db } from '@openprovince/db';
import { newId, type RequestContext } from '@openprovince/platform';
import { chainHash, GENESIS_HASH } from '../domain/hash-chain.ts';
import { insertAuditRow, lockChainHead } from '../repositories/audit-log.repository.ts';

export interface AuditEntry {
  /** `<module>.<object>.<verb>`, e.g. `identity.official.create`. */
  action: string;
  objectType: string;
  objectId?: string | null;
  /** The agency the changed object belongs to, so auditors of that agency can see it. */
  agencyId?: string | null;
  summary?: Record<string, unknown>;
}

/**
 * Appends an audit record. Must be given the caller's transaction: the record commits or rolls back
 * together with the change it describes.
 */
export async function recordAudit(tx: Db, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  const head = await lockChainHead(tx);
  const actor = ctx.actor;
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    id: newId(),
    occurredAt: new Date(),
    actorKind: actor.kind,
    actorId: actor.kind === 'official' ? actor.userId : actor.kind === 'citizen' ? actor.citizenId : null,
    actorName:
      actor.kind === 'official' || actor.kind === 'citizen'
        ? actor.fullName
        : actor.kind === 'system'
          ? actor.name
          : null,
    agencyId: entry.agencyId ?? null,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    summary: entry.summary ?? {},
    requestId: ctx.requestId,
    ip: ctx.ip ?? null,
  };
  const prevHash = head?.hash ?? GENESIS_HASH;
  await insertAuditRow(tx, { ...fields, prevHash, hash: chainHash(prevHash, fields) });
}
