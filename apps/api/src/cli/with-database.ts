import type { DatabaseHandle } from '@openprovince/db';
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase } from '../database.ts';

/** Opens the configured database (migrated), runs `work`, and always closes it. */
export async function withDatabase<T>(
  work: (handle: DatabaseHandle) => Promise<T>,
  options: { migrate?: boolean } = {},
) {
  const handle = await openConfiguredDatabase(loadConfig(), options);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
