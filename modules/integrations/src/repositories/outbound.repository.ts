import { and, type Db, desc, eq, sql } from '@openprovince/db';
import { outboundMessages, syncCursors } from '../db/schema.ts';

export type OutboundMessageRow = typeof outboundMessages.$inferSelect;

/**
 * Moves the dossier's cursor to `sequence` if it is higher than the last one sent; false otherwise.
 * One statement (an upsert with a guarded update), and the row stays locked until the transaction ends.
 */
export async function advanceCursor(
  db: Db,
  input: { target: string; dossierCode: string; sequence: number; now: Date },
): Promise<boolean> {
  const rows = await db
    .insert(syncCursors)
    .values({
      target: input.target,
      dossierCode: input.dossierCode,
      lastSequence: input.sequence,
      updatedAt: input.now,
    })
    .onConflictDoUpdate({
      target: [syncCursors.target, syncCursors.dossierCode],
      set: { lastSequence: input.sequence, updatedAt: input.now },
      setWhere: sql`${syncCursors.lastSequence} < ${input.sequence}`,
    })
    .returning({ lastSequence: syncCursors.lastSequence });
  return rows.length > 0;
}

export async function insertOutboundMessage(
  db: Db,
  row: Omit<typeof outboundMessages.$inferInsert, 'id' | 'createdAt'>,
): Promise<number | undefined> {
  const [inserted] = await db
    .insert(outboundMessages)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: outboundMessages.id });
  return inserted?.id;
}

export async function listOutboundMessageRows(
  db: Db,
  input: { target: string; dossierCode?: string; limit: number; offset: number },
): Promise<{ rows: OutboundMessageRow[]; total: number }> {
  const where = and(
    eq(outboundMessages.target, input.target),
    input.dossierCode ? eq(outboundMessages.dossierCode, input.dossierCode) : undefined,
  );
  const rows = await db
    .select()
    .from(outboundMessages)
    .where(where)
    .orderBy(desc(outboundMessages.id))
    .limit(input.limit)
    .offset(input.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(outboundMessages).where(where);
  return { rows, total: count?.n ?? 0 };
}
