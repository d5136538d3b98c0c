import type { Db } from '@openprovince/db';
import { findObjectRows } from '../repositories/audit-log.repository.ts';

export interface ObjectHistoryEntry {
  occurredAt: Date;
  action: string;
  actorKind: string;
  actorName: string | null;
  summary: Record<string, unknown>;
}

/**
 * The audit entries of one object, oldest first. Actor-free: the module that owns the object decides who
 * may read its history (whoever may read the object) before calling it.
 */
export async function objectHistory(
  db: Db,
  input: { objectType: string; objectId: string; limit?: number },
): Promise<ObjectHistoryEntry[]> {
  const rows = await findObjectRows(db, { ...input, limit: input.limit ?? 1000 });
  return rows.map((r) => ({
    occurredAt: r.occurredAt,
    action: r.action,
    actorKind: r.actorKind,
    actorName: r.actorName,
    summary: r.summary,
  }));
}
