import { type Db, eq, inArray, sql } from '@openprovince/db';
import { dossierEvents, dossierImports, dossierSequences, dossiers } from '../db/schema.ts';

export type DossierImportRow = typeof dossierImports.$inferSelect;
export type DossierEventInsert = typeof dossierEvents.$inferInsert;

export async function findImport(db: Db, importKey: string): Promise<DossierImportRow | undefined> {
  const [row] = await db.select().from(dossierImports).where(eq(dossierImports.importKey, importKey));
  return row;
}

export async function insertImport(tx: Db, row: DossierImportRow): Promise<void> {
  await tx.insert(dossierImports).values(row);
}

/** The dossiers already holding some of these codes, with how they came (imported: their content hash). */
export async function findDossiersByCodes(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      state: dossiers.state,
      idempotencyScope: dossiers.idempotencyScope,
      requestHash: dossiers.requestHash,
    })
    .from(dossiers)
    .where(inArray(dossiers.code, [...codes]));
}

/** Rows at once, in chunks that keep a statement under PostgreSQL's 65,535 parameters. */
async function insertChunked<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function insertDossierRows(tx: Db, rows: readonly (typeof dossiers.$inferInsert)[]) {
  await insertChunked(rows, 200, (chunk) => tx.insert(dossiers).values(chunk));
}

export async function insertEventRows(tx: Db, rows: readonly (typeof dossierEvents.$inferInsert)[]) {
  await insertChunked(rows, 1000, (chunk) => tx.insert(dossierEvents).values(chunk));
}

/**
 * An imported code in this platform's format (agency-yymmdd-nnnn) takes its number of that day: the live
 * numbering goes on after it and never issues the same code again.
 */
export async function raiseSequence(tx: Db, input: { agencyId: string; day: string; atLeast: number }) {
  await tx
    .insert(dossierSequences)
    .values({ agencyId: input.agencyId, day: input.day, last: input.atLeast })
    .onConflictDoUpdate({
      target: [dossierSequences.agencyId, dossierSequences.day],
      set: { last: sql`greatest(${dossierSequences.last}, ${input.atLeast})` },
    });
}
