import { useMemo } from 'react';
import { useApiQuery } from '../../../api/use-api-query.ts';
import {
  fetchBoundaries,
  fetchCommuneStats,
  fetchDocumentStats,
  fetchDossierStats,
  type StatFigures,
} from '../api/statistics.api.ts';
import { type AdminLevel, byAdminLevel, byAgency, byServiceLevel, sumFigures } from '../utils/aggregate.ts';
import { chunk, mergeCommuneStats } from '../utils/communes.ts';
import type { DashboardFilters } from './use-dashboard-filters.ts';

export interface AgencyInfo {
  name: string;
  /** The agency's administrative level (province, district, commune), as the directory names it. */
  level: AdminLevel | undefined;
  adminUnitCode: string | null;
}

/** Reads one agency from the directory; the page passes identity's, since a module imports no other module. */
export type AgencyLookup = (id: string, lang: string, signal: AbortSignal) => Promise<AgencyInfo>;

/**
 * Everything the dashboard loads for its filters: the Circular 01/2018 figures, the agencies in them
 * (names, administrative level), the commune map and the documents' figures, and the tables derived from
 * them (by agency, by service level, by agency level) after the agency-level filter.
 */
export function useDashboardData(input: {
  filters: DashboardFilters;
  /** The agency the figures are limited to (no dossiers:stats-all), or undefined for the province. */
  scopeAgency: string | undefined;
  lang: string;
  /** Whether and for whom to load the documents' figures (only once their tab is open). */
  documents: { load: boolean; province: boolean; ownAgencyId: string | undefined };
  lookupAgency: AgencyLookup;
}) {
  const { filters, scopeAgency, lang } = input;
  const { range, serviceLevel, tier, yearsKnown } = filters;

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
            return [id, await input.lookupAgency(id, lang, signal)];
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

  // documents:stats-all reads the whole province (the report's signed share); others their own agency.
  const docs = input.documents;
  const documents = useApiQuery(
    docs.load ? `docs|${docs.province}|${range.from}|${range.to}` : null,
    (signal) => fetchDocumentStats(docs.province ? range : { ...range, agencyId: docs.ownAgencyId! }, signal),
  );

  return {
    stats,
    boundaries,
    communeStats,
    documents,
    infoById,
    agencies,
    total,
    waitingForLevels,
    serviceBreakdown,
    adminBreakdown,
    agencyName: (id: string) => infoById[id]?.name ?? '…',
  };
}

export type DashboardData = ReturnType<typeof useDashboardData>;
