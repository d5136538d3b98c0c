import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import { addLocalDays, localInstant } from '@openprovince/platform/time';
import type { TPostStats, TPostStatsQuery } from '../contracts/index.ts';
import { canReadStats } from '../policies.ts';
import { countPublishedByLanguage } from '../repositories/post.repository.ts';

/**
 * Posts published in a period, by language, the figure the province reports ("324 tin, bài tiếng Việt,
 * 138 tin, bài tiếng Khmer" to 30/06/2021). Days are Vietnam days (UTC+7, no daylight saving), both ends
 * included; a post counts in the period of its first publication, and a post taken down no longer counts.
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
  const from = localInstant(input.from);
  const to = localInstant(addLocalDays(input.to, 1));
  const rows = await countPublishedByLanguage(db, { from, to });
  const byLanguage = { vi: 0, km: 0 };
  for (const r of rows) if (r.language === 'vi' || r.language === 'km') byLanguage[r.language] = r.n;
  return { from: input.from, to: input.to, byLanguage, total: byLanguage.vi + byLanguage.km };
}
