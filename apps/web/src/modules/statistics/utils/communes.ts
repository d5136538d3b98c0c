import type { StatFigures } from '../api/statistics.api.ts';
import { addFigures, emptyFigures } from './aggregate.ts';

/** What the commune map is coloured by. */
export type MapIndicator = 'received' | 'onTimeRate' | 'overdue';
export const MAP_INDICATORS: readonly MapIndicator[] = ['received', 'onTimeRate', 'overdue'];

/** The value of an indicator: dossiers received, on-time rate (%, null without finished dossiers), late + overdue. */
export function indicatorValue(f: StatFigures, indicator: MapIndicator): number | null {
  if (indicator === 'received') return f.received.total;
  if (indicator === 'onTimeRate') return f.onTimeRate;
  return f.finished.late + f.inProgress.overdue;
}

export interface SuccessorItem {
  unit: { code: string; level: string };
  path: readonly { wholeArea: boolean }[];
}

/**
 * The 2025 commune a 2021 commune went into (GET /api/geography/units/{code}/successors): the commune-level
 * unit it passed into whole, else the first commune-level one (figures cannot be split by area).
 */
export function pickSuccessor(items: readonly SuccessorItem[]): string | null {
  const communes = items.filter((i) => i.unit.level === 'commune');
  const whole = communes.find((i) => i.path.every((p) => p.wholeArea));
  return (whole ?? communes[0])?.unit.code ?? null;
}

export interface CommuneFigures {
  /** The 2025 commune. */
  code: string;
  figures: StatFigures;
  /** The agencies (2021 commune People's Committees) whose dossiers are summed here. */
  agencyIds: string[];
  /** The 2021 communes merged into this one that have figures. */
  formerCodes: string[];
}

/**
 * Dossier figures of commune-level agencies (whose adminUnitCode is a 2021 commune) summed into the 2025
 * communes those communes were merged into. Agencies that are not commune-level, have no unit, or whose unit
 * has no known successor are left out (and listed in `unmapped`).
 */
export function aggregateToCommunes(
  agencies: readonly { agencyId: string; figures: StatFigures }[],
  places: Readonly<Record<string, { level: string | undefined; adminUnitCode: string | null } | undefined>>,
  successorOf: Readonly<Record<string, string | null | undefined>>,
): { communes: Map<string, CommuneFigures>; unmapped: string[] } {
  const communes = new Map<string, CommuneFigures>();
  const unmapped: string[] = [];
  for (const a of agencies) {
    const place = places[a.agencyId];
    if (place?.level !== 'commune' || !place.adminUnitCode) continue;
    const code = successorOf[place.adminUnitCode];
    if (!code) {
      unmapped.push(a.agencyId);
      continue;
    }
    const c = communes.get(code) ?? { code, figures: emptyFigures(), agencyIds: [], formerCodes: [] };
    c.figures = addFigures(c.figures, a.figures);
    c.agencyIds.push(a.agencyId);
    if (!c.formerCodes.includes(place.adminUnitCode)) c.formerCodes.push(place.adminUnitCode);
    communes.set(code, c);
  }
  return { communes, unmapped };
}
