import { and, asc, count, type Db, desc, eq, lt, sql } from '@openprovince/db';
import { dossierDraftFiles, dossierDrafts } from '../db/schema.ts';

export type DraftRow = typeof dossierDrafts.$inferSelect;
export type DraftInsert = typeof dossierDrafts.$inferInsert;
export type DraftFileRow = typeof dossierDraftFiles.$inferSelect;
export type DraftFileInsert = typeof dossierDraftFiles.$inferInsert;

export async function findDraftById(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DraftRow | undefined> {
  const query = db.select().from(dossierDrafts).where(eq(dossierDrafts.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findDraftOf(
  db: Db,
  input: { citizenId: string; procedureId: string },
): Promise<DraftRow | undefined> {
  const [row] = await db
    .select()
    .from(dossierDrafts)
    .where(
      and(eq(dossierDrafts.citizenId, input.citizenId), eq(dossierDrafts.procedureId, input.procedureId)),
    );
  return row;
}

/** Inserts the draft unless the citizen already has one for the procedure (two tabs starting at once). */
export async function insertDraftIfAbsent(tx: Db, row: DraftInsert): Promise<DraftRow | undefined> {
  const [inserted] = await tx
    .insert(dossierDrafts)
    .values(row)
    .onConflictDoNothing({ target: [dossierDrafts.citizenId, dossierDrafts.procedureId] })
    .returning();
  return inserted;
}

/** Optimistic concurrency: changes the draft only if its stored version is `expectedVersion`. */
export async function updateDraftIfVersion(
  tx: Db,
  input: {
    id: string;
    expectedVersion: number;
    changes: Pick<DraftInsert, 'values' | 'applicant' | 'step'>;
    now: Date;
  },
): Promise<DraftRow | undefined> {
  const [row] = await tx
    .update(dossierDrafts)
    .set({ ...input.changes, version: sql`${dossierDrafts.version} + 1`, updatedAt: input.now })
    .where(and(eq(dossierDrafts.id, input.id), eq(dossierDrafts.version, input.expectedVersion)))
    .returning();
  return row;
}

/** A file added or removed: the draft counts as saved (its retention restarts), its answers' version stays. */
export async function touchDraft(tx: Db, id: string, now: Date): Promise<DraftRow | undefined> {
  const [row] = await tx
    .update(dossierDrafts)
    .set({ updatedAt: now })
    .where(eq(dossierDrafts.id, id))
    .returning();
  return row;
}

export async function deleteDraft(tx: Db, id: string): Promise<void> {
  await tx.delete(dossierDrafts).where(eq(dossierDrafts.id, id));
}

export async function listDraftsOf(db: Db, citizenId: string) {
  return db
    .select({ draft: dossierDrafts, fileCount: count(dossierDraftFiles.id) })
    .from(dossierDrafts)
    .leftJoin(dossierDraftFiles, eq(dossierDraftFiles.draftId, dossierDrafts.id))
    .where(eq(dossierDrafts.citizenId, citizenId))
    .groupBy(dossierDrafts.id)
    .orderBy(desc(dossierDrafts.updatedAt));
}

export async function listDraftFiles(db: Db, draftId: string): Promise<DraftFileRow[]> {
  return db
    .select()
    .from(dossierDraftFiles)
    .where(eq(dossierDraftFiles.draftId, draftId))
    .orderBy(asc(dossierDraftFiles.uploadedAt));
}

export async function findDraftFile(
  db: Db,
  input: { draftId: string; fileId: string },
): Promise<DraftFileRow | undefined> {
  const [row] = await db
    .select()
    .from(dossierDraftFiles)
    .where(and(eq(dossierDraftFiles.draftId, input.draftId), eq(dossierDraftFiles.id, input.fileId)));
  return row;
}

/** Stores the component's file, replacing the one chosen before; returns the replaced row, if any. */
export async function replaceDraftFile(
  tx: Db,
  row: DraftFileInsert,
): Promise<{ inserted: DraftFileRow; replaced: DraftFileRow | undefined }> {
  const [replaced] = await tx
    .delete(dossierDraftFiles)
    .where(
      and(eq(dossierDraftFiles.draftId, row.draftId), eq(dossierDraftFiles.componentKey, row.componentKey)),
    )
    .returning();
  const [inserted] = await tx.insert(dossierDraftFiles).values(row).returning();
  return { inserted: inserted!, replaced };
}

export async function deleteDraftFile(tx: Db, id: string): Promise<void> {
  await tx.delete(dossierDraftFiles).where(eq(dossierDraftFiles.id, id));
}

/** Drafts not saved since `before`, oldest first, with the storage keys of their files. */
export async function findStaleDrafts(db: Db, input: { before: Date; limit: number }) {
  const drafts = await db
    .select({ id: dossierDrafts.id, citizenId: dossierDrafts.citizenId })
    .from(dossierDrafts)
    .where(lt(dossierDrafts.updatedAt, input.before))
    .orderBy(asc(dossierDrafts.updatedAt))
    .limit(input.limit);
  return drafts;
}

/** Deletes a stale draft under lock, if it is still stale; returns the storage keys of its files. */
export async function deleteDraftIfStale(
  tx: Db,
  input: { id: string; before: Date },
): Promise<string[] | undefined> {
  const [row] = await tx
    .select({ id: dossierDrafts.id })
    .from(dossierDrafts)
    .where(and(eq(dossierDrafts.id, input.id), lt(dossierDrafts.updatedAt, input.before)))
    .for('update');
  if (!row) return undefined;
  const files = await tx
    .select({ key: dossierDraftFiles.storageKey })
    .from(dossierDraftFiles)
    .where(eq(dossierDraftFiles.draftId, input.id));
  await tx.delete(dossierDrafts).where(eq(dossierDrafts.id, input.id));
  return files.map((f) => f.key);
}
