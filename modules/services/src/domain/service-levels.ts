import type {
  ServiceLevelScheme,
  ServiceLevelValue,
  TServiceLevelInput,
  TServiceLevelPeriod,
} from '../contracts/index.ts';

/**
 * Decree 42/2022/NĐ-CP (on providing information and online public services) took effect on 24/06/2022
 * and replaced Decree 43/2011/NĐ-CP. Before that day the online level is Decree 43's level 1–4
 * (Art. 3(4)); from that day it is Decree 42's "toàn trình" (full) or "một phần" (partial) (Art. 11(1)).
 */
export const DECREE42_EFFECTIVE = '2022-06-24';
export const LAST_DAY_OF_DECREE43 = '2022-06-23';

/** The scheme the law in force on `date` uses. */
export function schemeInForce(date: string): ServiceLevelScheme {
  return date >= DECREE42_EFFECTIVE ? 'decree42' : 'decree43';
}

export function isLevelOfScheme(scheme: ServiceLevelScheme, level: ServiceLevelValue): boolean {
  return scheme === 'decree43'
    ? ['1', '2', '3', '4'].includes(level)
    : level === 'full' || level === 'partial';
}

/**
 * The Decree 42/2022 mode a Decree 43/2011 level became on 24/06/2022. The rule chosen here:
 *
 * - level 4 → `full`. Decree 42 Art. 11(1)(a): "toàn trình" means all information is provided and filing
 *   and resolution happen wholly online, with the result delivered online or by public postal service.
 *   Decree 43 Art. 3(4)(d): level 4 already added online payment and online (or postal) delivery of the
 *   result to level 3, so a level-4 service meets (a).
 * - levels 1, 2 and 3 → `partial`. Art. 11(1)(b): "một phần" is every online service that does not meet
 *   (a). Level 3 keeps paying fees and collecting the result in person; levels 1–2 only publish the
 *   procedure and its forms. A stricter reading would treat levels 1–2 as "information only" (not an
 *   online service at all, see docs domain.md §5.3); Decree 42 has no such third value, so they are
 *   recorded as `partial` and an administrator re-classifies them with `setServiceLevel` when reviewing
 *   the catalogue (as Circular 01/2023/TT-VPCP asked provinces to do).
 */
export function decree42ModeFor(level43: '1' | '2' | '3' | '4'): 'full' | 'partial' {
  return level43 === '4' ? 'full' : 'partial';
}

/** Day before an ISO date (ISO dates compare as strings; arithmetic in UTC is exact for whole days). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function periodAt<T extends Pick<TServiceLevelPeriod, 'effectiveFrom' | 'effectiveTo'>>(
  history: readonly T[],
  date: string,
): T | undefined {
  return history.find((p) => p.effectiveFrom <= date && (p.effectiveTo === null || p.effectiveTo >= date));
}

/**
 * The periods a new Decree 43 level opens: the level until 23/06/2022 and, from 24/06/2022, the mode it
 * maps to (see `decree42ModeFor`); a Decree 42 mode opens one period without end.
 */
export function periodsFrom(change: TServiceLevelInput): TServiceLevelPeriod[] {
  if (change.scheme === 'decree42') {
    return [
      { scheme: 'decree42', level: change.level, effectiveFrom: change.effectiveFrom, effectiveTo: null },
    ];
  }
  return [
    {
      scheme: 'decree43',
      level: change.level,
      effectiveFrom: change.effectiveFrom,
      effectiveTo: LAST_DAY_OF_DECREE43,
    },
    {
      scheme: 'decree42',
      level: decree42ModeFor(change.level as '1' | '2' | '3' | '4'),
      effectiveFrom: DECREE42_EFFECTIVE,
      effectiveTo: null,
    },
  ];
}

export type ServiceLevelProblem = { path: string; message: string; messageEn: string };

/** Checks that a change names a level of the scheme in force on its date. */
export function checkServiceLevelInput(change: TServiceLevelInput, path = '/body'): ServiceLevelProblem[] {
  const problems: ServiceLevelProblem[] = [];
  const expected = schemeInForce(change.effectiveFrom);
  if (change.scheme !== expected) {
    problems.push({
      path: `${path}/scheme`,
      message:
        expected === 'decree42'
          ? 'Từ 24/06/2022 áp dụng Nghị định 42/2022/NĐ-CP (toàn trình / một phần)'
          : 'Trước 24/06/2022 áp dụng Nghị định 43/2011/NĐ-CP (mức độ 1–4)',
      messageEn:
        expected === 'decree42'
          ? 'From 2022-06-24 Decree 42/2022 applies (full / partial)'
          : 'Before 2022-06-24 Decree 43/2011 applies (levels 1–4)',
    });
  }
  if (!isLevelOfScheme(change.scheme, change.level)) {
    problems.push({
      path: `${path}/level`,
      message:
        change.scheme === 'decree43'
          ? 'Mức độ theo Nghị định 43/2011 là 1, 2, 3 hoặc 4'
          : 'Theo Nghị định 42/2022 chỉ có "full" (toàn trình) hoặc "partial" (một phần)',
      messageEn:
        change.scheme === 'decree43' ? 'Decree 43 levels are 1–4' : 'Decree 42 has "full" or "partial" only',
    });
  }
  return problems;
}

export interface ServiceLevelPlan<T> {
  /** Periods starting on or after the change: replaced by it. */
  remove: T[];
  /** The period covering the day before the change, cut to end that day. */
  close: { period: T; effectiveTo: string } | undefined;
  insert: TServiceLevelPeriod[];
}

/**
 * A change applies from its date onwards: the period in force the day before is closed that day,
 * later periods (including the Decree 42 period derived from an earlier Decree 43 level) are replaced,
 * and the new period(s) are opened. A change before the procedure's first period is refused by the caller.
 */
export function planServiceLevelChange<T extends TServiceLevelPeriod>(
  history: readonly T[],
  change: TServiceLevelInput,
): ServiceLevelPlan<T> {
  const from = change.effectiveFrom;
  const remove = history.filter((p) => p.effectiveFrom >= from);
  const covering = history.find(
    (p) => p.effectiveFrom < from && (p.effectiveTo === null || p.effectiveTo >= from),
  );
  return {
    remove,
    close: covering ? { period: covering, effectiveTo: dayBefore(from) } : undefined,
    insert: periodsFrom(change),
  };
}
