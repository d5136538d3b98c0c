import type { Db } from '@openprovince/db';
import { authorize, type RequestContext } from '@openprovince/platform';
import type { TUnitCounts } from '../contracts/index.ts';
import { requireIsoDate, todayInProvince } from '../domain/dates.ts';
import { countUnits } from '../domain/timeline.ts';
import { canReadGeography } from '../policies.ts';
import {
  countUnitsInForce,
  earliestValidFrom,
  findUnitsInForce,
} from '../repositories/administrative-unit.repository.ts';

export interface UnitCountsInput {
  /** The day counted; today when omitted. */
  asOf?: string;
}

/**
 * How many units of each level were in force on a date, for statistics "as of" a date: 2021-12-31 gives
 * 1 province, 9 district-level and 106 commune-level units; 2025-03-01 gives 9 and 104; from 2025-07-01,
 * Vĩnh Long (86) with no district level and the 41 units covering the former Trà Vinh.
 */
export async function unitCounts(db: Db, ctx: RequestContext, input: UnitCountsInput): Promise<TUnitCounts> {
  authorize(ctx.actor, canReadGeography, undefined);
  const asOf = requireIsoDate(input.asOf, 'asOf', todayInProvince());
  const [rows, provinces, earliest] = await Promise.all([
    countUnitsInForce(db, asOf),
    findUnitsInForce(db, { date: asOf, level: 'province' }),
    earliestValidFrom(db),
  ]);
  const counted = countUnits(rows);
  const province = provinces[0];
  return {
    asOf,
    covered: earliest !== null && earliest <= asOf,
    province: province
      ? { code: province.code, fullName: province.fullName, fullNameEn: province.fullNameEn }
      : null,
    counts: { province: counted.province, district: counted.district, commune: counted.commune },
    byType: counted.byType,
    scope:
      'Tỉnh Trà Vinh (mã 84) đến hết 30/06/2025; từ 01/07/2025 chỉ gồm 41 đơn vị cấp xã của tỉnh Vĩnh Long (mã 86) trên địa bàn tỉnh Trà Vinh cũ.',
    scopeEn:
      'Trà Vinh province (84) until 30/06/2025; from 01/07/2025 only the 41 commune-level units of Vĩnh Long (86) that cover the former Trà Vinh.',
  };
}
