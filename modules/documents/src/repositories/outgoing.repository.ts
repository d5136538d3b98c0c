import { and, type Db, desc, eq, sql } from '@openprovince/db';
import { outgoing } from '../db/schema.ts';

export type OutgoingRow = typeof outgoing.$inferSelect;
export type OutgoingInsert = typeof outgoing.$inferInsert;

export async function insertOutgoing(tx: Db, values: OutgoingInsert): Promise<OutgoingRow> {
  const [row] = await tx.insert(outgoing).values(values).returning();
  return row!;
}

export async function findOutgoing(db: Db, id: string): Promise<OutgoingRow | undefined> {
  const [row] = await db.select().from(outgoing).where(eq(outgoing.id, id));
  return row;
}

/** Locks the row for the rest of the transaction (state changes are serialised per document). */
export async function lockOutgoing(tx: Db, id: string): Promise<OutgoingRow | undefined> {
  const [row] = await tx.select().from(outgoing).where(eq(outgoing.id, id)).for('update');
  return row;
}

/** Writes the change and bumps the version; the caller has locked the row and checked the version. */
export async function updateOutgoing(
  tx: Db,
  id: string,
  values: Partial<OutgoingInsert>,
  at: Date,
): Promise<OutgoingRow> {
  const [row] = await tx
    .update(outgoing)
    .set({ ...values, updatedAt: at, version: sql`${outgoing.version} + 1` })
    .where(eq(outgoing.id, id))
    .returning();
  return row!;
}

export async function listOutgoing(
  db: Db,
  input: { agencyId: string; status?: string; year?: number; limit: number; offset: number },
): Promise<{ items: OutgoingRow[]; total: number }> {
  const where = and(
    eq(outgoing.agencyId, input.agencyId),
    input.status ? eq(outgoing.status, input.status) : undefined,
    input.year ? eq(outgoing.year, input.year) : undefined,
  );
  const items = await db
    .select()
    .from(outgoing)
    .where(where)
    .orderBy(desc(outgoing.updatedAt))
    .limit(input.limit)
    .offset(input.offset);
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(outgoing).where(where);
  return { items, total: c?.n ?? 0 };
}

export async function listIssuedInYear(db: Db, input: { registerId: string }): Promise<OutgoingRow[]> {
  return db.select().from(outgoing).where(eq(outgoing.registerId, input.registerId)).orderBy(outgoing.number);
}

/** The issued document of an agency with this number/symbol (the latest year first). */
export async function findOutgoingBySymbol(
  db: Db,
  input: { agencyId: string; numberSymbol: string; year?: number },
): Promise<OutgoingRow | undefined> {
  const [row] = await db
    .select()
    .from(outgoing)
    .where(
      and(
        eq(outgoing.agencyId, input.agencyId),
        eq(outgoing.numberSymbol, input.numberSymbol),
        input.year ? eq(outgoing.year, input.year) : undefined,
      ),
    )
    .orderBy(desc(outgoing.year))
    .limit(1);
  return row;
}
