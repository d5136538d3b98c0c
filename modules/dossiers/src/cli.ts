import { parseArgs } from 'node:util';
import { newId, systemActor } from '@openprovince/platform';
import { DRAFT_RETENTION_DAYS } from './contracts/index.ts';
import type { DossierDeps } from './deps.ts';
import { purgeStaleDrafts } from './use-cases/purge-stale-drafts.ts';

const USAGE = `Dùng / usage: openprovince drafts purge [--days N]   (mặc định / default ${DRAFT_RETENTION_DAYS})`;

/**
 * `drafts purge`: deletes citizens' application drafts not saved for N days, with their stored files. The
 * job worker does the same daily (schedule `dossiers.drafts-purge`); this runs it at once or with another N.
 */
export async function draftsCommand(deps: DossierDeps, args: string[]): Promise<number> {
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
  const result = await purgeStaleDrafts(
    deps,
    { actor: systemActor('drafts-retention'), requestId: `cli-${newId()}` },
    { olderThanDays: days },
  );
  console.log(
    `Đã xóa ${result.purged} bản nháp quá ${days} ngày (${result.files} tệp) / purged ${result.purged} drafts older than ${days} days (${result.files} files)`,
  );
  return 0;
}
