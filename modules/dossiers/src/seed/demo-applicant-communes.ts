import type { Db } from '@openprovince/db';
import { loadGeographyTimeline, unitAt, unitsAsOf, VALIDITY } from '@openprovince/geography';
import type { RequestContext } from '@openprovince/platform';

/** The agency a demo dossier is filed with, as the directory describes it. */
export interface DemoAgencyPlace {
  level: string;
  /** GSO code of the agency's own unit (a commune People's Committee's commune). */
  adminUnitCode: string | null;
}

/**
 * Where the applicants of demo dossiers live (`dossiers.applicant_commune_code`), as real dossiers record
 * it: the commune in force on the day of submission. People file commune-level procedures at their own
 * commune's People's Committee, so a commune committee's applicants live in its commune; a department's come
 * from anywhere in the province (a pseudo-random commune, from its own stream so that the rest of the demo
 * mix stays the same). Null when the geography is not loaded.
 *
 * Any seed or import of dossiers fills the column the same way: `pick({ agency, date })` with the local
 * date of submission (YYYY-MM-DD).
 */
export async function demoApplicantCommunes(
  db: Db,
  ctx: RequestContext,
  randomSeed: number,
): Promise<(input: { agency: DemoAgencyPlace; date: string }) => string | null> {
  const timeline = await loadGeographyTimeline(db, ctx);
  let state = (randomSeed ^ 0x5eed_c0de) >>> 0;
  const next = () => {
    // mulberry32: a small, fixed pseudo-random stream (the demo is the same on every machine).
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const communesOn = new Map<string, string[]>();
  return ({ agency, date }) => {
    // The reference data begins on 01/07/2021; earlier days read the communes of that list.
    const day = [date, VALIDITY.from2021].sort()[1]!;
    const draw = next();
    if (agency.level === 'commune' && agency.adminUnitCode) {
      const own = unitAt(timeline, agency.adminUnitCode, day);
      if (own?.level === 'commune') return own.code;
    }
    let communes = communesOn.get(day);
    if (!communes) {
      communes = unitsAsOf(timeline, day, { level: 'commune' }).map((u) => u.code);
      communesOn.set(day, communes);
    }
    return communes.length ? communes[Math.floor(draw * communes.length)]! : null;
  };
}
