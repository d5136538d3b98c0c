import { count, type Db, eq } from '@openprovince/db';
import { notes } from '../db/schema.ts';

export type NoteRow = typeof notes.$inferSelect;

export async function insertNote(db: Db, values: typeof notes.$inferInsert): Promise<NoteRow> {
  const [row] = await db.insert(notes).values(values).returning();
  if (!row) throw new Error('insert into starter_kit.notes returned no row');
  return row;
}

export async function countNotes(db: Db, input: { agencyId: string }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notes).where(eq(notes.agencyId, input.agencyId));
  return row?.n ?? 0;
}
