import type { Db } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';
import type { TSuccessorsResult } from '../contracts/index.ts';
import { requireIsoDate, todayInProvince } from '../domain/dates.ts';
import { presentLinked, presentUnit } from '../domain/present-unit.ts';
import { resolveVersion, successorsOf } from '../domain/timeline.ts';
import { unitNotFound } from './get-unit.ts';
import { loadGeographyTimeline } from './load-geography-timeline.ts';

export interface FindSuccessorsInput {
  code: string;
  /** The later day asked about; today when omitted. */
  onDate?: string;
  /**
   * A day on which the code was in force, to say which unit it means (codes are reused). When omitted,
   * the latest unit with that code that had started by `onDate`.
   */
  asOf?: string;
}

/**
 * What an old unit became by a later date, following chains (Phường 2 → Phường 3 on 2025-01-01 → Phường
 * Trà Vinh on 2025-07-01). Empty when it ended without a successor.
 */
export async function findSuccessors(
  db: Db,
  ctx: RequestContext,
  input: FindSuccessorsInput,
): Promise<TSuccessorsResult> {
  const onDate = requireIsoDate(input.onDate, 'onDate', todayInProvince());
  const asOf = input.asOf === undefined ? undefined : requireIsoDate(input.asOf, 'asOf');
  const timeline = await loadGeographyTimeline(db, ctx);
  const from = resolveVersion(timeline, { code: input.code, notAfter: onDate, ...(asOf ? { asOf } : {}) });
  if (!from) throw unitNotFound(input.code, asOf ?? onDate);
  return {
    from: presentUnit(from),
    onDate,
    items: successorsOf(timeline, from, onDate).map((s) => presentLinked(timeline, s)),
  };
}
