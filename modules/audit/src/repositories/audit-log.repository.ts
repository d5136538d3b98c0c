import { and, asc, type Db, desc, eq, gt, sql } from '@openprovince/db';
import { auditLog } from '../db/schema.ts';

/**
 * All writers serialise on this advisory lock inside their transaction, so `seq` is gap-free and each
 * record's `prev_hash` is the hash of the record committed just before it.
 */
const AUDIT_CHAIN_LOCK = 7_240_001;

export type AuditRow = typeof auditLog.$inferSelect;

export async function lockChainHead(db: Db): Promise<{ seq: number; hash: string } | undefined> {
  await db.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [head] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return head;
}

export async function insertAuditRow(db: Db, row: AuditRow): Promise<void> {
  await db.insert(auditLog).values(row);
}

export async function readAuditBatch(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
}

export async function countAuditRows(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return row?.n ?? 0;
}

export interface AuditQuery {
  objectType?: string;
  objectId?: string;
  agencyId?: string;
  limit: number;
  offset: number;
}

export async function findAuditRows(db: Db, query: AuditQuery): Promise<AuditRow[]> {
  const conditions = [];
  if (query.objectType) conditions.push(sql`${auditLog.objectType} = ${query.objectType}`);
  if (query.objectId) conditions.push(sql`${auditLog.objectId} = ${query.objectId}`);
  if (query.agencyId) conditions.push(sql`${auditLog.agencyId} = ${query.agencyId}`);
  const where = conditions.length ? sql.join(conditions, sql` and `) : undefined;
  return db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(query.limit)
    .offset(query.offset);
}

/** Every entry about one object, oldest first (the object's history). */
export async function findObjectRows(
  db: Db,
  input: { objectType: string; objectId: string; limit: number },
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, input.objectType), eq(auditLog.objectId, input.objectId)))
    .orderBy(asc(auditLog.seq))
    .limit(input.limit);
}
