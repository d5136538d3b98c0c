import type { Db } from '@openprovince/db';
import type { Figures, StatisticsQuery, StatisticsSource } from '@openprovince/platform/module';
import type { ServiceLevelScheme, ServiceLevelValue } from './contracts/index.ts';
import { countByServiceLevel } from './repositories/procedure.repository.ts';

/** The catalogue on one day: procedures in force by online service level and national-portal publication. */
export interface ServiceLevelFigures {
  asOf: string;
  total: number;
  publishedNationally: number;
  byLevel: {
    scheme: ServiceLevelScheme | null;
    level: ServiceLevelValue | null;
    count: number;
    publishedNationally: number;
  }[];
}

/**
 * The catalogue is a stock, not a flow: it is counted on one day, `period.asOf` when given, otherwise the
 * period's last day (2021: 1,858 services; 230 at levels 1–2, 571 at level 3, 1,057 at level 4; 1,415
 * published on the national portal). Scoped to the responsible agencies when `agencyIds` is given. The HTTP
 * route and the statistics source both count here.
 */
export async function countServiceLevels(
  deps: { db: Db },
  query: StatisticsQuery,
): Promise<ServiceLevelFigures> {
  const asOf = query.period.asOf ?? query.period.to;
  const rows = await countByServiceLevel(deps.db, {
    asOf,
    ...(query.agencyIds ? { agencyIds: query.agencyIds } : {}),
  });
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

/** `decree43:4`, `decree42:full`, or `none` for procedures without a level recorded that day. */
const levelKey = (r: ServiceLevelFigures['byLevel'][number]) =>
  r.scheme && r.level ? `${r.scheme}:${r.level}` : 'none';

/** The catalogue's figures for the dashboard and the annual report. */
export function servicesStatistics(deps: { db: Db }): StatisticsSource {
  return {
    indicators: {
      'services.procedures': {
        label: {
          vi: 'Thủ tục hành chính đang hiệu lực (theo mức độ dịch vụ công trực tuyến)',
          en: 'Administrative procedures in force (by online service level)',
        },
        unit: 'thủ tục',
      },
      'services.publishedNationally': {
        label: {
          vi: 'Thủ tục công khai trên Cổng Dịch vụ công quốc gia',
          en: 'Procedures published on the national public service portal',
        },
        unit: 'thủ tục',
      },
    },
    async compute(query): Promise<Figures> {
      const f = await countServiceLevels(deps, query);
      const parts: Record<string, number> = {};
      for (const r of f.byLevel) parts[levelKey(r)] = (parts[levelKey(r)] ?? 0) + r.count;
      return {
        'services.procedures': { value: f.total, parts },
        'services.publishedNationally': f.publishedNationally,
      };
    },
  };
}
