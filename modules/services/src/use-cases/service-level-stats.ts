import { authorize, type RequestContext } from '@openprovince/platform';
import { localDateOf } from '@openprovince/platform/time';
import type { ServiceLevelScheme, ServiceLevelValue, TServiceLevelStats } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { canReadStats } from '../policies.ts';
import { countByServiceLevel } from '../repositories/procedure.repository.ts';

/**
 * Procedures in force on `asOf` counted by online service level and national-portal publication: the
 * figures of the annual report (2021: 1,858 services; 230 at levels 1–2, 571 at level 3, 1,057 at
 * level 4; 1,415 published on the national portal). For reporting.
 */
export async function serviceLevelStats(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: { asOf?: string },
): Promise<TServiceLevelStats> {
  const { db } = deps;
  authorize(ctx.actor, canReadStats, undefined);
  const asOf = input.asOf ?? localDateOf(deps.now());
  const rows = await countByServiceLevel(db, asOf);
  return {
    asOf,
    total: rows.reduce((n, r) => n + r.count, 0),
    publishedNationally: rows.reduce((n, r) => n + r.published, 0),
    byLevel: rows.map((r) => ({
      scheme: r.scheme as ServiceLevelScheme | null,
      level: r.level as ServiceLevelValue | null,
      count: r.count,
      publishedNationally: r.published,
    })),
  };
}
