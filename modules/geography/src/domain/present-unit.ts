import type { TAdministrativeUnit, TLinkedUnit, TUnitChange } from '../contracts/index.ts';
import type { UnitChange, UnitVersion } from './model.ts';
import type { GeographyTimeline, LinkedUnit } from './timeline.ts';

export function presentUnit(u: UnitVersion): TAdministrativeUnit {
  return {
    code: u.code,
    level: u.level,
    type: u.type,
    typeEn: u.typeEn,
    name: u.name,
    fullName: u.fullName,
    nameEn: u.nameEn,
    fullNameEn: u.fullNameEn,
    parentCode: u.parentCode,
    validFrom: u.validFrom,
    validTo: u.validTo,
    legalBasis: u.legalBasis,
    endedBy: u.endedBy,
    areaKm2: u.areaKm2,
  };
}

export function presentChange(t: GeographyTimeline, c: UnitChange): TUnitChange {
  return {
    fromCode: c.fromCode,
    fromValidFrom: c.fromValidFrom,
    fromName: t.byKey.get(`${c.fromCode}@${c.fromValidFrom}`)?.fullName ?? c.fromCode,
    toCode: c.toCode,
    toValidFrom: c.toValidFrom,
    toName: t.byKey.get(`${c.toCode}@${c.toValidFrom}`)?.fullName ?? c.toCode,
    effectiveDate: c.effectiveDate,
    kind: c.kind,
    wholeArea: c.wholeArea,
    legalBasis: c.legalBasis,
  };
}

export function presentLinked(t: GeographyTimeline, l: LinkedUnit): TLinkedUnit {
  return { unit: presentUnit(l.unit), path: l.path.map((c) => presentChange(t, c)) };
}
