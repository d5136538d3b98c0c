import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../ui/format.ts';
import type { DocumentStats } from '../api/statistics.api.ts';
import { CHART_COLOURS, donutOption } from '../utils/chart-options.ts';
import { type ChartOption, EChart } from './echart.tsx';

const { blue: BLUE, green: GREEN, amber: AMBER, red: RED, grey: GREY } = CHART_COLOURS;
const CHANNEL_COLOURS: Record<string, string> = {
  platform: BLUE,
  edxml_file: GREEN,
  paper: AMBER,
  email: GREY,
};

/** The figures of the documents tab, derived from GET /api/document-stats (also used by the Excel export). */
export function documentFigures(s: DocumentStats) {
  const incoming = Object.values(s.incomingByChannel).reduce((n, v) => n + v, 0);
  const finished = s.directivesFinishedOnTime + s.directivesFinishedLate;
  return {
    incoming,
    issued: s.issued,
    signedShare: s.signedShare * 100,
    directivesFinished: finished,
    directivesOnTimeRate:
      finished === 0 ? null : Math.round((s.directivesFinishedOnTime / finished) * 10_000) / 100,
    directivesOpenWithin: Math.max(0, s.directivesOpen - s.directivesOpenOverdue),
  };
}

/**
 * Documents of the agency in the period: outgoing issued (and signed electronically by both the signer and
 * the agency seal), incoming by channel, directives handled on time; two charts and the same figures in a
 * table.
 */
/** `agencyName` null: the figures are the whole province's. */
export function DocumentsStats({ stats, agencyName }: { stats: DocumentStats; agencyName: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);
  const f = documentFigures(stats);
  const channels = useMemo(() => Object.entries(stats.incomingByChannel), [stats]);

  const incomingChart = useMemo<ChartOption>(
    () =>
      donutOption(
        channels.map(([c, v]) => ({
          name: t(`documents.channels.${c}`, { defaultValue: c }),
          value: v,
          color: CHANNEL_COLOURS[c] ?? GREY,
        })),
      ),
    [channels, t],
  );
  const directivesChart = useMemo<ChartOption>(
    () =>
      ({
        tooltip: { trigger: 'axis' },
        grid: { left: 8, right: 16, top: 16, bottom: 16, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          data: [
            t('dashboard.docs.directivesOnTime'),
            t('dashboard.docs.directivesLate'),
            t('dashboard.docs.directivesOpenWithin'),
            t('dashboard.docs.directivesOpenOverdue'),
          ],
        },
        series: [
          {
            type: 'bar',
            label: { show: true, position: 'right' },
            data: [
              { value: stats.directivesFinishedOnTime, itemStyle: { color: GREEN } },
              { value: stats.directivesFinishedLate, itemStyle: { color: RED } },
              { value: f.directivesOpenWithin, itemStyle: { color: GREY } },
              { value: stats.directivesOpenOverdue, itemStyle: { color: AMBER } },
            ],
          },
        ],
      }) as ChartOption,
    [stats, f.directivesOpenWithin, t],
  );

  return (
    <div className="op-stats" data-testid="documents-stats">
      <p className="op-muted" data-testid="documents-scope">
        {agencyName === null ? t('dashboard.scopeAll') : t('dashboard.scopeAgency', { agency: agencyName })}
      </p>
      <ul className="op-kpis">
        <li>
          <span className="op-kpi-label">{t('dashboard.docs.issued')}</span>
          <span className="op-kpi-value" data-testid="kpi-docs-issued">
            {n(f.issued)}
          </span>
        </li>
        <li>
          <span className="op-kpi-label">{t('dashboard.docs.incoming')}</span>
          <span className="op-kpi-value" data-testid="kpi-docs-incoming">
            {n(f.incoming)}
          </span>
        </li>
        <li>
          <span className="op-kpi-label">{t('dashboard.docs.signedShare')}</span>
          <span className="op-kpi-value">{formatPercent(f.signedShare, lang)}</span>
        </li>
        <li>
          <span className="op-kpi-label">{t('dashboard.docs.directivesOnTimeRate')}</span>
          <span className="op-kpi-value">{formatPercent(f.directivesOnTimeRate, lang)}</span>
        </li>
      </ul>
      <div className="op-chart-grid">
        <figure className="op-panel">
          <figcaption>{t('dashboard.docs.incomingByChannel')}</figcaption>
          <EChart option={incomingChart} label={t('dashboard.docs.incomingByChannel')} />
        </figure>
        <figure className="op-panel">
          <figcaption>{t('dashboard.docs.directives')}</figcaption>
          <EChart option={directivesChart} label={t('dashboard.docs.directives')} />
        </figure>
      </div>
      <table className="op-table op-section" data-testid="documents-table">
        <caption className="op-small op-muted">{t('dashboard.docs.tableCaption')}</caption>
        <tbody>
          {(
            [
              ['issued', stats.issued],
              ['signedPersonal', stats.signedPersonal],
              ['signedOrganisation', stats.signedOrganisation],
              ['incoming', f.incoming],
              ['directivesOnTime', stats.directivesFinishedOnTime],
              ['directivesLate', stats.directivesFinishedLate],
              ['directivesOpenWithin', f.directivesOpenWithin],
              ['directivesOpenOverdue', stats.directivesOpenOverdue],
            ] as const
          ).map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{t(`dashboard.docs.${key}`)}</th>
              <td className="op-num">{n(value)}</td>
            </tr>
          ))}
          {channels.map(([c, v]) => (
            <tr key={c}>
              <th scope="row">
                {t('dashboard.docs.incomingVia', {
                  channel: t(`documents.channels.${c}`, { defaultValue: c }),
                })}
              </th>
              <td className="op-num">{n(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
