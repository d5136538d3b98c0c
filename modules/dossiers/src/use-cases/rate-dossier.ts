import { recordAudit } from '@openprovince/audit';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TDossier } from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import { canRateDossier } from '../policies.ts';
import { updateDossierVersioned } from '../repositories/dossier.repository.ts';
import { loadVisibleDossier, present } from './load-dossier.ts';

/** The applicant rates the service once the result is returned (or the dossier is closed), once. */
export async function rateDossier(
  deps: DossierDeps,
  ctx: RequestContext,
  input: { id: string; rating: number; comment?: string },
): Promise<TDossier> {
  const now = deps.now();
  const row = await deps.db.transaction(async (tx) => {
    const d = await loadVisibleDossier(tx, ctx, input.id, { forUpdate: true });
    authorize(ctx.actor, canRateDossier, d);
    if (!['returned', 'refused', 'stopped'].includes(d.state)) {
      throw new AppError('INVALID_STATE', {
        detail: 'Chỉ đánh giá khi hồ sơ đã trả kết quả',
        detailEn: 'A dossier is rated once its result is returned',
      });
    }
    if (d.rating !== null) {
      throw new AppError('CONFLICT', {
        detail: 'Hồ sơ đã được đánh giá',
        detailEn: 'The dossier was already rated',
      });
    }
    const updated = await updateDossierVersioned(tx, {
      id: d.id,
      expectedVersion: d.version,
      set: { rating: input.rating, ratingComment: input.comment?.trim() || null, ratedAt: now },
      now,
    });
    await recordAudit(tx, ctx, {
      action: 'dossier.rate',
      objectType: 'dossier',
      objectId: d.id,
      agencyId: d.agencyId,
      summary: { code: d.code, rating: input.rating },
    });
    return updated!;
  });
  return present(deps, deps.db, row, ctx);
}
