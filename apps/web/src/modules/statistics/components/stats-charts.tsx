import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../ui/format.ts';
import type { DrillFigure, StatFigures } from '../api/statistics.api.ts';
import { type ChartOption, EChart } from './echart.tsx';

// Colours with a 3:1 contrast against white between neighbours' edges; legends and tables carry the words.
const BLUE = '#1456a0';
const GREEN = '#2e7d32';
const AMBER = '#b26a00';
const RED = '#b3261e';
const GREY = '#5f6b7a';

/** The figure behind each bar series of the outcomes chart, in series order. */
const OUTCOME_FIGURES: readonly DrillFigure[] = ['early', 'on-time', 'late', 'within-deadline', 'overdue'];

/** Key figures and two charts; a click on a bar of the outcomes chart lists the dossiers behind it. */
export function StatsCharts({
  figures,
  onDrill,
}: {
  figures: StatFigures;
  onDrill?: (figure: DrillFigure) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);

  const channels = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          label: { formatter: '{b}: {c}' },
          data: [
            {
              name: t('dashboard.channels.online'),
              value: figures.received.online,
              itemStyle: { color: BLUE },
            },
            {
              name: t('dashboard.channels.direct'),
              value: figures.received.direct,
              itemStyle: { color: AMBER },
            },
            {
              name: t('dashboard.channels.postal'),
              value: figures.received.postal,
              itemStyle: { color: GREY },
            },
          ],
        },
      ],
    }),
    [figures, t],
  );

  const outcomes = useMemo<ChartOption>(() => {
    const categories = [t('dashboard.finished'), t('dashboard.inProgress')];
    const bar = (name: string, color: string, values: [number, number]): BarSeriesLike => ({
      type: 'bar',
      name,
      stack: 'all',
      itemStyle: { color },
      data: values,
      label: { show: true, formatter: (p: { value: unknown }) => (Number(p.value) ? String(p.value) : '') },
    });
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 56, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: categories },
      series: [
        bar(t('dashboard.early'), GREEN, [figures.finished.early, 0]),
        bar(t('dashboard.onTime'), BLUE, [figures.finished.onTime, 0]),
        bar(t('dashboard.late'), RED, [figures.finished.late, 0]),
        bar(t('dashboard.withinDeadline'), GREY, [0, figures.inProgress.withinDeadline]),
        bar(t('dashboard.overdue'), AMBER, [0, figures.inProgress.overdue]),
      ],
    } as ChartOption;
  }, [figures, t]);

  return (
    <div className="op-stats" data-testid="dashboard-figures">
      <ul className="op-kpis">
        <li>
          <span className="op-kpi-label">{t('dashboard.received')}</span>
          <span className="op-kpi-value" data-testid="kpi-received">
            {n(figures.received.total)}
          </span>
        </li>
        <li>
          <span className="op-kpi-label">{t('dashboard.totalToHandle')}</span>
          <span className="op-kpi-value">{n(figures.totalToHandle)}</span>
        </li>
        <li>
          <span className="op-kpi-label">{t('dashboard.onlineRate')}</span>
          <span className="op-kpi-value" data-testid="kpi-online-rate">
            {formatPercent(figures.onlineRate, lang)}
          </span>
        </li>
        <li>
          <span className="op-kpi-label">{t('dashboard.onTimeRate')}</span>
          <span className="op-kpi-value">{formatPercent(figures.onTimeRate, lang)}</span>
        </li>
        <li>
          <span className="op-kpi-label">{t('dashboard.satisfaction')}</span>
          <span className="op-kpi-value">
            {figures.satisfaction.average === null
              ? '—'
              : formatNumber(figures.satisfaction.average, lang, 2)}
          </span>
        </li>
      </ul>
      <div className="op-chart-grid">
        <figure className="op-panel">
          <figcaption>{t('dashboard.byChannel')}</figcaption>
          <EChart option={channels} label={t('dashboard.byChannel')} />
        </figure>
        <figure className="op-panel">
          <figcaption>{t('dashboard.outcomes')}</figcaption>
          <EChart
            option={outcomes}
            label={t('dashboard.outcomes')}
            {...(onDrill
              ? { onItemClick: ({ seriesIndex }) => onDrill(OUTCOME_FIGURES[seriesIndex] ?? 'to-handle') }
              : {})}
          />
        </figure>
      </div>
    </div>
  );
}

type BarSeriesLike = Record<string, unknown>;
