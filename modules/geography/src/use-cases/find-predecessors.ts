import type { Db } from '@openprovince/db';
import type { RequestContext } from '@openprovince/platform';
import type { TPredecessorsResult } from '../contracts/index.ts';
import { requireIsoDate, todayInProvince } from '../domain/dates.ts';
import type { UnitLevel } from '../domain/model.ts';
import { presentLinked, presentUnit } from '../domain/present-unit.ts';
import { predecessorsOf, unitAt } from '../domain/timeline.ts';
import { unitNotFound } from './get-unit.ts';
import { loadGeographyTimeline } from './load-geography-timeline.ts';

export interface FindPredecessorsInput {
  code: string;
  /** A day on which the unit is in force (which unit the code means); today when omitted. */
  onDate?: string;
  /** Only predecessors in force on this earlier day, e.g. the 2021 communes of a 2025 ward. */
  asOf?: string;
  level?: UnitLevel;
}

/** The older units that went, directly or through others, into a unit. */
export async function findPredecessors(
  db: Db,
  ctx: RequestContext,
  input: FindPredecessorsInput,
): Promise<TPredecessorsResult> {
  const onDate = requireIsoDate(input.onDate, 'onDate', todayInProvince());
  const asOf = input.asOf === undefined ? undefined : requireIsoDate(input.asOf, 'asOf');
  const timeline = await loadGeographyTimeline(db, ctx);
  const to = unitAt(timeline, input.code, onDate);
  if (!to) throw unitNotFound(input.code, onDate);
  const items = predecessorsOf(timeline, to, {
    ...(asOf ? { asOf } : {}),
    ...(input.level ? { level: input.level } : {}),
  });
  return { to: presentUnit(to), items: items.map((p) => presentLinked(timeline, p)) };
}
