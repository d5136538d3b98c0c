import { authorize, type RequestContext } from '@openprovince/platform';
import { localDateOf } from '@openprovince/platform/time';
import type { TServiceLevelStats } from '../contracts/index.ts';
import type { ServicesDeps } from '../deps.ts';
import { canReadStats } from '../policies.ts';
import { countServiceLevels } from '../statistics.ts';

/**
 * Procedures in force on `asOf` counted by online service level and national-portal publication: the
 * figures of the annual report. Counted by the module's statistics source (statistics.ts) on that one day.
 */
export async function serviceLevelStats(
  deps: ServicesDeps,
  ctx: RequestContext,
  input: { asOf?: string },
): Promise<TServiceLevelStats> {
  const { db } = deps;
  authorize(ctx.actor, canReadStats, undefined);
  const asOf = input.asOf ?? localDateOf(deps.now());
  return countServiceLevels({ db }, { period: { from: asOf, to: asOf } });
}
