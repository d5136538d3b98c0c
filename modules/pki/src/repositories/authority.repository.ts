import { type Db, eq } from '@openprovince/db';
import { authorities } from '../db/schema.ts';

export type AuthorityRow = typeof authorities.$inferSelect;

export async function listAuthorities(db: Db): Promise<AuthorityRow[]> {
  return db.select().from(authorities);
}

/** Inserts the authorities unless another process created them first (then theirs win). */
export async function insertAuthorities(db: Db, rows: AuthorityRow[]): Promise<void> {
  await db.insert(authorities).values(rows).onConflictDoNothing();
}

export async function findAuthority(
  db: Db,
  role: 'root' | 'issuing' | 'tsa',
): Promise<AuthorityRow | undefined> {
  const [row] = await db.select().from(authorities).where(eq(authorities.role, role));
  return row;
}
