import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import { createTimeline, type GeographyTimeline } from '../domain/timeline.ts';
import { canReadGeography } from '../policies.ts';
import { findAllUnits } from '../repositories/administrative-unit.repository.ts';
import { findAllChanges } from '../repositories/unit-change.repository.ts';

/**
 * The whole geography with its change graph, for the pure helpers (`resolveRecordUnit`, `successorsOf`…).
 * Small (a few hundred rows): load it once per request or job, not once per record.
 */
export async function loadGeographyTimeline(db: Db, ctx: RequestContext): Promise<GeographyTimeline> {
  authorize(ctx.actor, canReadGeography, undefined);
  const [units, changes] = await Promise.all([findAllUnits(db), findAllChanges(db)]);
  return createTimeline({ units, changes });
}
