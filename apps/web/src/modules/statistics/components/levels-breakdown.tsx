import { Button } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../ui/format.ts';
import type { StatFigures } from '../api/statistics.api.ts';
import type { AdminLevel } from '../utils/aggregate.ts';
import { type ChartOption, EChart } from './echart.tsx';

const GREEN = '#2e7d32';
const RED = '#b3261e';
const GREY = '#5f6b7a';

const SERVICE_LEVEL_KEYS = {
  1: 'dashboard.levels.service.1',
  2: 'dashboard.levels.service.2',
  3: 'dashboard.levels.service.3',
  4: 'dashboard.levels.service.4',
} as const;

/** The i18n key naming a service level (1–4), or the "not set" one. */
export function serviceLevelKey(level: number | null) {
  return level !== null && level in SERVICE_LEVEL_KEYS
    ? SERVICE_LEVEL_KEYS[level as keyof typeof SERVICE_LEVEL_KEYS]
    : 'dashboard.levels.unknown';
}

export interface LevelRow {
  key: string;
  label: string;
  figures: StatFigures;
  agencies?: number;
  /** The API can list these dossiers (not for an unknown service level). */
  drillable?: boolean;
}

/** One breakdown as a table; the late/overdue number opens the list of those dossiers. */
function LevelTable({
  caption,
  rows,
  testId,
  onDrill,
}: {
  caption: string;
  rows: readonly LevelRow[];
  testId: string;
  onDrill: (row: LevelRow) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <table className="op-table op-section" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.levels.level')}</th>
          <th scope="col">{t('dashboard.totalToHandle')}</th>
          <th scope="col">{t('dashboard.received')}</th>
          <th scope="col">{t('dashboard.finished')}</th>
          <th scope="col">{t('dashboard.onTimeRate')}</th>
          <th scope="col">{t('dashboard.map.indicators.overdue')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">
              {r.label}
              {r.agencies !== undefined ? (
                <span className="op-muted"> ({t('dashboard.levels.agencies', { count: r.agencies })})</span>
              ) : null}
            </th>
            <td className="op-num">{n(r.figures.totalToHandle)}</td>
            <td className="op-num">{n(r.figures.received.total)}</td>
            <td className="op-num">{n(r.figures.finished.total)}</td>
            <td className="op-num">{formatPercent(r.figures.onTimeRate, lang)}</td>
            <td className="op-num">
              {r.drillable === false ? (
                n(r.figures.finished.late + r.figures.inProgress.overdue)
              ) : (
                <Button
                  type="link"
                  size="small"
                  onClick={() => onDrill(r)}
                  aria-label={t('dashboard.drill.lateOf', {
                    value: n(r.figures.finished.late + r.figures.inProgress.overdue),
                    what: r.label,
                  })}
                >
                  {n(r.figures.finished.late + r.figures.inProgress.overdue)}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Figures by service level of the procedure (Decree 43/2011 levels, as dossiers record them; 4 and 3 are
 * "toàn trình" and "một phần" under Decree 42/2022) and by
 * administrative level of the agency (province, district, commune): a chart and two tables.
 */
export function LevelsBreakdown({
  service,
  admin,
  onDrillService,
  onDrillAdmin,
}: {
  service: readonly { level: number | null; figures: StatFigures }[];
  admin: readonly { level: AdminLevel; agencies: number; figures: StatFigures }[];
  onDrillService: (level: number, label: string) => void;
  onDrillAdmin: (level: AdminLevel, label: string) => void;
}) {
  const { t } = useTranslation();
  const serviceRows = useMemo<LevelRow[]>(
    () =>
      service.map((s) => ({
        key: String(s.level ?? 'none'),
        label: t(serviceLevelKey(s.level)),
        figures: s.figures,
        drillable: s.level !== null,
      })),
    [service, t],
  );
  const adminRows: LevelRow[] = admin.map((a) => ({
    key: a.level,
    label: t(`agencyLevel.${a.level}`),
    figures: a.figures,
    agencies: a.agencies,
  }));
  const chart = useMemo<ChartOption>(() => {
    const bar = (name: string, color: string, data: number[]) => ({
      type: 'bar' as const,
      name,
      stack: 'all',
      itemStyle: { color },
      data,
    });
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 56, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: serviceRows.map((r) => r.label) },
      series: [
        bar(
          t('dashboard.levels.finishedOnTime'),
          GREEN,
          serviceRows.map((r) => r.figures.finished.early + r.figures.finished.onTime),
        ),
        bar(
          t('dashboard.map.indicators.overdue'),
          RED,
          serviceRows.map((r) => r.figures.finished.late + r.figures.inProgress.overdue),
        ),
        bar(
          t('dashboard.withinDeadline'),
          GREY,
          serviceRows.map((r) => r.figures.inProgress.withinDeadline),
        ),
      ],
    } as ChartOption;
  }, [serviceRows, t]);
  return (
    <div data-testid="levels-breakdown">
      <figure className="op-panel">
        <figcaption>{t('dashboard.levels.chart')}</figcaption>
        <EChart
          option={chart}
          label={t('dashboard.levels.chart')}
          onItemClick={({ dataIndex }) => {
            const s = service[dataIndex];
            if (s && s.level !== null) onDrillService(s.level, serviceRows[dataIndex]!.label);
          }}
        />
      </figure>
      <LevelTable
        caption={t('dashboard.levels.byService')}
        rows={serviceRows}
        testId="levels-service"
        onDrill={(r) => onDrillService(Number(r.key), r.label)}
      />
      <LevelTable
        caption={t('dashboard.levels.byAdmin')}
        rows={adminRows}
        testId="levels-admin"
        onDrill={(r) => onDrillAdmin(r.key as AdminLevel, r.label)}
      />
    </div>
  );
}
