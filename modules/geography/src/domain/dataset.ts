import {
  TRAVINH_TO_VINHLONG_COMMUNES,
  TRAVINH_TO_VINHLONG_DISTRICTS,
  TRAVINH_TO_VINHLONG_PROVINCE,
  TRAVINH_UNITS_2021,
  VINHLONG_PROVINCE_2025,
  VINHLONG_UNITS_2025,
} from '../domain/reference-data.ts';
import { type GeographyDataset, isInForce, type UnitChange, type UnitVersion, versionKey } from './model.ts';

/**
 * The validity decisions (README "Validity"):
 * - The 2021 units are in force from 2021-07-01: the source's list is dated 2021-11-01 (after
 *   387/NQ-UBTVQH15, which changed nothing in Trà Vinh) and its Trà Vinh part is identical in the GSO
 *   snapshot of 2021-07-01 (data/SOURCES.md). Nothing earlier is evidenced by the data, so nothing earlier
 *   is claimed: a record dated before 2021-07-01 finds no unit.
 * - Phường 2 and Phường 6 of Trà Vinh city end on 2024-12-31 (1277/NQ-UBTVQH15 merged them into Phường 3
 *   from 2025-01-01). Phường 3 keeps its code and continues; it is one version from 2021 to 2025-06-30.
 * - Every other 2021 unit, the province included, ends on 2025-06-30: from 2025-07-01 districts are
 *   abolished (Law 72/2025/QH15) and Trà Vinh is part of Vĩnh Long (202/2025/QH15, 1687/NQ-UBTVQH15).
 * - Vĩnh Long (86) and its 41 units covering the former Trà Vinh are in force from 2025-07-01.
 */
export const VALIDITY = {
  from2021: '2021-07-01',
  wardMergerEffective: '2025-01-01',
  lastDayOfMergedWards: '2024-12-31',
  lastDayOfTraVinh: '2025-06-30',
  from2025: '2025-07-01',
} as const;

const GSO_LIST_2021 =
  'Danh mục ĐVHC của Tổng cục Thống kê, bản 01/07/2021 (không đổi đến 01/11/2021, sau 387/NQ-UBTVQH15)';
const PROVINCE_MERGER_2025 = '202/2025/QH15';
const COMMUNE_ARRANGEMENT_2025 = '1687/NQ-UBTVQH15';
const DISTRICTS_ABOLISHED_2025 = 'Luật 72/2025/QH15; 1687/NQ-UBTVQH15';

function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Vietnamese convention: the type is part of a proper name only when it starts it ("Huyện Càng Long"). */
function unitFrom2021(row: (typeof TRAVINH_UNITS_2021)[number]): UnitVersion {
  const merged = row.abolished;
  const isProvince = row.level === 'province';
  return {
    code: row.code,
    validFrom: VALIDITY.from2021,
    validTo: merged ? VALIDITY.lastDayOfMergedWards : VALIDITY.lastDayOfTraVinh,
    level: row.level,
    type: nfc(row.type),
    typeEn: row.type_en,
    name: nfc(row.name),
    fullName: nfc(row.full_name),
    nameEn: row.name_en,
    fullNameEn: row.full_name_en,
    parentCode: row.parent_code,
    legalBasis: GSO_LIST_2021,
    endedBy: merged
      ? merged.resolution
      : isProvince
        ? PROVINCE_MERGER_2025
        : row.level === 'district'
          ? DISTRICTS_ABOLISHED_2025
          : COMMUNE_ARRANGEMENT_2025,
    areaKm2: null,
  };
}

export interface BuildDatasetOptions {
  /** Official areas by 2025 unit code, from the GeoJSON (optional: the pure tests do not read it). */
  areasKm2?: ReadonlyMap<string, number>;
}

/**
 * Turns the reference files into unit versions and changes. Pure and deterministic; the seeder writes
 * exactly this, and the unit tests check it without a database.
 */
