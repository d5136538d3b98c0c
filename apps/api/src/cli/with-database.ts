import type { DatabaseHandle } from '@openprovince/db';
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase } from '../database.ts';

/**
 * Opens the configured database (migrated), runs `work`, and always closes it. With the embedded PGlite
 * database this is refused while a server (or another command) has the data folder open: see
 * DataDirLockedError, which the CLI prints as it is.
 */
export async function withDatabase<T>(
  work: (handle: DatabaseHandle) => Promise<T>,
  options: { migrate?: boolean } = {},
) {
  const owner = `openprovince ${process.argv.slice(2).join(' ')}`.slice(0, 200);
  const handle = await openConfiguredDatabase(loadConfig(), { ...options, owner });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
