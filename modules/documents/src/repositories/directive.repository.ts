import { and, type Db, desc, eq, sql } from '@openprovince/db';
import { directives } from '../db/schema.ts';

export type DirectiveRow = typeof directives.$inferSelect;

export async function insertDirective(tx: Db, values: typeof directives.$inferInsert): Promise<DirectiveRow> {
  const [row] = await tx.insert(directives).values(values).returning();
  return row!;
}

export async function lockDirective(tx: Db, id: string): Promise<DirectiveRow | undefined> {
  const [row] = await tx.select().from(directives).where(eq(directives.id, id)).for('update');
  return row;
}

export async function findDirective(db: Db, id: string): Promise<DirectiveRow | undefined> {
  const [row] = await db.select().from(directives).where(eq(directives.id, id));
  return row;
}

export async function updateDirective(
  tx: Db,
  id: string,
  values: Partial<typeof directives.$inferInsert>,
): Promise<DirectiveRow> {
  const [row] = await tx
    .update(directives)
    .set({ ...values, version: sql`${directives.version} + 1` })
    .where(eq(directives.id, id))
    .returning();
  return row!;
}

/** Closes the open directives of an incoming document (it finished, or the sender recalled it). */
export async function closeDirectivesOf(
  tx: Db,
  input: { incomingId: string; status: 'finished' | 'cancelled'; at: Date },
): Promise<void> {
  await tx
    .update(directives)
    .set({ status: input.status, finishedAt: input.at, version: sql`${directives.version} + 1` })
    .where(
      and(eq(directives.incomingId, input.incomingId), sql`${directives.status} in ('open', 'processing')`),
    );
}

export async function listDirectives(
  db: Db,
  input: { agencyId: string; status?: string; incomingId?: string },
): Promise<DirectiveRow[]> {
  return db
    .select()
    .from(directives)
    .where(
      and(
        eq(directives.agencyId, input.agencyId),
        input.status ? eq(directives.status, input.status as DirectiveRow['status']) : undefined,
        input.incomingId ? eq(directives.incomingId, input.incomingId) : undefined,
      ),
    )
    .orderBy(desc(directives.createdAt));
}
