/**
 * The reference files in `modules/geography/data/` (see SOURCES.md there), typed. Pure: no database, no
 * HTTP, so other modules' seed builders may import it (`@openprovince/geography/data`). The GeoJSON is not
 * imported here (1.2 MB); `boundariesFilePath()` names it for whoever streams it.
 */
import { fileURLToPath } from 'node:url';
import mapping from '../../data/travinh-2021-to-vinhlong-2025-mapping.json' with { type: 'json' };
import units2021 from '../../data/travinh-units-2021.json' with { type: 'json' };
import units2025 from '../../data/vinhlong-units-2025.json' with { type: 'json' };

export type UnitLevel = 'province' | 'district' | 'commune';

/** One row of `travinh-units-2021.json`. */
export interface SourceUnit2021 {
  code: string;
  level: UnitLevel;
  /** Vietnamese unit type: tỉnh, thành phố, huyện, thị xã, phường, xã, thị trấn. */
  type: string;
  type_en: string;
  name: string;
  full_name: string;
  name_en: string;
  full_name_en: string;
  parent_code: string | null;
  /** Present only on the two wards merged on 2025-01-01. */
  abolished?: {
    effective: string;
    resolution: string;
    merged_into_code: string;
    merged_into_full_name: string;
  };
}

/** One row of `vinhlong-units-2025.json` (commune level, parent 86). */
export interface SourceUnit2025 {
  code: string;
  type: string;
  type_en: string;
  name: string;
  full_name: string;
  name_en: string;
  full_name_en: string;
  parent_code: string;
  formed_by: string;
  merged_from_2025_06_30: { code: string; full_name: string; former_district_code: string }[];
  former_districts: string[];
}

export interface SourceProvince2025 {
  code: string;
  type: string;
  type_en: string;
  name: string;
  full_name: string;
  name_en: string;
  full_name_en: string;
}

/** One row of the commune mapping: where an old commune went on 2025-07-01. */
export interface SourceCommuneMapping {
  old_code: string;
  old_full_name: string;
  old_district_code: string;
  new_code: string;
  new_full_name: string;
  whole_area: boolean;
  /** A citation, or for the two wards merged earlier, the two steps. */
  legal_basis: string | { step: string; then: string };
}

export interface SourceDistrictMapping {
  old_code: string;
  old_full_name: string;
  abolished: string;
  new_units_covering_its_area: string[];
  new_units_also_covering_other_former_districts: string[];
}

export interface SourceProvinceMapping {
  old_code: string;
  old_full_name: string;
  new_code: string;
  new_full_name: string;
  basis: string;
}

/** Trà Vinh (84) as in the GSO list of 2021: 1 province, 9 district-level and 106 commune-level units. */
export const TRAVINH_UNITS_2021: readonly SourceUnit2021[] = units2021.units as SourceUnit2021[];

/** What the 2021 file says about its own date and the later changes (quoted in the README). */
export const TRAVINH_UNITS_2021_AS_OF: string = units2021.as_of;

/** The province formed on 2025-07-01 (Vĩnh Long, 86). */
export const VINHLONG_PROVINCE_2025: SourceProvince2025 = units2025.province;

/** The 41 commune-level units of Vĩnh Long that cover the former Trà Vinh, from 2025-07-01. */
export const VINHLONG_UNITS_2025: readonly SourceUnit2025[] = units2025.units as SourceUnit2025[];

export const VINHLONG_2025_EFFECTIVE: string = units2025.effective;

/** Legal bases of the 2025 arrangement as listed in the data file. */
export const VINHLONG_2025_LEGAL_BASIS: readonly string[] = units2025.legal_basis;

export const TRAVINH_TO_VINHLONG_COMMUNES: readonly SourceCommuneMapping[] =
  mapping.communes as SourceCommuneMapping[];

export const TRAVINH_TO_VINHLONG_DISTRICTS: readonly SourceDistrictMapping[] = mapping.districts;

export const TRAVINH_TO_VINHLONG_PROVINCE: SourceProvinceMapping = mapping.province_mapping;

/** The 2025 commune polygons (GeoJSON FeatureCollection, WGS 84). */
export function boundariesFilePath(): string {
  return fileURLToPath(
    new URL('../../data/vinhlong-2025-former-travinh-boundaries.geojson', import.meta.url),
  );
}

/** Where each file came from, for the audit record of a load. */
export const DATA_SOURCES = {
  units2021: { file: 'travinh-units-2021.json', ...units2021.source },
  units2025: { file: 'vinhlong-units-2025.json', sources: units2025.sources },
  mapping: { file: 'travinh-2021-to-vinhlong-2025-mapping.json', sources: mapping.sources },
} as const;
