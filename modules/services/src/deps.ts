import type { Db } from '@openprovince/db';
import type { Now } from '@openprovince/platform/time';

/** What the catalogue's use cases need: the database and the province clock (tests stop it). */
export interface ServicesDeps {
  db: Db;
  now: Now;
}

export function createServicesDeps(shared: { db: Db; now: Now }): ServicesDeps {
  return { db: shared.db, now: shared.now };
}
