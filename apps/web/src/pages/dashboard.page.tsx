import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Table, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { QueueTable } from '../modules/dossiers/components/queue-table.tsx';
import { type Agency, getAgency } from '../modules/identity/api/agencies.api.ts';
import { agencyNameText } from '../modules/identity/components/agency-name.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import {
  type DrillFigure,
  fetchBoundaries,
  fetchCommuneStats,
  fetchDocumentStats,
  fetchDossierStats,
  fetchStatYears,
  type StatFigures,
} from '../modules/statistics/api/statistics.api.ts';
import { CommuneMap } from '../modules/statistics/components/commune-map.tsx';
import { DocumentsStats, documentFigures } from '../modules/statistics/components/documents-stats.tsx';
import { DrillDown, type DrillRequest } from '../modules/statistics/components/drill-down.tsx';
import { LevelsBreakdown, serviceLevelKey } from '../modules/statistics/components/levels-breakdown.tsx';
import { StatsCharts } from '../modules/statistics/components/stats-charts.tsx';
import {
  ADMIN_LEVELS,
  type AdminLevel,
  byAdminLevel,
  byAgency,
  byServiceLevel,
  PERIODS,
  type Period,
  periodRange,
  sumFigures,
} from '../modules/statistics/utils/aggregate.ts';
import {
  chunk,
  MAP_INDICATORS,
  type MapIndicator,
  mergeCommuneStats,
} from '../modules/statistics/utils/communes.ts';
import { type Cell, downloadXlsx, type Sheet } from '../modules/statistics/utils/xlsx.ts';
import { formatNumber, formatPercent, vietnamToday } from '../ui/format.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

const SERVICE_LEVELS = ['4', '3', '2', '1'] as const;
const TABS = ['dossiers', 'levels', 'documents'] as const;
type Tab = (typeof TABS)[number];

interface AgencyInfo {
  name: string;
  level: Agency['level'] | undefined;
  adminUnitCode: string | null;
}

