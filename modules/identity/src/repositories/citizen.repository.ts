import { type Db, eq } from '@openprovince/db';
import { citizens } from '../db/schema.ts';

export type CitizenRow = typeof citizens.$inferSelect;

export async function insertCitizen(db: Db, row: typeof citizens.$inferInsert): Promise<CitizenRow> {
  const [inserted] = await db.insert(citizens).values(row).returning();
  return inserted!;
}

export async function findCitizenByPersonalId(db: Db, personalId: string): Promise<CitizenRow | undefined> {
  const [row] = await db.select().from(citizens).where(eq(citizens.personalId, personalId));
  return row;
}

export async function findCitizenById(db: Db, id: string): Promise<CitizenRow | undefined> {
  const [row] = await db.select().from(citizens).where(eq(citizens.id, id));
  return row;
}
