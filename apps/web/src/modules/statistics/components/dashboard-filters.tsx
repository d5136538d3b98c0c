import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type DashboardFilters as Filters, SERVICE_LEVELS } from '../hooks/use-dashboard-filters.ts';
import { ADMIN_LEVELS, PERIODS } from '../utils/aggregate.ts';
import { serviceLevelKey } from './levels-breakdown.tsx';

/** The dashboard's filter bar: year, period, service level and agency level, then the actions and the scope. */
export function DashboardFilters({
  filters,
  scope,
  children,
}: {
  filters: Filters;
  /** Whose figures these are, said under the filters. */
  scope: string;
  /** Actions beside the filters (the Excel export). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { years, yearOptions, year, period, levelParam, tier, set } = filters;
  return (
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
      {children}
      <p className="op-muted op-filter-note" data-testid="dashboard-scope">
        {scope}
      </p>
    </form>
  );
}
