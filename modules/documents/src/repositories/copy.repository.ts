import { and, type Db, desc, eq } from '@openprovince/db';
import { copies } from '../db/schema.ts';

export type CopyRow = typeof copies.$inferSelect;
export type CopyInsert = typeof copies.$inferInsert;

export async function insertCopy(tx: Db, values: CopyInsert): Promise<CopyRow> {
  const [row] = await tx.insert(copies).values(values).returning();
  return row!;
}

export async function findCopy(db: Db, id: string): Promise<CopyRow | undefined> {
  const [row] = await db.select().from(copies).where(eq(copies.id, id));
  return row;
}

/** The copies an agency made of one document (outgoing or incoming), newest first. */
export async function listCopiesOf(
  db: Db,
  input: { agencyId: string; outgoingId?: string; incomingId?: string },
): Promise<CopyRow[]> {
  return db
    .select()
    .from(copies)
    .where(
      and(
        eq(copies.agencyId, input.agencyId),
        input.outgoingId ? eq(copies.outgoingId, input.outgoingId) : undefined,
        input.incomingId ? eq(copies.incomingId, input.incomingId) : undefined,
      ),
    )
    .orderBy(desc(copies.createdAt));
}

/** The copies numbered in a copy register, in number order (for printing the register). */
export async function listCopiesInRegister(db: Db, registerId: string): Promise<CopyRow[]> {
  return db.select().from(copies).where(eq(copies.registerId, registerId)).orderBy(copies.number);
}
