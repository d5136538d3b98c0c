import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type DatabaseHandle, migrateDatabase, openDatabase, queryRows, sql } from '@openprovince/db';
import type { AppConfig } from './config.ts';

/** The configured database, migrated: PostgreSQL when DATABASE_URL is set, else PGlite under ./data. */
export async function openConfiguredDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>,
  options: { migrate?: boolean; owner?: string; onConnectionError?: (error: Error) => void } = {},
): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (config.databaseUrl) {
    handle = await openDatabase({
      url: config.databaseUrl,
      ...(options.onConnectionError ? { onConnectionError: options.onConnectionError } : {}),
    });
  } else {
    const dir = join(config.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    handle = await openDatabase({ dataDir: dir, ...(options.owner ? { owner: options.owner } : {}) });
  }
  try {
    if (options.migrate ?? true) await migrateDatabase(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

export async function isDatabaseEmpty(handle: DatabaseHandle): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from identity.agencies`,
  );
  return (rows[0]?.n ?? 0) === 0;
}
