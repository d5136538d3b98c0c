import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../ui/format.ts';
import type { DrillFigure, StatFigures } from '../api/statistics.api.ts';
import { channelDonutOption, outcomesOption } from '../utils/chart-options.ts';
import { type ChartOption, EChart } from './echart.tsx';

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
    () =>
      channelDonutOption(figures, {
        online: t('dashboard.channels.online'),
        direct: t('dashboard.channels.direct'),
        postal: t('dashboard.channels.postal'),
      }),
    [figures, t],
  );
  const outcomes = useMemo<ChartOption>(
    () =>
      outcomesOption(figures, {
        finished: t('dashboard.finished'),
        inProgress: t('dashboard.inProgress'),
        early: t('dashboard.early'),
        onTime: t('dashboard.onTime'),
        late: t('dashboard.late'),
        withinDeadline: t('dashboard.withinDeadline'),
        overdue: t('dashboard.overdue'),
      }),
    [figures, t],
  );

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
