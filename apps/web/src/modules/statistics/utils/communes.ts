import type { CommuneStats, StatFigures } from '../api/statistics.api.ts';
import { addFigures } from './aggregate.ts';

/** What the commune map is coloured by. */
export type MapIndicator = 'received' | 'onTimeRate' | 'overdue';
export const MAP_INDICATORS: readonly MapIndicator[] = ['received', 'onTimeRate', 'overdue'];

/** The value of an indicator: dossiers received, on-time rate (%, null without finished dossiers), late + overdue. */
export function indicatorValue(f: StatFigures, indicator: MapIndicator): number | null {
  if (indicator === 'received') return f.received.total;
  if (indicator === 'onTimeRate') return f.onTimeRate;
  return f.finished.late + f.inProgress.overdue;
}

/** One commune of the map with the figures of the dossiers whose applicants live there. */
export interface CommuneFigures {
  figures: StatFigures;
  /** The communes as the applicants gave them (the former ones merged into this one, or itself). */
  applicantCommunes: { code: string; name: string; nameEn: string }[];
}

/** The map's figures: the communes by code, with how many dossiers are on it and how many could not be. */
export interface MapFigures {
  communes: Map<string, CommuneFigures>;
  located: number;
  unlocated: number;
}

/**
 * The answers of GET /api/dossier-stats/communes for one or several groups of agencies (the API takes at
 * most 100 agencies at a time) summed per commune; rates are recomputed from the sums.
 */
export function mergeCommuneStats(parts: readonly CommuneStats[]): MapFigures {
  const communes = new Map<string, CommuneFigures>();
  let located = 0;
  let unlocated = 0;
  for (const part of parts) {
    located += part.located;
    unlocated += part.unlocated;
    for (const c of part.communes) {
      const known = communes.get(c.code);
      if (!known) {
        communes.set(c.code, { figures: c.figures, applicantCommunes: [...c.applicantCommunes] });
        continue;
      }
      known.figures = addFigures(known.figures, c.figures);
      for (const given of c.applicantCommunes) {
        if (!known.applicantCommunes.some((g) => g.code === given.code && g.name === given.name)) {
          known.applicantCommunes.push(given);
        }
      }
    }
  }
  for (const c of communes.values()) {
    c.applicantCommunes.sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true }));
  }
  return { communes, located, unlocated };
}

/** Groups of at most `size` (the API's limit on agencies per request). */
export function chunk<T>(items: readonly T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
