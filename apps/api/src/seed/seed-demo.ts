import { seedCalendar } from '@openprovince/calendar';
import type { Db } from '@openprovince/db';
import { seedGeography } from '@openprovince/geography';
import { seedIdentityDemo } from '@openprovince/identity';
import { newId, type RequestContext, systemActor } from '@openprovince/platform';

export type SeedProgress = (step: string, done: number, total: number) => void;

/** Loads the Trà Vinh demo: geography, the agency directory with accounts, the work calendar 2020–2026. */
export async function seedDemo(db: Db, onProgress?: SeedProgress): Promise<void> {
  const ctx: RequestContext = { actor: systemActor('seed-demo'), requestId: `seed-${newId()}` };
  onProgress?.('geography', 0, 1);
  await seedGeography(db, ctx);
  onProgress?.('geography', 1, 1);
  await seedIdentityDemo(db, ctx, { onProgress: (done, total) => onProgress?.('directory', done, total) });
  onProgress?.('calendar', 0, 1);
  await seedCalendar(db, ctx);
  onProgress?.('calendar', 1, 1);
}
