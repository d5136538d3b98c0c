import { useTranslation } from 'react-i18next';
import type { ApiQuery } from '../../../api/use-api-query.ts';
import { ProblemAlert } from '../../../ui/problem-alert.tsx';
import type { Boundaries, DrillFigure } from '../api/statistics.api.ts';
import { MAP_INDICATORS, type MapFigures, type MapIndicator } from '../utils/communes.ts';
import { CommuneMap } from './commune-map.tsx';

/** The figure a commune of the map lists for each indicator. */
const DRILL_OF: Record<MapIndicator, DrillFigure> = {
  received: 'received',
  onTimeRate: 'finished',
  overdue: 'late-or-overdue',
};

/** The commune map with its indicator choice; a commune lists the dossiers behind its figure. */
export function CommuneMapPanel({
  boundaries,
  communeStats,
  indicator,
  onIndicator,
  onDrill,
}: {
  boundaries: ApiQuery<Boundaries>;
  communeStats: ApiQuery<MapFigures>;
  indicator: MapIndicator;
  onIndicator: (indicator: string) => void;
  onDrill: (figure: DrillFigure, communeName: string, communeCode: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
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
            onChange={(e) => onIndicator(e.target.value)}
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
          onDrill={(code, name) => onDrill(DRILL_OF[indicator], name, code)}
        />
      ) : null}
    </>
  );
}
