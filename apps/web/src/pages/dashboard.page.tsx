import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { getAgency } from '../modules/identity/api/agencies.api.ts';
import { agencyNameText } from '../modules/identity/components/agency-name.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import {
  fetchBoundaries,
  fetchDossierStats,
  type StatFigures,
} from '../modules/statistics/api/statistics.api.ts';
import { CommuneMap } from '../modules/statistics/components/commune-map.tsx';
import { StatsCharts } from '../modules/statistics/components/stats-charts.tsx';
import { byAgency, PERIODS, type Period, periodRange } from '../modules/statistics/utils/aggregate.ts';
import { downloadXlsx } from '../modules/statistics/utils/xlsx.ts';
import { formatNumber, formatPercent, vietnamToday } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const FIRST_YEAR = 2021;

/** The leader's dashboard (lazy chunk with ECharts): one-stop figures of Circular 01/2018 by period and agency. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(vietnamToday().slice(0, 4));
  const year = Math.min(thisYear, Math.max(FIRST_YEAR, Number(params.get('year')) || thisYear));
  const period = (PERIODS as readonly string[]).includes(params.get('period') ?? '')
    ? (params.get('period') as Period)
    : 'year';
  const seesAll = session.me?.permissions.includes('dossiers:stats-all') ?? false;
  const agencyId = seesAll ? undefined : session.me?.agency?.id;
  const range = periodRange(year, period);
  const stats = useApiQuery(`${range.from}|${range.to}|${agencyId ?? 'all'}`, (signal) =>
    fetchDossierStats({ ...range, ...(agencyId ? { agencyId } : {}) }, signal),
  );
  const boundaries = useApiQuery('boundaries', (signal) => fetchBoundaries(signal));
  const agencies = useMemo(() => byAgency(stats.data?.rows ?? []), [stats.data]);
  const ids = agencies.slice(0, 30).map((a) => a.agencyId);
  const names = useApiQuery(ids.length ? ids.join(',') : null, async (signal) =>
    Object.fromEntries(
      await Promise.all(
        ids.map(async (id) => {
          try {
            return [id, agencyNameText(await getAgency(id, signal), i18n.language)] as const;
          } catch {
            return [id, id] as const;
          }
        }),
      ),
    ),
  );

  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  const lang = i18n.language;
  /** The table as it is shown (same columns, same agencies), numbers kept as numbers for the spreadsheet. */
  const exportExcel = () => {
    const header = [
      t('dashboard.agency'),
      t('dashboard.received'),
      t('dashboard.channels.online'),
      t('dashboard.early'),
      t('dashboard.onTime'),
      t('dashboard.late'),
      t('dashboard.withinDeadline'),
      t('dashboard.overdue'),
      t('dashboard.onlineRate'),
      t('dashboard.onTimeRate'),
    ];
    const rows = agencies.map(({ agencyId, figures: f }) => [
      names.data?.[agencyId] ?? agencyId,
      f.received.total,
      f.received.online,
      f.finished.early,
      f.finished.onTime,
      f.finished.late,
      f.inProgress.withinDeadline,
      f.inProgress.overdue,
      f.onlineRate,
      f.onTimeRate,
    ]);
    const suffix = period === 'year' ? `${year}` : `${year}-${period}`;
    downloadXlsx(`thong-ke-ho-so-${suffix}.xlsx`, t('dashboard.byAgency'), [header, ...rows]);
  };
  return (
    <>
      <PageHeading intro={t('dashboard.intro')}>{t('dashboard.title')}</PageHeading>
      <form className="op-filters" onSubmit={(e) => e.preventDefault()}>
        <div className="op-field">
          <label htmlFor="dash-year" className="op-field-label">
            {t('dashboard.year')}
          </label>
          <select
            id="dash-year"
            className="op-select"
            value={year}
            onChange={(e) => set('year', e.target.value)}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="op-field">
          <label htmlFor="dash-period" className="op-field-label">
            {t('dashboard.period')}
          </label>
          <select
            id="dash-period"
            className="op-select"
            value={period}
            onChange={(e) => set('period', e.target.value)}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`dashboard.periods.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="op-muted op-filter-note">
          {seesAll
            ? t('dashboard.scopeAll')
            : t('dashboard.scopeAgency', { agency: session.me?.agency?.name ?? '' })}
        </p>
      </form>
      {stats.problem ? <ProblemAlert problem={stats.problem} /> : null}
      {!stats.data && !stats.problem ? <Loading /> : null}
      {stats.data ? <StatsCharts figures={stats.data.total} /> : null}
      {stats.data ? (
        <section className="op-panel op-section" aria-labelledby="by-agency">
          <div className="op-panel-header">
            <h2 id="by-agency">{t('dashboard.byAgency')}</h2>
            <Button
              icon={<FileExcelOutlined aria-hidden="true" />}
              disabled={agencies.length === 0}
              onClick={exportExcel}
              data-testid="dashboard-export"
            >
              {t('dashboard.export')}
            </Button>
          </div>
          <Table<{ agencyId: string; figures: StatFigures }>
            rowKey="agencyId"
            size="small"
            pagination={false}
            scroll={{ x: 800 }}
            dataSource={agencies}
            locale={{ emptyText: t('dashboard.empty') }}
            columns={[
              {
                title: t('dashboard.agency'),
                dataIndex: 'agencyId',
                render: (id: string) => names.data?.[id] ?? '…',
              },
              {
                title: t('dashboard.received'),
                render: (_, r) => formatNumber(r.figures.received.total, lang),
              },
              {
                title: t('dashboard.channels.online'),
                render: (_, r) => formatNumber(r.figures.received.online, lang),
              },
              { title: t('dashboard.early'), render: (_, r) => formatNumber(r.figures.finished.early, lang) },
              {
                title: t('dashboard.onTime'),
                render: (_, r) => formatNumber(r.figures.finished.onTime, lang),
              },
              { title: t('dashboard.late'), render: (_, r) => formatNumber(r.figures.finished.late, lang) },
              {
                title: t('dashboard.withinDeadline'),
                render: (_, r) => formatNumber(r.figures.inProgress.withinDeadline, lang),
              },
              {
                title: t('dashboard.overdue'),
                render: (_, r) => formatNumber(r.figures.inProgress.overdue, lang),
              },
              {
                title: t('dashboard.onlineRate'),
                render: (_, r) => formatPercent(r.figures.onlineRate, lang),
              },
              {
                title: t('dashboard.onTimeRate'),
                render: (_, r) => formatPercent(r.figures.onTimeRate, lang),
              },
            ]}
          />
          <p className="op-small op-muted">{stats.data.definitions}</p>
        </section>
      ) : null}
      {boundaries.problem ? <ProblemAlert problem={boundaries.problem} /> : null}
      {boundaries.data ? <CommuneMap boundaries={boundaries.data} /> : null}
    </>
  );
}
