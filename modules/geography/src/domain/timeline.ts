import {
  type GeographyDataset,
  isInForce,
  type UnitChange,
  type UnitLevel,
  type UnitVersion,
  versionKey,
} from './model.ts';

/**
 * The whole geography in memory with its change graph. About 160 versions and 160 changes: the use cases
 * load it from the database and ask it, and other modules can hold one to map records to units without
 * a query per record.
 */
export interface GeographyTimeline {
  readonly units: readonly UnitVersion[];
  readonly changes: readonly UnitChange[];
  readonly byCode: ReadonlyMap<string, readonly UnitVersion[]>;
  readonly byKey: ReadonlyMap<string, UnitVersion>;
  readonly outgoing: ReadonlyMap<string, readonly UnitChange[]>;
  readonly incoming: ReadonlyMap<string, readonly UnitChange[]>;
}

const LEVEL_ORDER: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

export function compareUnits(a: UnitVersion, b: UnitVersion): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code);
}

export function createTimeline(dataset: GeographyDataset): GeographyTimeline {
  const byCode = new Map<string, UnitVersion[]>();
  const byKey = new Map<string, UnitVersion>();
  for (const u of dataset.units) {
    byKey.set(versionKey(u), u);
    byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  }
  for (const versions of byCode.values()) versions.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const outgoing = new Map<string, UnitChange[]>();
  const incoming = new Map<string, UnitChange[]>();
  for (const c of dataset.changes) {
    const from = `${c.fromCode}@${c.fromValidFrom}`;
    const to = `${c.toCode}@${c.toValidFrom}`;
    outgoing.set(from, [...(outgoing.get(from) ?? []), c]);
    incoming.set(to, [...(incoming.get(to) ?? []), c]);
  }
  return { units: dataset.units, changes: dataset.changes, byCode, byKey, outgoing, incoming };
}

/** The version of `code` in force on `date`, if any. */
export function unitAt(t: GeographyTimeline, code: string, date: string): UnitVersion | undefined {
  return t.byCode.get(code)?.find((v) => isInForce(v, date));
}

export interface UnitFilter {
  level?: UnitLevel;
  parentCode?: string;
}

export function unitsAsOf(t: GeographyTimeline, date: string, filter: UnitFilter = {}): UnitVersion[] {
  return t.units
    .filter(
      (u) =>
        isInForce(u, date) &&
        (filter.level === undefined || u.level === filter.level) &&
        (filter.parentCode === undefined || u.parentCode === filter.parentCode),
    )
    .sort(compareUnits);
}

export interface UnitCounts {
  province: number;
  district: number;
  commune: number;
  /** Per level, per Vietnamese type (e.g. commune → { phường: 9, xã: 85, "thị trấn": 10 }). */
  byType: Record<UnitLevel, Record<string, number>>;
}

/** Counts units, or grouped rows when `n` is given (a GROUP BY result). */
export function countUnits(
  units: readonly (Pick<UnitVersion, 'level' | 'type'> & { n?: number })[],
): UnitCounts {
  const counts: UnitCounts = {
    province: 0,
    district: 0,
    commune: 0,
    byType: { province: {}, district: {}, commune: {} },
  };
  for (const u of units) {
    const n = u.n ?? 1;
    counts[u.level] += n;
    counts.byType[u.level][u.type] = (counts.byType[u.level][u.type] ?? 0) + n;
  }
  return counts;
}

export interface LinkedUnit {
  unit: UnitVersion;
  /** The changes from the older unit to the newer one, oldest first. Empty for the unit itself. */
  path: UnitChange[];
}

/**
 * Which version a code means: the one in force on `asOf` when given; otherwise the latest version that
 * had started by `notAfter` (so "29242" asked about 2026 is Phường Trà Vinh, and about 2021 Phường 3).
 */
export function resolveVersion(
  t: GeographyTimeline,
  input: { code: string; asOf?: string; notAfter: string },
): UnitVersion | undefined {
  if (input.asOf !== undefined) return unitAt(t, input.code, input.asOf);
  const versions = t.byCode.get(input.code) ?? [];
  return versions.filter((v) => v.validFrom <= input.notAfter).at(-1);
}

/**
 * The units in force on `onDate` that `from` became, following chains of changes (Phường 2 → Phường 3 on
 * 2025-01-01 → Phường Trà Vinh on 2025-07-01). The unit itself when it is still in force on `onDate`;
 * nothing when it ended without a successor, or when `onDate` is before it started.
 */
