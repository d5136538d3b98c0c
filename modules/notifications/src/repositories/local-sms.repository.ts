import { type Db, desc, eq } from '@openprovince/db';
import { localSms } from '../db/schema.ts';

export type LocalSmsRow = typeof localSms.$inferSelect;

export async function insertLocalSms(
  db: Db,
  row: Omit<typeof localSms.$inferInsert, 'id' | 'createdAt'>,
): Promise<number> {
  const [inserted] = await db.insert(localSms).values(row).returning({ id: localSms.id });
  return inserted!.id;
}

export async function listLocalSmsRows(
  db: Db,
  input: { to?: string; limit: number },
): Promise<LocalSmsRow[]> {
  return db
    .select()
    .from(localSms)
    .where(input.to ? eq(localSms.to, input.to) : undefined)
    .orderBy(desc(localSms.id))
    .limit(input.limit);
}
