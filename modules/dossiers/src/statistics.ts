import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import type { Figures, StatisticsQuery, StatisticsSource } from '@openprovince/platform/module';
import { addLocalDays, localDateOf, localInstant, type Now } from '@openprovince/platform/time';
import { toStatDossier } from './domain/stat-dossier.ts';
import { countDossier, emptyFigures, finishFigures, type StatFigures } from './domain/statistics.ts';
import { listForStatistics } from './repositories/dossier.repository.ts';

/** The statistics question, narrowed further by the dashboard's filters (procedure, service level). */
export interface DossierStatisticsQuery extends StatisticsQuery {
  procedureId?: string;
  serviceLevel?: number;
}

/** Circular 01/2018 figures of a period: the total, and one row per agency, procedure and service level. */
export interface DossierFigures {
  /** The day the figures are known at: `period.asOf`, or the earlier of the period's end and today. */
  asOf: string;
  total: StatFigures;
  rows: {
    agencyId: string;
    procedureId: string;
    procedureName: string;
    serviceLevel: number | null;
    figures: StatFigures;
  }[];
}

/** The earlier of two dates `YYYY-MM-DD` (they compare in date order as strings). */
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Counts the dossiers of the period (province calendar days, both ends included) as known at the end of
 * `asOf` (default: the earlier of the period's end and today), by the rules of Circular 01/2018 (see
 * workflow/statistics.ts), for the given agencies or the whole province. The HTTP route (which also shows
 * the rows) and the statistics source both count here.
 */
export async function countDossierFigures(
  deps: { db: Db; now: Now },
  query: DossierStatisticsQuery,
): Promise<DossierFigures> {
  const { from, to } = query.period;
  if (from > to) {
    throw AppError.forField({
      path: '/period/from',
      message: 'Ngày bắt đầu phải trước ngày kết thúc',
      messageEn: '"from" must not be after "to"',
    });
  }
  const asOf = query.period.asOf ?? earlier(to, localDateOf(deps.now()));
  const end = earlier(to, asOf);
  const rows = await listForStatistics(deps.db, {
    ...(query.agencyIds ? { agencyIds: query.agencyIds } : {}),
    ...(query.procedureId ? { procedureId: query.procedureId } : {}),
    ...(query.serviceLevel !== undefined ? { serviceLevel: query.serviceLevel } : {}),
    startInstant: localInstant(from),
    // The last instant of the last day known: the query compares with ≤.
    endInstant: new Date(localInstant(addLocalDays(end, 1)).getTime() - 1),
  });
  const period = { from, to, asOf };
  const total = emptyFigures();
  const groups = new Map<string, DossierFigures['rows'][number]>();
  for (const r of rows) {
    const d = toStatDossier(r);
    const key = `${r.agencyId}|${r.procedureId}|${r.serviceLevel ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        agencyId: r.agencyId,
        procedureId: r.procedureId,
        procedureName: r.procedureName,
        serviceLevel: r.serviceLevel,
        figures: emptyFigures(),
      };
      groups.set(key, g);
    }
    countDossier(g.figures, d, period);
    countDossier(total, d, period);
  }
  return {
    asOf,
    total: finishFigures(total),
    rows: [...groups.values()]
      .map((g) => ({ ...g, figures: finishFigures(g.figures) }))
      .filter((g) => g.figures.totalToHandle > 0)
      .sort((a, b) => a.procedureName.localeCompare(b.procedureName, 'vi')),
  };
}

const DOSSIERS = 'hồ sơ';

/**
 * The one-stop figures for the dashboard and the annual report. Rates are percentages with two decimals
 * and are absent when their denominator is zero (no dossier received, none finished): 0 % would be a
 * figure nobody measured.
 */
export function dossiersStatistics(deps: { db: Db; now: Now }): StatisticsSource {
  return {
    indicators: {
      'dossiers.carriedOver': {
        label: { vi: 'Hồ sơ kỳ trước chuyển sang', en: 'Dossiers carried over' },
        unit: DOSSIERS,
      },
      'dossiers.received': {
        label: { vi: 'Hồ sơ tiếp nhận trong kỳ (theo kênh)', en: 'Dossiers received (by channel)' },
        unit: DOSSIERS,
      },
      'dossiers.toHandle': {
        label: { vi: 'Tổng số hồ sơ phải giải quyết', en: 'Dossiers to handle' },
        unit: DOSSIERS,
      },
      'dossiers.finished': {
        label: {
          vi: 'Hồ sơ đã giải quyết (trước hạn, đúng hạn, quá hạn)',
          en: 'Dossiers finished (early, on time, late)',
        },
        unit: DOSSIERS,
      },
      'dossiers.inProgress': {
        label: {
          vi: 'Hồ sơ đang giải quyết (trong hạn, quá hạn)',
          en: 'Dossiers in progress (within deadline, overdue)',
        },
        unit: DOSSIERS,
      },
      'dossiers.withdrawn': { label: { vi: 'Hồ sơ rút', en: 'Dossiers withdrawn' }, unit: DOSSIERS },
      'dossiers.onlineRate': {
        label: { vi: 'Tỷ lệ tiếp nhận trực tuyến', en: 'Share received online' },
        unit: '%',
      },
      'dossiers.onTimeRate': {
        label: { vi: 'Tỷ lệ giải quyết đúng hạn', en: 'Share finished on time' },
        unit: '%',
      },
      'dossiers.rated': {
        label: { vi: 'Lượt đánh giá mức độ hài lòng', en: 'Satisfaction ratings' },
        unit: 'lượt',
      },
    },
    async compute(query): Promise<Figures> {
      const { total: f } = await countDossierFigures(deps, query);
      return {
        'dossiers.carriedOver': f.carriedOver,
        'dossiers.received': {
          value: f.received.total,
          parts: { direct: f.received.direct, online: f.received.online, postal: f.received.postal },
        },
        'dossiers.toHandle': f.totalToHandle,
        'dossiers.finished': {
          value: f.finished.total,
          parts: { early: f.finished.early, onTime: f.finished.onTime, late: f.finished.late },
        },
        'dossiers.inProgress': {
          value: f.inProgress.total,
          parts: { withinDeadline: f.inProgress.withinDeadline, overdue: f.inProgress.overdue },
        },
        'dossiers.withdrawn': f.withdrawn,
        ...(f.onlineRate === null ? {} : { 'dossiers.onlineRate': f.onlineRate }),
        ...(f.onTimeRate === null ? {} : { 'dossiers.onTimeRate': f.onTimeRate }),
        'dossiers.rated': f.satisfaction.count,
      };
    },
  };
}