export function successorsOf(t: GeographyTimeline, from: UnitVersion, onDate: string): LinkedUnit[] {
  if (isInForce(from, onDate)) return [{ unit: from, path: [] }];
  if (from.validFrom > onDate) return [];
  const found = new Map<string, LinkedUnit>();
  const seen = new Set<string>([versionKey(from)]);
  let frontier: LinkedUnit[] = [{ unit: from, path: [] }];
  while (frontier.length > 0) {
    const next: LinkedUnit[] = [];
    for (const item of frontier) {
      for (const change of t.outgoing.get(versionKey(item.unit)) ?? []) {
        if (change.effectiveDate > onDate) continue;
        const key = `${change.toCode}@${change.toValidFrom}`;
        const unit = t.byKey.get(key);
        if (!unit || seen.has(key)) continue;
        seen.add(key);
        const linked = { unit, path: [...item.path, change] };
        if (isInForce(unit, onDate)) found.set(key, linked);
        else if (unit.validTo !== null && unit.validTo < onDate) next.push(linked);
      }
    }
    frontier = next;
  }
  return [...found.values()].sort((a, b) => compareUnits(a.unit, b.unit));
}

/**
 * Every older unit that went, directly or through others, into `to`, with the changes from it to `to`.
 * With `asOf`, only those in force on that date (e.g. the 2021 communes that make up a 2025 ward); with
 * `level`, only those of that level (an abolished district is a predecessor of each unit that took part of
 * its area).
 */
export function predecessorsOf(
  t: GeographyTimeline,
  to: UnitVersion,
  options: { asOf?: string; level?: UnitLevel } = {},
): LinkedUnit[] {
  const found: LinkedUnit[] = [];
  const seen = new Set<string>([versionKey(to)]);
  let frontier: LinkedUnit[] = [{ unit: to, path: [] }];
  while (frontier.length > 0) {
    const next: LinkedUnit[] = [];
    for (const item of frontier) {
      for (const change of t.incoming.get(versionKey(item.unit)) ?? []) {
        const key = `${change.fromCode}@${change.fromValidFrom}`;
        const unit = t.byKey.get(key);
        if (!unit || seen.has(key)) continue;
        seen.add(key);
        const linked = { unit, path: [change, ...item.path] };
        found.push(linked);
        next.push(linked);
      }
    }
    frontier = next;
  }
  return found
    .filter(
      (p) =>
        (options.asOf === undefined || isInForce(p.unit, options.asOf)) &&
        (options.level === undefined || p.unit.level === options.level),
    )
    .sort((a, b) => compareUnits(a.unit, b.unit) || a.unit.validFrom.localeCompare(b.unit.validFrom));
}

export interface RecordUnitResolution {
  /**
   * The unit as it stood on the record's date. Historical records (a 2021 dossier, a document, a
   * statistic "as of" 2021) show this one, for ever, whatever happened to the unit later.
   */
  historical: UnitVersion | null;
  /**
   * The unit(s) covering it on `currentDate`, for current screens (where to send a follow-up, which
   * commune to file under today). Several only when a district-level unit was abolished.
   */
  current: UnitVersion[];
  /** True when the current unit is not the historical one (merged, re-parented, renamed). */
  changed: boolean;
}

/**
 * Maps a record's unit code and date to the unit to show. Pure: pass the timeline (from
 * `loadGeographyTimeline`, or built from the data files).
 */
export function resolveRecordUnit(
  t: GeographyTimeline,
  input: { unitCode: string; recordDate: string; currentDate: string },
): RecordUnitResolution {
  const historical = unitAt(t, input.unitCode, input.recordDate) ?? null;
  if (!historical) return { historical: null, current: [], changed: false };
  const current = successorsOf(t, historical, input.currentDate).map((s) => s.unit);
  const changed = !(current.length === 1 && current[0] === historical);
  return { historical, current, changed };
}

/** The unit(s) a screen shows for a record: `historical` for the record as made, `current` for today. */
export function unitsForView(
  resolution: RecordUnitResolution,
  view: 'historical' | 'current',
): UnitVersion[] {
  if (view === 'current') return resolution.current;
  return resolution.historical ? [resolution.historical] : [];
}
