import type { Db } from '@openprovince/db';
import { AppError, authorize, type RequestContext } from '@openprovince/platform';
import type { TPostStats, TPostStatsQuery } from '../contracts/index.ts';
import { canReadStats } from '../policies.ts';
import { countPublishedByLanguage } from '../repositories/post.repository.ts';

const VIETNAM_OFFSET = '+07:00';
const DAY_MS = 86_400_000;

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
  const from = new Date(`${input.from}T00:00:00${VIETNAM_OFFSET}`);
  const to = new Date(new Date(`${input.to}T00:00:00${VIETNAM_OFFSET}`).getTime() + DAY_MS);
  const rows = await countPublishedByLanguage(db, { from, to });
  const byLanguage = { vi: 0, km: 0 };
  for (const r of rows) if (r.language === 'vi' || r.language === 'km') byLanguage[r.language] = r.n;
  return { from: input.from, to: input.to, byLanguage, total: byLanguage.vi + byLanguage.km };
}
