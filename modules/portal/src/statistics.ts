import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import type { Figures, StatisticsQuery, StatisticsSource } from '@openprovince/platform/module';
import { addLocalDays, localInstant } from '@openprovince/platform/time';
import { countPublishedByLanguage } from './repositories/post.repository.ts';

/** Posts published in the period by language: the figure the report gives ("324 tin, bài tiếng Việt …"). */
export interface PostFigures {
  byLanguage: { vi: number; km: number };
  total: number;
}

/**
 * Counts the posts first published within the period (province calendar days, both ends included); a post
 * taken down no longer counts. Scoped to the author agencies when `agencyIds` is given. The HTTP route and
 * the statistics source both count here.
 */
export async function countPostFigures(deps: { db: Db }, query: StatisticsQuery): Promise<PostFigures> {
  const { from, to } = query.period;
  if (to < from) {
    throw AppError.forField({
      path: '/period/to',
      message: 'Ngày cuối của kỳ thống kê trước ngày đầu',
      messageEn: 'The period ends before it starts',
    });
  }
  const rows = await countPublishedByLanguage(deps.db, {
    from: localInstant(from),
    // The day after the last one, at local midnight: the last day is counted whole.
    to: localInstant(addLocalDays(to, 1)),
    ...(query.agencyIds ? { agencyIds: query.agencyIds } : {}),
  });
  const byLanguage = { vi: 0, km: 0 };
  for (const r of rows) if (r.language === 'vi' || r.language === 'km') byLanguage[r.language] = r.n;
  return { byLanguage, total: byLanguage.vi + byLanguage.km };
}

/** The portal's figures for the dashboard and the annual report. */
export function portalStatistics(deps: { db: Db }): StatisticsSource {
  return {
    indicators: {
      'portal.posts': {
        label: { vi: 'Tin, bài đã đăng (theo ngôn ngữ)', en: 'Posts published (by language)' },
        unit: 'tin, bài',
      },
    },
    async compute(query): Promise<Figures> {
      const f = await countPostFigures(deps, query);
      return { 'portal.posts': { value: f.total, parts: f.byLanguage } };
    },
  };
}
