import type { Db } from '@openprovince/db';
import type { Now } from '@openprovince/platform/time';

/** What the portal's use cases need: the database and the province clock (tests stop it). */
export interface PortalDeps {
  db: Db;
  now: Now;
}

export function createPortalDeps(shared: { db: Db; now: Now }): PortalDeps {
  return { db: shared.db, now: shared.now };
}
