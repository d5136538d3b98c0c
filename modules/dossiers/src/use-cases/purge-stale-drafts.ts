import { recordAudit } from '@openprovince/audit';
import { AppError, type RequestContext } from '@openprovince/platform';
import { DRAFT_RETENTION_DAYS } from '../contracts/drafts.ts';
import type { DossierDeps } from '../deps.ts';
import { deleteDraftIfStale, findStaleDrafts } from '../repositories/draft.repository.ts';

const DAY_MS = 86_400_000;

/**
 * Deletes drafts not saved for `olderThanDays` (default DRAFT_RETENTION_DAYS) with their stored files: a
 * draft holds personal data (identity number, date of birth) that must not outlive its purpose (Decree
 * 13/2023, art. 3: storage limited to the purpose). Each draft goes in its own transaction with an audit
 * record; a draft saved again meanwhile is kept. Run by the system (CLI now; the job scheduler later).
 */
export async function purgeStaleDrafts(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { olderThanDays?: number; limit?: number } = {},
): Promise<{ purged: number; files: number }> {
  if (ctx.actor.kind !== 'system') throw new AppError('FORBIDDEN');
  const days = input.olderThanDays ?? DRAFT_RETENTION_DAYS;
  const before = new Date(deps.now().getTime() - days * DAY_MS);
  const stale = await findStaleDrafts(deps.db, { before, limit: input.limit ?? 1000 });
  let purged = 0;
  let files = 0;
  for (const draft of stale) {
    const keys = await deps.db.transaction(async (tx) => {
      const deleted = await deleteDraftIfStale(tx, { id: draft.id, before });
      if (deleted) {
        await recordAudit(tx, ctx, {
          action: 'dossier.draft.purge',
          objectType: 'dossier_draft',
          objectId: draft.id,
          summary: { retentionDays: days, files: deleted.length },
        });
      }
      return deleted;
    });
    if (!keys) continue;
    purged++;
    files += keys.length;
    for (const key of keys) await deps.storage.delete(key).catch(() => undefined);
  }
  return { purged, files };
}
