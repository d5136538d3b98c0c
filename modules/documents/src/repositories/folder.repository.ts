import { and, asc, type Db, eq, sql } from '@openprovince/db';
import { fileFolders, incoming, outgoing } from '../db/schema.ts';

export type FolderRow = typeof fileFolders.$inferSelect;

export async function insertFolder(tx: Db, values: typeof fileFolders.$inferInsert): Promise<FolderRow> {
  const [row] = await tx.insert(fileFolders).values(values).returning();
  return row!;
}

export async function findFolder(db: Db, id: string): Promise<FolderRow | undefined> {
  const [row] = await db.select().from(fileFolders).where(eq(fileFolders.id, id));
  return row;
}

/** The annual file list with the number of documents in each file. */
export async function listFolders(
  db: Db,
  input: { agencyId: string; year: number },
): Promise<(FolderRow & { documentCount: number })[]> {
  const rows = await db
    .select({
      folder: fileFolders,
      out: sql<number>`(select count(*)::int from ${outgoing} where ${outgoing.fileFolderId} = ${fileFolders.id})`,
      inc: sql<number>`(select count(*)::int from ${incoming} where ${incoming.fileFolderId} = ${fileFolders.id})`,
    })
    .from(fileFolders)
    .where(and(eq(fileFolders.agencyId, input.agencyId), eq(fileFolders.year, input.year)))
    .orderBy(asc(fileFolders.code));
  return rows.map((r) => ({ ...r.folder, documentCount: Number(r.out) + Number(r.inc) }));
}
