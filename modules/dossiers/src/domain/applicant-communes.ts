import {
  type GeographyTimeline,
  successorsOf,
  type UnitVersion,
  unitAt,
  VALIDITY,
} from '@openprovince/geography';

/**
 * The day of the communes the dashboard's map draws: the 2025 communes of Vĩnh Long covering the former
 * Trà Vinh, whose boundaries ship with the geography module (GET /api/geography/boundaries).
 */
export const MAP_DATE = VALIDITY.from2025;

/**
 * The unit a commune code given by an applicant means: the version in force on the day of submission.
 * The reference data begins on 01/07/2021 (the GSO list, unchanged since the start of that year in the
 * province), so a code given earlier reads as its first known version.
 */
export function applicantCommuneUnit(
  timeline: GeographyTimeline,
  input: { code: string; date: string },
): UnitVersion | undefined {
  const unit =
    unitAt(timeline, input.code, input.date) ??
    timeline.byCode.get(input.code)?.find((v) => v.validFrom > input.date);
  return unit?.level === 'commune' ? unit : undefined;
}

/** Whether `code` is a commune in force on `date` (what an applicant may give when filing on that day). */
export function isCommuneInForce(
  timeline: GeographyTimeline,
  input: { code: string; date: string },
): boolean {
  return unitAt(timeline, input.code, input.date)?.level === 'commune';
}

export interface MapCommune {
  /** The commune on the map (in force on MAP_DATE). */
  commune: UnitVersion;
  /** The commune as the applicant gave it. */
  given: UnitVersion;
}

/**
 * Reads applicants' commune codes into the communes of the map, following merges (Phường 1, 2021 →
 * Phường Trà Vinh, 2025). A commune split between several (never the case in 2025, but the data allows
 * it) goes to the one that took it whole, else the first: dossier figures cannot be split by area.
 * Memoised per code and unit version, since a year has tens of thousands of dossiers and ~100 communes.
 */
export function mapCommuneResolver(
  timeline: GeographyTimeline,
  mapDate: string = MAP_DATE,
): (input: { code: string | null; date: string }) => MapCommune | null {
  const memo = new Map<string, MapCommune | null>();
  return ({ code, date }) => {
    if (!code) return null;
    const given = applicantCommuneUnit(timeline, { code, date });
    if (!given) return null;
    const key = `${given.code}@${given.validFrom}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const communes = successorsOf(timeline, given, mapDate).filter((s) => s.unit.level === 'commune');
    const chosen = communes.find((s) => s.path.every((c) => c.wholeArea)) ?? communes[0];
    const found = chosen ? { commune: chosen.unit, given } : null;
    memo.set(key, found);
    return found;
  };
}
