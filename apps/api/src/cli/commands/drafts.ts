import { parseArgs } from 'node:util';
import { createDossierDeps, DRAFT_RETENTION_DAYS, purgeStaleDrafts } from '@openprovince/dossiers';
import { newId, systemActor } from '@openprovince/platform';
import { systemNow } from '@openprovince/platform/time';
import { createFileStorage } from '@openprovince/storage';
import { procedureCatalogue } from '../../adapters/procedure-catalogue.ts';
import { loadConfig } from '../../config.ts';
import { withDatabase } from '../with-database.ts';

const USAGE = `Dùng / usage: openprovince drafts purge [--days N]   (mặc định / default ${DRAFT_RETENTION_DAYS})`;

/**
 * `drafts purge`: deletes citizens' application drafts not saved for N days, with their stored files.
 * Until the job scheduler exists, run it daily from the host's scheduler (cron, a systemd timer).
 */
export async function draftsCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { days: { type: 'string' } },
  });
  if (positionals[0] !== 'purge') {
    console.error(USAGE);
    return 2;
  }
  const days = values.days === undefined ? DRAFT_RETENTION_DAYS : Number(values.days);
  if (!Number.isInteger(days) || days < 1) {
    console.error(`--days phải là số nguyên dương / must be a positive integer\n${USAGE}`);
    return 2;
  }
  return withDatabase(async (handle) => {
    const config = loadConfig();
    const deps = createDossierDeps({
      db: handle.db,
      storage: createFileStorage(config.fileStorage),
      catalogue: procedureCatalogue({ db: handle.db, now: systemNow }),
    });
    const result = await purgeStaleDrafts(
      deps,
      { actor: systemActor('drafts-retention'), requestId: `cli-${newId()}` },
      { olderThanDays: days },
    );
    console.log(
      `Đã xóa ${result.purged} bản nháp quá ${days} ngày (${result.files} tệp) / purged ${result.purged} drafts older than ${days} days (${result.files} files)`,
    );
    return 0;
  });
}
