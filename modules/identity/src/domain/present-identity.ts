import type { TAgency, TOfficial } from '../contracts/index.ts';
import type { AgencyRow } from '../repositories/agency.repository.ts';
import type { OfficialRow } from '../repositories/official.repository.ts';

/** Response shapes are whitelists: password hashes, TOTP secrets and search keys never leave the module. */
export function presentAgency(row: AgencyRow, childCount: number): TAgency {
  return {
    id: row.id,
    code: row.code,
    abbreviation: row.abbreviation,
    name: row.name,
    nameEn: row.nameEn,
    kind: row.kind as TAgency['kind'],
    level: row.level as TAgency['level'],
    sector: row.sector as TAgency['sector'],
    parentId: row.parentId,
    adminUnitCode: row.adminUnitCode,
    usesDocumentManagement: row.usesDocumentManagement,
    onPrivateNetwork: row.onPrivateNetwork,
    validFrom: row.validFrom,
    validTo: row.validTo,
    childCount,
    version: row.version,
  };
}

export function presentOfficial(row: OfficialRow, roles: string[], agencyName: string): TOfficial {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    agencyId: row.agencyId,
    agencyName,
    divisionId: row.divisionId,
    position: row.position,
    email: row.email,
    phone: row.phone,
    isActive: row.isActive,
    hasSecondFactor: row.totpSecret !== null,
    roles,
    version: row.version,
  };
}
