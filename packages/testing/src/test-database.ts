import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from '@openprovince/db';
import pg from 'pg';

/**
 * Test databases. Each test file gets its own database, already migrated:
 * - on PGlite (the default), restored from a snapshot taken once per migration set (~1 s instead of ~5 s);
 * - on a real server (`TEST_DATABASE_URL`), created from a template database migrated once.
 */
const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../node_modules/.cache/openprovince');

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(join(MIGRATIONS_FOLDER, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

function snapshotPath(): string {
  return join(CACHE_DIR, `pglite-${migrationsFingerprint()}.tar.gz`);
}

function templateName(): string {
  return `op_template_${migrationsFingerprint()}`;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Run once before the database tier (vitest globalSetup). */
export async function prepareTestDatabases(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const name = templateName();
      const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount === 0) {
        await admin.query(`create database "${name}"`);
        const handle = await openDatabase({ url: withDatabase(serverUrl, name), poolSize: 1 });
        await migrateDatabase(handle);
        await handle.close();
      }
    } finally {
      await admin.end();
    }
    return;
  }
  const path = snapshotPath();
  if (existsSync(path)) return;
  mkdirSync(CACHE_DIR, { recursive: true });
  const handle = await openDatabase({});
  try {
    await migrateDatabase(handle);
    const dump = await handle.pglite!.dumpDataDir('gzip');
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, path);
  } finally {
    await handle.close();
  }
}

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and drops the database (server) or frees the memory (PGlite). */
  destroy(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `op_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database "${name}" template "${templateName()}"`);
    await admin.end();
    const handle = await openDatabase({ url: withDatabase(serverUrl, name), poolSize: 5 });
    return {
      ...handle,
      destroy: async () => {
        await handle.close();
        const cleanup = new pg.Client({ connectionString: serverUrl });
        await cleanup.connect();
        await cleanup.query(`drop database if exists "${name}" with (force)`);
        await cleanup.end();
      },
    };
  }
  let path = snapshotPath();
  if (!existsSync(path)) {
    await prepareTestDatabases();
    path = snapshotPath();
  }
  const snapshot = new Blob([readFileSync(path)]);
  const handle = await openDatabase({ loadDataDir: snapshot });
  return { ...handle, destroy: () => handle.close() };
}
