import type { Db } from '@openprovince/db';
import { todayInVietnam } from '@openprovince/identity';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { TServiceLevelStats } from '../contracts/index.ts';
import { canReadStats } from '../policies.ts';
import { countServiceLevels } from '../statistics.ts';

/**
 * Procedures in force on `asOf` counted by online service level and national-portal publication: the
 * figures of the annual report. Counted by the module's statistics source (statistics.ts) on that one day.
 */
export async function serviceLevelStats(
  db: Db,
  ctx: RequestContext,
  input: { asOf?: string },
): Promise<TServiceLevelStats> {
  authorize(ctx.actor, canReadStats, undefined);
  const asOf = input.asOf ?? todayInVietnam();
  return countServiceLevels({ db }, { period: { from: asOf, to: asOf } });
}
