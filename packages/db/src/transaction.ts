import type { Db } from './database.ts';

/**
 * Runs `work` in a transaction, or inside the caller's one when `db` is already a transaction
 * (a nested call becomes a savepoint). Use cases call this once; repositories never open transactions.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}
