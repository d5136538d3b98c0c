import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';

/**
 * One Drizzle handle whichever engine is underneath. Transactions are the same type (PgTransaction
 * extends PgDatabase), so repositories take a `Db` and work inside or outside a transaction.
 */
// biome-ignore lint/suspicious/noExplicitAny: the schema parameter is unused (no relational API).
export type Db = PgDatabase<PgQueryResultHKT, any>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  /** A human description without credentials, for logs and the CLI. */
  describe: string;
  /** The PGlite instance, when embedded (for snapshots in tests). */
  pglite?: PGlite;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

export interface OpenDatabaseOptions {
  /** A postgres:// URL selects a real server; otherwise PGlite is used. */
  url?: string;
  /** PGlite data directory (file-backed); omitted means in memory. */
  dataDir?: string;
  /** A `dumpDataDir()` snapshot to start PGlite from (tests). */
  loadDataDir?: Blob | File;
  /** Pool size for a real server. */
  poolSize?: number;
  /** Who opens a file-backed PGlite database, named in the data folder's lock (data-dir-lock.ts). */
  owner?: string;
  /**
   * Told when a connection to the server breaks (server restarted or stopped, network): the connection is
   * dropped and the next query opens a new one. A warning on standard error by default.
   */
  onConnectionError?: (error: Error) => void;
}

/** How long a query waits for a connection before failing (and the request answering 503). */
const CONNECT_TIMEOUT_MS = 5_000;

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // Every session works in UTC; people see Asia/Ho_Chi_Minh through the formatting layer.
      options: '-c timezone=UTC',
    });
    const onConnectionError =
      options.onConnectionError ??
      ((error: Error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
    // A connection can be closed by the server (restart, shutdown, admin command, network). pg then emits
    // 'error' on the pool for an idle connection, and on the client itself for one in use (in a transaction,
    // between two queries); an 'error' nobody listens to ends the process. The query under way fails (503),
    // the broken client is dropped when released, and the pool opens new connections once the server is back.
    pool.on('error', onConnectionError);
    pool.on('connect', (client) => {
      client.on('error', (error) => {
        // An idle client's error also reaches the pool's listener above: report it once.
        if (client.listenerCount('error') === 1) onConnectionError(error);
      });
    });
    const db = drizzlePg(pool) as unknown as Db;
    const u = new URL(options.url);
    return {
      db,
      kind: 'postgres',
      describe: `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`,
      ping: async () => void (await pool.query('select 1')),
      close: () => pool.end(),
    };
  }
  // One process at a time on a data folder: PGlite has no locking of its own.
  const lock = options.dataDir
    ? acquireDataDirLock({ dataDir: options.dataDir, ...(options.owner ? { command: options.owner } : {}) })
    : undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: PGLITE_EXTENSIONS,
    });
    await client.exec(`SET TIME ZONE 'UTC'`);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    describe: options.dataDir ? `PGlite (${options.dataDir})` : 'PGlite (in memory)',
    pglite: client,
    ping: async () => void (await db.execute(sql`select 1`)),
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/**
 * Runs raw SQL and returns its rows. node-postgres and PGlite both answer `{ rows }`; the generic
 * `PgDatabase` type cannot know which, so the cast lives here once.
 */
export async function queryRows<T>(db: Db, query: import('drizzle-orm').SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
