import type { Db } from '@openprovince/db';
import { AppError, authorize, formatDateVi, type RequestContext } from '@openprovince/platform';
import type { TAdministrativeUnit } from '../contracts/index.ts';
import { requireIsoDate, todayInProvince } from '../domain/dates.ts';
import { presentUnit } from '../domain/present-unit.ts';
import { canReadGeography } from '../policies.ts';
import { findUnitInForce } from '../repositories/administrative-unit.repository.ts';

export interface GetUnitInput {
  code: string;
  /** The day the unit is asked about; today (in the province) when omitted. */
  asOf?: string;
}

/** The version of a code in force on a date; 404 when no unit had that code that day. */
export async function getUnit(
  db: Db,
  ctx: RequestContext,
  input: GetUnitInput,
): Promise<TAdministrativeUnit> {
  authorize(ctx.actor, canReadGeography, undefined);
  const asOf = requireIsoDate(input.asOf, 'asOf', todayInProvince());
  const unit = await findUnitInForce(db, input.code, asOf);
  if (!unit) throw unitNotFound(input.code, asOf);
  return presentUnit(unit);
}

export function unitNotFound(code: string, date: string): AppError {
  const shown = formatDateVi(new Date(`${date}T12:00:00+07:00`));
  return new AppError('NOT_FOUND', {
    detail: `Không có đơn vị hành chính mã ${code} vào ngày ${shown}`,
    detailEn: `No administrative unit had code ${code} on ${date}`,
  });
}
