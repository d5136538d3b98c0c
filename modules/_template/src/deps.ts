import type { Db } from '@openprovince/db';
import type { SharedDeps } from '@openprovince/platform/module';
import type { Now } from '@openprovince/platform/time';

/** What the starter-kit use cases receive: built once by the composition root from the shared deps. */
export interface StarterKitDeps {
  db: Db;
  /** The province clock: use cases never call `new Date()` (tests fix the time). */
  now: Now;
}

export function createStarterKitDeps(shared: SharedDeps): StarterKitDeps {
  return { db: shared.db, now: shared.now };
}
