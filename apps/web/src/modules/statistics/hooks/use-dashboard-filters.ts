import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type ApiQuery, useApiQuery } from '../../../api/use-api-query.ts';
import { vietnamToday } from '../../../ui/format.ts';
import { fetchStatYears } from '../api/statistics.api.ts';
import { ADMIN_LEVELS, type AdminLevel, PERIODS, type Period, periodRange } from '../utils/aggregate.ts';
import { MAP_INDICATORS, type MapIndicator } from '../utils/communes.ts';

export const SERVICE_LEVELS = ['4', '3', '2', '1'] as const;
export const DASHBOARD_TABS = ['dossiers', 'levels', 'documents'] as const;
export type DashboardTab = (typeof DASHBOARD_TABS)[number];

const pick = <T extends string>(all: readonly T[], value: string | null, fallback: T): T =>
  (all as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

export interface DashboardFilters {
  years: ApiQuery<number[]>;
  /** This year and every year with dossiers in the scope, latest first. */
  yearOptions: number[];
  year: number;
  period: Period;
  range: { from: string; to: string };
  /** The service-level filter as in the address ('' = all). */
  levelParam: string;
  serviceLevel: number | undefined;
  tier: AdminLevel | '';
  tab: DashboardTab;
  indicator: MapIndicator;
  /** The years are known (or failed): the figures may load. */
  yearsKnown: boolean;
  /** Sets one filter in the address ('' removes it). */
  set: (key: string, value: string) => void;
}

/**
 * The dashboard's filters, kept in the address so that a view can be shared: year (by default the latest
 * with dossiers in the scope), period, service level, agency level, tab and map indicator.
 */
export function useDashboardFilters(scopeAgency: string | undefined): DashboardFilters {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(vietnamToday().slice(0, 4));
  const years = useApiQuery(`years|${scopeAgency ?? 'all'}`, (signal) => fetchStatYears(scopeAgency, signal));
  const yearOptions = useMemo(
    () => [...new Set([thisYear, ...(years.data ?? [])])].sort((a, b) => b - a),
    [years.data, thisYear],
  );
  const asked = Number(params.get('year'));
  const year = yearOptions.includes(asked) ? asked : (years.data?.[0] ?? thisYear);
  const period = pick<Period>(PERIODS, params.get('period'), 'year');
  const levelParam = pick<string>(SERVICE_LEVELS, params.get('level'), '');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return {
    years,
    yearOptions,
    year,
    period,
    range: periodRange(year, period),
    levelParam,
    serviceLevel: levelParam ? Number(levelParam) : undefined,
    tier: pick<AdminLevel | ''>(ADMIN_LEVELS, params.get('tier'), ''),
    tab: pick<DashboardTab>(DASHBOARD_TABS, params.get('tab'), 'dossiers'),
    indicator: pick<MapIndicator>(MAP_INDICATORS, params.get('indicator'), 'received'),
    yearsKnown: years.data !== undefined || years.problem !== undefined,
    set,
  };
}