const pick = <T extends string>(all: readonly T[], value: string | null, fallback: T): T =>
  (all as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

/**
 * The leader's dashboard (lazy chunk with ECharts): one-stop figures of Circular 01/2018 by period, agency,
 * service level and administrative level, the commune map, documents, drill-down lists and the Excel
 * export. Opens on the latest year that has dossiers in the leader's scope.
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(vietnamToday().slice(0, 4));
  const permissions = session.me?.permissions ?? [];
  const seesAll = permissions.includes('dossiers:stats-all');
  const ownAgencyId = session.me?.agency?.id;
  const scopeAgency = seesAll ? undefined : ownAgencyId;

  const years = useApiQuery(`years|${scopeAgency ?? 'all'}`, (signal) => fetchStatYears(scopeAgency, signal));
  const yearOptions = useMemo(
    () => [...new Set([thisYear, ...(years.data ?? [])])].sort((a, b) => b - a),
    [years.data, thisYear],
  );
  const asked = Number(params.get('year'));
  const year = yearOptions.includes(asked) ? asked : (years.data?.[0] ?? thisYear);
  const period = pick<Period>(PERIODS, params.get('period'), 'year');
  const levelParam = pick<string>(SERVICE_LEVELS, params.get('level'), '');
  const serviceLevel = levelParam ? Number(levelParam) : undefined;
  const tier = pick<AdminLevel | ''>(ADMIN_LEVELS, params.get('tier'), '');
  const tab = pick<Tab>(TABS, params.get('tab'), 'dossiers');
  const indicator = pick<MapIndicator>(MAP_INDICATORS, params.get('indicator'), 'received');
  const range = periodRange(year, period);
  const yearsKnown = years.data !== undefined || years.problem !== undefined;

  const stats = useApiQuery(
    yearsKnown ? `${range.from}|${range.to}|${scopeAgency ?? 'all'}|${serviceLevel ?? ''}` : null,
    (signal) =>
      fetchDossierStats(
        {
          ...range,
          ...(scopeAgency ? { agencyId: scopeAgency } : {}),
          ...(serviceLevel ? { serviceLevel } : {}),
        },
        signal,
      ),
  );
  const boundaries = useApiQuery('boundaries', (signal) => fetchBoundaries(signal));

  // The agencies in the figures: names, administrative level and unit (for the level filter and the map).
  const ids = useMemo(() => byAgency(stats.data?.rows ?? []).map((a) => a.agencyId), [stats.data]);
  const info = useApiQuery(ids.length ? `${lang}|${ids.join(',')}` : null, async (signal) =>
    Object.fromEntries(
      await Promise.all(
        ids.map(async (id): Promise<[string, AgencyInfo]> => {
          try {
            const a = await getAgency(id, signal);
            return [id, { name: agencyNameText(a, lang), level: a.level, adminUnitCode: a.adminUnitCode }];
          } catch {
            return [id, { name: id, level: undefined, adminUnitCode: null }];
          }
        }),
      ),
    ),
  );
  const infoById: Record<string, AgencyInfo> = info.data ?? {};
  const rows = useMemo(() => {
    const all = stats.data?.rows ?? [];
    return tier ? all.filter((r) => info.data?.[r.agencyId]?.level === tier) : all;
  }, [stats.data, info.data, tier]);
  const agencies = useMemo(() => byAgency(rows), [rows]);
  const total: StatFigures | undefined = tier ? sumFigures(rows.map((r) => r.figures)) : stats.data?.total;
  const waitingForLevels = tier !== '' && ids.length > 0 && !info.data;
  const serviceBreakdown = useMemo(() => byServiceLevel(rows), [rows]);
  const adminBreakdown = useMemo(
    () =>
      byAdminLevel(
        agencies,
        Object.fromEntries(Object.entries(info.data ?? {}).map(([id, a]) => [id, a.level])),
      ),
    [agencies, info.data],
  );

  // The map: the dossiers in the figures by the commune where their applicants live (former communes
  // summed by the API into the 2025 communes they were merged into). With an agency-level filter, the
  // agencies left by it, at most 100 per request.
  const mapAgencyGroups = useMemo(
    () => (tier ? chunk(agencies.map((a) => a.agencyId)) : null),
    [tier, agencies],
  );
  const communeStats = useApiQuery(
    yearsKnown && !waitingForLevels
      ? `communes|${range.from}|${range.to}|${scopeAgency ?? 'all'}|${serviceLevel ?? ''}|${
          mapAgencyGroups ? mapAgencyGroups.flat().join(',') || '-' : ''
        }`
      : null,
    async (signal) => {
      const level = serviceLevel ? { serviceLevel } : {};
      return mergeCommuneStats(
        mapAgencyGroups
          ? await Promise.all(
              mapAgencyGroups.map((ids) =>
                fetchCommuneStats({ ...range, ...level, agencyIds: ids.join(',') }, signal),
              ),
            )
          : [await fetchCommuneStats({ ...range, ...level }, signal)],
      );
    },
  );
  const communes = communeStats.data?.communes;

  const canDocuments = permissions.includes('documents:stats') && !!ownAgencyId;
  // documents:stats-all reads the whole province (the report's signed share); others their own agency.
  const documentsProvince = permissions.includes('documents:stats-all');
  const documents = useApiQuery(
    tab === 'documents' && canDocuments ? `docs|${documentsProvince}|${range.from}|${range.to}` : null,
    (signal) => fetchDocumentStats(documentsProvince ? range : { ...range, agencyId: ownAgencyId! }, signal),
  );

  // Drill-down: the dossiers behind a figure, in the current filters.
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const periodLabel =
    period === 'year' ? t('dashboard.drill.year', { year }) : `${t(`dashboard.periods.${period}`)} ${year}`;
  const scopeName = seesAll ? t('dashboard.drill.allAgencies') : (session.me?.agency?.name ?? '');
  const openDrill = (
    figure: DrillFigure,
    what: string,
    only: { agencyIds?: readonly string[]; level?: number; applicantCommune?: string } = {},
  ) => {
    const chosen = only.agencyIds ?? (tier ? agencies.map((a) => a.agencyId) : undefined);
    if (chosen && chosen.length === 0) return;
    const level = 'level' in only ? only.level : serviceLevel;
    setDrill({
      title: `${t(`dashboard.drill.figures.${figure}`)} — ${what} — ${periodLabel}`,
      query: {
        ...range,
        figure,
        ...(level ? { serviceLevel: level } : {}),
        ...(chosen ? { agencyIds: chosen.slice(0, 100).join(',') } : {}),
        ...(only.applicantCommune ? { applicantCommune: only.applicantCommune } : {}),
      },
    });
  };
  const agencyName = (id: string) => infoById[id]?.name ?? '…';

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  /** Every table of the dashboard as it is shown, one sheet each, numbers kept as numbers. */
  const exportExcel = () => {
    const figureHeader = [
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
    const figureCells = (f: StatFigures): Cell[] => [
      f.received.total,
      f.received.online,
      f.finished.early,
      f.finished.onTime,
      f.finished.late,
      f.inProgress.withinDeadline,
      f.inProgress.overdue,
      f.onlineRate,
      f.onTimeRate,
    ];
    const sheets: Sheet[] = [
      {
        name: t('dashboard.byAgency'),
        rows: [
          [t('dashboard.agency'), ...figureHeader],
          ...agencies.map(({ agencyId, figures }) => [agencyName(agencyId), ...figureCells(figures)]),
        ],
      },
      {
        name: t('dashboard.levels.byServiceShort'),
        rows: [
          [t('dashboard.levels.level'), ...figureHeader],
          ...serviceBreakdown.map(({ level, figures }) => [
            t(serviceLevelKey(level)),
            ...figureCells(figures),
          ]),
        ],
      },
      {
        name: t('dashboard.levels.byAdminShort'),
        rows: [
          [t('dashboard.levels.level'), t('dashboard.agency'), ...figureHeader],
          ...adminBreakdown.map(({ level, agencies: n, figures }) => [
            t(`agencyLevel.${level}`),
            n,
            ...figureCells(figures),
          ]),
        ],
      },
      {
        name: t('dashboard.map.sheet'),
        rows: [
          [t('dashboard.map.commune'), t('dashboard.map.former'), ...figureHeader],
          ...(boundaries.data?.features ?? [])
            .map((f) => ({ f, c: communes?.get(String(f.properties.code ?? f.id)) }))
            .filter((x) => x.c)
            .map(({ f, c }) => [
              String(
                (lang === 'en' ? f.properties.fullNameEn : undefined) ??
                  f.properties.fullName ??
                  f.properties.name ??
                  f.id,
              ),
              c!.applicantCommunes.map((g) => (lang === 'en' ? g.nameEn : g.name)).join(', '),
              ...figureCells(c!.figures),
            ]),
        ],
      },
    ];
    if (documents.data) {
      const d = documentFigures(documents.data);
      sheets.push({
        name: t('dashboard.tabs.documents'),
        rows: [
          [t('dashboard.docs.figure'), t('dashboard.docs.value')],
          [t('dashboard.docs.issued'), d.issued],
          [t('dashboard.docs.signedPersonal'), documents.data.signedPersonal],
          [t('dashboard.docs.signedOrganisation'), documents.data.signedOrganisation],
          [t('dashboard.docs.signedShare'), d.signedShare],
          [t('dashboard.docs.incoming'), d.incoming],
          [t('dashboard.docs.directivesOnTime'), documents.data.directivesFinishedOnTime],
          [t('dashboard.docs.directivesLate'), documents.data.directivesFinishedLate],
          [t('dashboard.docs.directivesOpenWithin'), d.directivesOpenWithin],
          [t('dashboard.docs.directivesOpenOverdue'), documents.data.directivesOpenOverdue],
        ],
      });
    }
    const suffix = period === 'year' ? `${year}` : `${year}-${period}`;
    downloadXlsx(`thong-ke-ho-so-${suffix}.xlsx`, sheets);
  };

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
        onClick={() => openDrill(figure, agencyName(agencyId), { agencyIds: [agencyId] })}
      >
        {n(value)}
      </Button>
    );

  const dossiersTab = (
    <>
      {total && !waitingForLevels ? (
        <StatsCharts figures={total} onDrill={(figure) => openDrill(figure, scopeName)} />
      ) : null}
      {stats.data && !waitingForLevels ? (
        <section className="op-panel op-section" aria-labelledby="by-agency">
          <div className="op-panel-header">
            <h2 id="by-agency">{t('dashboard.byAgency')}</h2>
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
                render: (id: string) => (
                  <Button
                    type="link"
                    size="small"
                    className="op-link-button"
                    data-testid="agency-drill"
                    onClick={() => openDrill('to-handle', agencyName(id), { agencyIds: [id] })}
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
      ) : null}
      {boundaries.problem ? <ProblemAlert problem={boundaries.problem} /> : null}
      {communeStats.problem ? <ProblemAlert problem={communeStats.problem} /> : null}
      <div className="op-filters op-section">
        <div className="op-field">
          <label htmlFor="dash-indicator" className="op-field-label">
            {t('dashboard.map.indicator')}
          </label>
          <select
            id="dash-indicator"
            className="op-select"
            value={indicator}
            onChange={(e) => set('indicator', e.target.value)}
          >
            {MAP_INDICATORS.map((i) => (
              <option key={i} value={i}>
                {t(`dashboard.map.indicators.${i}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {boundaries.data && communeStats.data ? (
        <CommuneMap
          boundaries={boundaries.data}
          map={communeStats.data}
          indicator={indicator}
          onDrill={(code, name) => {
            const figure: DrillFigure =
              indicator === 'overdue'
                ? 'late-or-overdue'
                : indicator === 'onTimeRate'
                  ? 'finished'
                  : 'received';
            openDrill(figure, name, { applicantCommune: code });
          }}
        />
      ) : null}
    </>
  );

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
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y}
                {years.data && !years.data.includes(y) ? ` ${t('dashboard.noDataYear')}` : ''}
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
        <div className="op-field">
          <label htmlFor="dash-level" className="op-field-label">
            {t('dashboard.levels.serviceFilter')}
          </label>
          <select
            id="dash-level"
            className="op-select"
            value={levelParam}
            onChange={(e) => set('level', e.target.value)}
          >
            <option value="">{t('dashboard.levels.all')}</option>
            {SERVICE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(serviceLevelKey(Number(l)))}
              </option>
            ))}
          </select>
        </div>
        <div className="op-field">
          <label htmlFor="dash-tier" className="op-field-label">
            {t('dashboard.levels.adminFilter')}
          </label>
          <select
            id="dash-tier"
            className="op-select"
            value={tier}
            onChange={(e) => set('tier', e.target.value)}
          >
            <option value="">{t('dashboard.levels.all')}</option>
            {ADMIN_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`agencyLevel.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <Button
          icon={<FileExcelOutlined aria-hidden="true" />}
          disabled={!stats.data}
          onClick={exportExcel}
          data-testid="dashboard-export"
        >
          {t('dashboard.export')}
        </Button>
        <p className="op-muted op-filter-note" data-testid="dashboard-scope">
          {seesAll
            ? t('dashboard.scopeAll')
            : t('dashboard.scopeAgency', { agency: session.me?.agency?.name ?? '' })}
        </p>
      </form>
      {years.problem ? <ProblemAlert problem={years.problem} /> : null}
      {stats.problem ? <ProblemAlert problem={stats.problem} /> : null}
      {(!stats.data && !stats.problem) || waitingForLevels ? <Loading /> : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => set('tab', key === 'dossiers' ? '' : key)}
        items={[
          { key: 'dossiers', label: t('dashboard.tabs.dossiers'), children: dossiersTab },
          {
            key: 'levels',
            label: t('dashboard.tabs.levels'),
            children: (
              <LevelsBreakdown
                service={serviceBreakdown}
                admin={adminBreakdown}
                onDrillService={(level, label) =>
                  openDrill('late-or-overdue', label, { level: level ?? undefined })
                }
                onDrillAdmin={(level, label) =>
                  openDrill('late-or-overdue', label, {
                    agencyIds: agencies
                      .filter((a) => infoById[a.agencyId]?.level === level)
                      .map((a) => a.agencyId),
                  })
                }
              />
            ),
          },
          ...(canDocuments
            ? [
                {
                  key: 'documents',
                  label: t('dashboard.tabs.documents'),
                  children: (
                    <>
                      {documents.problem ? <ProblemAlert problem={documents.problem} /> : null}
                      {documents.data ? (
                        <DocumentsStats
                          stats={documents.data}
                          agencyName={documentsProvince ? null : (session.me?.agency?.name ?? '')}
                        />
                      ) : (
                        <Loading />
                      )}
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
      <DrillDown
        request={drill}
        onClose={() => setDrill(null)}
        renderList={(list) => (
          <QueueTable
            {...list}
            dossierHref={ROUTES.officeDossier}
            // Dossier pages stay agency-scoped: a province-wide leader reads other agencies' dossiers here
            // as figures, and opens only their own agency's.
            canOpen={(row) => permissions.includes('dossiers:read') && row.agencyId === ownAgencyId}
          />
        )}
      />
    </>
  );
}
