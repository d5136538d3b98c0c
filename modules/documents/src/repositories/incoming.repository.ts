import { and, type Db, desc, eq, inArray, sql } from '@openprovince/db';
import { incoming } from '../db/schema.ts';

export type IncomingRow = typeof incoming.$inferSelect;
export type IncomingInsert = typeof incoming.$inferInsert;

export async function insertIncoming(tx: Db, values: IncomingInsert): Promise<IncomingRow> {
  const [row] = await tx.insert(incoming).values(values).returning();
  return row!;
}

export async function findIncoming(db: Db, id: string): Promise<IncomingRow | undefined> {
  const [row] = await db.select().from(incoming).where(eq(incoming.id, id));
  return row;
}

export async function lockIncoming(tx: Db, id: string): Promise<IncomingRow | undefined> {
  const [row] = await tx.select().from(incoming).where(eq(incoming.id, id)).for('update');
  return row;
}

export async function updateIncoming(
  tx: Db,
  id: string,
  values: Partial<IncomingInsert>,
  at: Date,
): Promise<IncomingRow> {
  const [row] = await tx
    .update(incoming)
    .set({ ...values, updatedAt: at, version: sql`${incoming.version} + 1` })
    .where(eq(incoming.id, id))
    .returning();
  return row!;
}

export async function listIncomingOfSource(tx: Db, sourceId: string): Promise<IncomingRow[]> {
  return tx.select().from(incoming).where(eq(incoming.sourceId, sourceId)).for('update');
}

export async function listIncoming(
  db: Db,
  input: { agencyId: string; status?: string[]; limit: number; offset: number },
): Promise<{ items: IncomingRow[]; total: number }> {
  const where = and(
    eq(incoming.agencyId, input.agencyId),
    input.status?.length ? inArray(incoming.status, input.status) : undefined,
  );
  const items = await db
    .select()
    .from(incoming)
    .where(where)
    .orderBy(desc(incoming.receivedAt))
    .limit(input.limit)
    .offset(input.offset);
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(incoming).where(where);
  return { items, total: c?.n ?? 0 };
}

export async function listRegisteredIn(db: Db, registerId: string): Promise<IncomingRow[]> {
  return db
    .select()
    .from(incoming)
    .where(eq(incoming.registerId, registerId))
    .orderBy(incoming.incomingNumber);
}
