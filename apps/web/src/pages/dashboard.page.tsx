import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../app/routes.ts';
import { QueueTable } from '../modules/dossiers/components/queue-table.tsx';
import { getAgency } from '../modules/identity/api/agencies.api.ts';
import { agencyNameText } from '../modules/identity/components/agency-name.tsx';
import { useSession } from '../modules/identity/hooks/use-session.tsx';
import { AgencyFiguresTable } from '../modules/statistics/components/agency-figures-table.tsx';
import { CommuneMapPanel } from '../modules/statistics/components/commune-map-panel.tsx';
import { DashboardFilters } from '../modules/statistics/components/dashboard-filters.tsx';
import { DocumentsStats } from '../modules/statistics/components/documents-stats.tsx';
import { DrillDown } from '../modules/statistics/components/drill-down.tsx';
import { LevelsBreakdown } from '../modules/statistics/components/levels-breakdown.tsx';
import { StatsCharts } from '../modules/statistics/components/stats-charts.tsx';
import { WorkbookExport } from '../modules/statistics/components/workbook-export.tsx';
import { type AgencyLookup, useDashboardData } from '../modules/statistics/hooks/use-dashboard-data.ts';
import { useDashboardDrill } from '../modules/statistics/hooks/use-dashboard-drill.ts';
import { useDashboardFilters } from '../modules/statistics/hooks/use-dashboard-filters.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/**
 * The leader's dashboard (lazy chunk with ECharts): one-stop figures of Circular 01/2018 by period, agency,
 * service level and administrative level, the commune map, documents, drill-down lists and the Excel
 * export. Opens on the latest year that has dossiers in the leader's scope. The filters live in the
 * address (useDashboardFilters), the loading in useDashboardData, each table and the map in its component.
 */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const permissions = session.me?.permissions ?? [];
  const seesAll = permissions.includes('dossiers:stats-all');
  const ownAgencyId = session.me?.agency?.id;
  const ownAgencyName = session.me?.agency?.name ?? '';
  const scopeAgency = seesAll ? undefined : ownAgencyId;
  const canDocuments = permissions.includes('documents:stats') && !!ownAgencyId;
  // documents:stats-all reads the whole province (the report's signed share); others their own agency.
  const documentsProvince = permissions.includes('documents:stats-all');

  const filters = useDashboardFilters(scopeAgency);
  const { tab, indicator, period, year, set } = filters;
  const data = useDashboardData({
    filters,
    scopeAgency,
    lang: i18n.language,
    documents: { load: tab === 'documents' && canDocuments, province: documentsProvince, ownAgencyId },
    lookupAgency,
  });
  const { stats, documents, agencies, agencyName, infoById, total, waitingForLevels } = data;
  const { drill, openDrill, closeDrill } = useDashboardDrill(
    filters,
    agencies.map((a) => a.agencyId),
  );
  const scopeName = seesAll ? t('dashboard.drill.allAgencies') : ownAgencyName;

  const dossiersTab = (
    <>
      {total && !waitingForLevels ? (
        <StatsCharts figures={total} onDrill={(figure) => openDrill(figure, scopeName)} />
      ) : null}
      {stats.data && !waitingForLevels ? (
        <AgencyFiguresTable
          agencies={agencies}
          agencyName={agencyName}
          onDrill={(figure, id) => openDrill(figure, agencyName(id), { agencyIds: [id] })}
        />
      ) : null}
      <CommuneMapPanel
        boundaries={data.boundaries}
        communeStats={data.communeStats}
        indicator={indicator}
        onIndicator={(value) => set('indicator', value)}
        onDrill={(figure, name, code) => openDrill(figure, name, { applicantCommune: code })}
      />
    </>
  );

  return (
    <>
      <PageHeading intro={t('dashboard.intro')}>{t('dashboard.title')}</PageHeading>
      <DashboardFilters
        filters={filters}
        scope={seesAll ? t('dashboard.scopeAll') : t('dashboard.scopeAgency', { agency: ownAgencyName })}
      >
        <WorkbookExport
          disabled={!stats.data}
          tables={() => ({
            agencies,
            agencyName,
            serviceBreakdown: data.serviceBreakdown,
            adminBreakdown: data.adminBreakdown,
            boundaries: data.boundaries.data,
            communes: data.communeStats.data?.communes,
            documents: documents.data,
            year,
            period,
          })}
        />
      </DashboardFilters>
      {filters.years.problem ? <ProblemAlert problem={filters.years.problem} /> : null}
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
                service={data.serviceBreakdown}
                admin={data.adminBreakdown}
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
                          agencyName={documentsProvince ? null : ownAgencyName}
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
        onClose={closeDrill}
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
} /** The dashboard names the agencies in its figures from identity's directory. */
const lookupAgency: AgencyLookup = async (id, lang, signal) => {
  const a = await getAgency(id, signal);
  return { name: agencyNameText(a, lang), level: a.level, adminUnitCode: a.adminUnitCode };
};