export function buildGeographyDataset(options: BuildDatasetOptions = {}): GeographyDataset {
  const units: UnitVersion[] = TRAVINH_UNITS_2021.map(unitFrom2021);
  const province = VINHLONG_PROVINCE_2025;
  units.push({
    code: province.code,
    validFrom: VALIDITY.from2025,
    validTo: null,
    level: 'province',
    type: nfc(province.type),
    typeEn: province.type_en,
    name: nfc(province.name),
    fullName: nfc(province.full_name),
    nameEn: province.name_en,
    fullNameEn: province.full_name_en,
    parentCode: null,
    legalBasis: PROVINCE_MERGER_2025,
    endedBy: null,
    areaKm2: null,
  });
  for (const row of VINHLONG_UNITS_2025) {
    units.push({
      code: row.code,
      validFrom: VALIDITY.from2025,
      validTo: null,
      level: 'commune',
      type: nfc(row.type),
      typeEn: row.type_en,
      name: nfc(row.name),
      fullName: nfc(row.full_name),
      nameEn: row.name_en,
      fullNameEn: row.full_name_en,
      parentCode: row.parent_code,
      legalBasis: nfc(row.formed_by),
      endedBy: null,
      areaKm2: options.areasKm2?.get(row.code) ?? null,
    });
  }

  const changes: UnitChange[] = [];
  for (const row of TRAVINH_UNITS_2021) {
    if (!row.abolished) continue;
    changes.push({
      fromCode: row.code,
      fromValidFrom: VALIDITY.from2021,
      toCode: row.abolished.merged_into_code,
      toValidFrom: VALIDITY.from2021,
      effectiveDate: row.abolished.effective,
      kind: 'merge',
      wholeArea: true,
      legalBasis: row.abolished.resolution,
    });
  }
  for (const row of TRAVINH_TO_VINHLONG_COMMUNES) {
    // The two wards merged on 2025-01-01 reach their 2025 unit through Phường 3, whose own row is here.
    if (typeof row.legal_basis !== 'string') continue;
    const unchanged = row.legal_basis.startsWith('unchanged');
    changes.push({
      fromCode: row.old_code,
      fromValidFrom: VALIDITY.from2021,
      toCode: row.new_code,
      toValidFrom: VALIDITY.from2025,
      effectiveDate: VALIDITY.from2025,
      kind: unchanged ? 'unchanged' : 'merge',
      wholeArea: row.whole_area,
      legalBasis: unchanged ? `${COMMUNE_ARRANGEMENT_2025} art. 1 cl. 121 (không sắp xếp)` : row.legal_basis,
    });
  }
  for (const row of TRAVINH_TO_VINHLONG_DISTRICTS) {
    for (const code of row.new_units_covering_its_area) {
      changes.push({
        fromCode: row.old_code,
        fromValidFrom: VALIDITY.from2021,
        toCode: code,
        toValidFrom: VALIDITY.from2025,
        effectiveDate: row.abolished,
        kind: 'abolished',
        wholeArea: false,
        legalBasis: DISTRICTS_ABOLISHED_2025,
      });
    }
  }
  const p = TRAVINH_TO_VINHLONG_PROVINCE;
  changes.push({
    fromCode: p.old_code,
    fromValidFrom: VALIDITY.from2021,
    toCode: p.new_code,
    toValidFrom: VALIDITY.from2025,
    effectiveDate: VALIDITY.from2025,
    kind: 'merge',
    wholeArea: true,
    legalBasis: p.basis,
  });
  return { units, changes };
}

/**
 * Problems that would make "as of" answers wrong. Empty for the shipped data; the seeder refuses to load
 * a dataset with problems.
 */
export function validateDataset(dataset: GeographyDataset): string[] {
  const problems: string[] = [];
  const byKey = new Map<string, UnitVersion>();
  const byCode = new Map<string, UnitVersion[]>();
  for (const u of dataset.units) {
    const key = versionKey(u);
    if (byKey.has(key)) problems.push(`duplicate version ${key}`);
    byKey.set(key, u);
    byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
    if (u.validTo !== null && u.validTo < u.validFrom) problems.push(`${key} ends before it starts`);
    for (const text of [u.name, u.fullName, u.type, u.legalBasis]) {
      if (text !== text.normalize('NFC')) problems.push(`${key} has text that is not NFC`);
    }
  }
  // A code names at most one unit on any day.
  for (const [code, versions] of byCode) {
    const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      if (prev.validTo === null || prev.validTo >= sorted[i]!.validFrom) {
        problems.push(
          `code ${code} has overlapping versions from ${prev.validFrom} and ${sorted[i]!.validFrom}`,
        );
      }
    }
  }
  // Every parent exists, at the parent's level, for the whole life of the child.
  const parentLevel = { province: null, district: 'province', commune: 'district' } as const;
  for (const u of dataset.units) {
    if (u.parentCode === null) {
      if (u.level !== 'province') problems.push(`${versionKey(u)} has no parent`);
      continue;
    }
    const parents = byCode.get(u.parentCode) ?? [];
    const last = u.validTo ?? '9999-12-31';
    const atStart = parents.find((p) => isInForce(p, u.validFrom));
    const atEnd = parents.find((p) => isInForce(p, last));
    if (!atStart || atStart !== atEnd) {
      problems.push(`${versionKey(u)}: parent ${u.parentCode} is not one version over its whole life`);
    } else if (
      atStart.level !== parentLevel[u.level] &&
      !(u.level === 'commune' && atStart.level === 'province')
    ) {
      // From 2025-07-01 communes hang directly under the province (two-tier local government).
      problems.push(`${versionKey(u)}: parent ${u.parentCode} is a ${atStart.level}`);
    }
  }
  for (const c of dataset.changes) {
    const from = byKey.get(`${c.fromCode}@${c.fromValidFrom}`);
    const to = byKey.get(`${c.toCode}@${c.toValidFrom}`);
    const label = `${c.fromCode}@${c.fromValidFrom} → ${c.toCode}@${c.toValidFrom}`;
    if (!from || !to) {
      problems.push(`change ${label} refers to a missing version`);
      continue;
    }
    if (from.validTo === null || from.validTo >= c.effectiveDate) {
      problems.push(`change ${label}: the old unit is still in force on ${c.effectiveDate}`);
    }
    if (!isInForce(to, c.effectiveDate)) {
      problems.push(`change ${label}: the new unit is not in force on ${c.effectiveDate}`);
    }
  }
  return problems;
}
