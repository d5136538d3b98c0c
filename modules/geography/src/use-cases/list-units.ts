import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { TUnitList } from '../contracts/index.ts';
import { requireIsoDate, todayInProvince } from '../domain/dates.ts';
import type { UnitLevel } from '../domain/model.ts';
import { presentUnit } from '../domain/present-unit.ts';
import { canReadGeography } from '../policies.ts';
import { findUnitsInForce } from '../repositories/administrative-unit.repository.ts';

export interface ListUnitsInput {
  /** The day the list describes; today (in the province) when omitted. */
  asOf?: string;
  level?: UnitLevel;
  /** Children of this unit, as they stood on `asOf`. */
  parentCode?: string;
}

/** The units in force on a date: current screens pass nothing, statistics pass their "as of" date. */
export async function listUnits(db: Db, ctx: RequestContext, input: ListUnitsInput): Promise<TUnitList> {
  authorize(ctx.actor, canReadGeography, undefined);
  const asOf = requireIsoDate(input.asOf, 'asOf', todayInProvince());
  const units = await findUnitsInForce(db, {
    date: asOf,
    ...(input.level ? { level: input.level } : {}),
    ...(input.parentCode ? { parentCode: input.parentCode } : {}),
  });
  return { asOf, items: units.map(presentUnit) };
}
