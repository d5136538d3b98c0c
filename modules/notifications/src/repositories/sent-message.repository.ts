import { and, type Db, desc, eq, sql } from '@openprovince/db';
import { sentMessages } from '../db/schema.ts';

export type SentMessageRow = typeof sentMessages.$inferSelect;

/**
 * Inserts the message's key. False when the key is already there (the message was sent). Inside the
 * sending transaction the new row is locked until commit, so a second worker running the same job waits
 * here and then sees the key.
 */
export async function reserveMessageKey(db: Db, row: SentMessageRow): Promise<boolean> {
  const inserted = await db
    .insert(sentMessages)
    .values(row)
    .onConflictDoNothing({ target: sentMessages.messageKey })
    .returning({ id: sentMessages.id });
  return inserted.length > 0;
}

export async function setProviderMessageId(db: Db, id: string, providerMessageId: string | null) {
  await db.update(sentMessages).set({ providerMessageId }).where(eq(sentMessages.id, id));
}

export async function findSentMessage(db: Db, messageKey: string): Promise<SentMessageRow | undefined> {
  const [row] = await db.select().from(sentMessages).where(eq(sentMessages.messageKey, messageKey));
  return row;
}

export async function listSentMessageRows(
  db: Db,
  input: { channel?: 'email' | 'sms'; subjectId?: string; limit: number; offset: number },
): Promise<{ rows: SentMessageRow[]; total: number }> {
  const where = and(
    input.channel ? eq(sentMessages.channel, input.channel) : undefined,
    input.subjectId ? eq(sentMessages.subjectId, input.subjectId) : undefined,
  );
  const rows = await db
    .select()
    .from(sentMessages)
    .where(where)
    .orderBy(desc(sentMessages.sentAt), desc(sentMessages.id))
    .limit(input.limit)
    .offset(input.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(sentMessages).where(where);
  return { rows, total: count?.n ?? 0 };
}
