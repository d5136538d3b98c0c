import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TPostStats, TPostStatsQuery } from '../contracts/index.ts';
import { canReadStats } from '../policies.ts';
import { countPostFigures } from '../statistics.ts';

/**
 * Posts published in a period, by language, the figure the province reports ("324 tin, bài tiếng Việt,
 * 138 tin, bài tiếng Khmer" to 30/06/2021). Days are province days, both ends included; a post counts in
 * the period of its first publication, and a post taken down no longer counts. Counted by the module's
 * statistics source (statistics.ts), so the route and the dashboard read the same figure.
 */
export async function postStatistics(
  db: Db,
  ctx: RequestContext,
  input: TPostStatsQuery,
): Promise<TPostStats> {
  authorize(ctx.actor, canReadStats, undefined);
  if (input.to < input.from) {
    throw AppError.forField({
      path: '/querystring/to',
      message: 'Ngày cuối của kỳ thống kê trước ngày đầu',
      messageEn: 'The period ends before it starts',
    });
  }
  const figures = await countPostFigures({ db }, { period: { from: input.from, to: input.to } });
  return { from: input.from, to: input.to, ...figures };
}
