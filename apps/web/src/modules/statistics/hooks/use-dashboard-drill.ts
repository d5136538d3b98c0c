import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrillFigure } from '../api/statistics.api.ts';
import type { DrillRequest } from '../components/drill-down.tsx';
import type { DashboardFilters } from './use-dashboard-filters.ts';

/** Which dossiers of a figure to list: some agencies, a service level, the applicants of a commune. */
export interface DrillScope {
  agencyIds?: readonly string[];
  level?: number;
  applicantCommune?: string;
}

/**
 * Drill-down: the dossiers behind a figure, in the current filters (period, service level, the agencies
 * left by the agency-level filter), titled "figure — what — period".
 */
export function useDashboardDrill(filters: DashboardFilters, tierAgencyIds: readonly string[]) {
  const { t } = useTranslation();
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const { period, year, range, tier, serviceLevel } = filters;
  const periodLabel =
    period === 'year' ? t('dashboard.drill.year', { year }) : `${t(`dashboard.periods.${period}`)} ${year}`;
  const openDrill = (figure: DrillFigure, what: string, only: DrillScope = {}) => {
    const chosen = only.agencyIds ?? (tier ? tierAgencyIds : undefined);
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
  return { drill, openDrill, closeDrill: () => setDrill(null) };
}
