import { authorize, hasPermission, type RequestContext } from '@openprovince/platform';
import { DOSSIER_PERMISSIONS, type TStatsYearsQuery } from '../contracts/index.ts';
import type { DossierDeps } from '../deps.ts';
import { canReadStatistics } from '../policies.ts';
import { listReceivedYears } from '../repositories/dossier.repository.ts';

/**
 * The years that have dossiers in the actor's statistics scope (one agency, or all with stats-all), latest
 * first: the dashboard opens on the latest of them rather than on an empty current year.
 */
export async function listStatisticsYears(
  deps: DossierDeps,
  ctx: RequestContext,
  input: TStatsYearsQuery,
): Promise<{ years: number[] }> {
  const actor = ctx.actor;
  // Without an agency: the whole province for stats-all, one's own agency otherwise.
  const agencyId =
    input.agencyId ??
    (actor.kind === 'official' && !hasPermission(actor, DOSSIER_PERMISSIONS.statsAll)
      ? actor.agencyId
      : undefined);
  authorize(actor, canReadStatistics, { agencyId });
  return { years: await listReceivedYears(deps.db, agencyId ? { agencyId } : {}) };
}
