import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../ui/format.ts';
import type { DrillFigure, StatFigures } from '../api/statistics.api.ts';

/**
 * The figures by agency (Circular 01/2018), with the definitions under the table. An agency's name lists
 * all its dossiers to handle; its late and overdue figures list those dossiers.
 */
export function AgencyFiguresTable({
  agencies,
  agencyName,
  onDrill,
}: {
  agencies: readonly { agencyId: string; figures: StatFigures }[];
  agencyName: (id: string) => string;
  onDrill: (figure: DrillFigure, agencyId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);
  const drillButton = (figure: DrillFigure, value: number, agencyId: string) =>
    value === 0 ? (
      n(0)
    ) : (
      <Button
        type="link"
        size="small"
        className="op-link-button"
        data-testid={`drill-${figure}-${agencyId}`}
        aria-label={t('dashboard.drill.figureOf', {
          value: n(value),
          figure: t(`dashboard.drill.figures.${figure}`),
          what: agencyName(agencyId),
        })}
        onClick={() => onDrill(figure, agencyId)}
      >
        {n(value)}
      </Button>
    );
  return (
    <section className="op-panel op-section" aria-labelledby="by-agency">
      <div className="op-panel-header">
        <h2 id="by-agency">{t('dashboard.byAgency')}</h2>
      </div>
      <Table<{ agencyId: string; figures: StatFigures }>
        rowKey="agencyId"
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        dataSource={[...agencies]}
        locale={{ emptyText: t('dashboard.empty') }}
        columns={[
          {
            title: t('dashboard.agency'),
            dataIndex: 'agencyId',
            render: (id: string) => (
              <Button
                type="link"
                size="small"
                className="op-link-button"
                data-testid="agency-drill"
                onClick={() => onDrill('to-handle', id)}
              >
                {agencyName(id)}
              </Button>
            ),
          },
          { title: t('dashboard.received'), render: (_, r) => n(r.figures.received.total) },
          { title: t('dashboard.channels.online'), render: (_, r) => n(r.figures.received.online) },
          { title: t('dashboard.early'), render: (_, r) => n(r.figures.finished.early) },
          { title: t('dashboard.onTime'), render: (_, r) => n(r.figures.finished.onTime) },
          {
            title: t('dashboard.late'),
            render: (_, r) => drillButton('late', r.figures.finished.late, r.agencyId),
          },
          {
            title: t('dashboard.withinDeadline'),
            render: (_, r) => n(r.figures.inProgress.withinDeadline),
          },
          {
            title: t('dashboard.overdue'),
            render: (_, r) => drillButton('overdue', r.figures.inProgress.overdue, r.agencyId),
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
      <p className="op-small op-muted" data-testid="dashboard-definitions">
        {t('dashboard.definitions')}
      </p>
    </section>
  );
}
