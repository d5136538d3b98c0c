import type { Official, UpdateAgencyBody, UpdateOfficialBody } from '../api/admin.api.ts';
import type { Agency } from '../api/agencies.api.ts';

export interface AgencyEditValues {
  name: string;
  abbreviation: string;
  nameEn?: string | null;
  parentId?: string | null;
  usesDocumentManagement: boolean;
  onPrivateNetwork: boolean;
}

export interface OfficialDetailValues {
  fullName: string;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
  agencyId: string;
}

/** The fields that differ from the version loaded: only those travel, so a PATCH says what was meant. */
export function agencyChanges(agency: Agency, v: AgencyEditValues): UpdateAgencyBody {
  const changes: UpdateAgencyBody = {};
  const name = v.name.normalize('NFC').trim();
  const abbreviation = v.abbreviation.normalize('NFC').trim();
  const nameEn = v.nameEn?.normalize('NFC').trim() || null;
  if (name !== agency.name) changes.name = name;
  if (abbreviation !== agency.abbreviation) changes.abbreviation = abbreviation;
  if (nameEn !== agency.nameEn) changes.nameEn = nameEn;
  if ((v.parentId ?? null) !== agency.parentId) changes.parentId = v.parentId ?? null;
  if (v.usesDocumentManagement !== agency.usesDocumentManagement)
    changes.usesDocumentManagement = v.usesDocumentManagement;
  if (v.onPrivateNetwork !== agency.onPrivateNetwork) changes.onPrivateNetwork = v.onPrivateNetwork;
  return changes;
}

const blankToNull = (v: string | null | undefined) => v?.normalize('NFC').trim() || null;

/** Only the fields that differ from the version loaded travel in the PATCH. */
export function officialChanges(official: Official, v: OfficialDetailValues): UpdateOfficialBody {
  const changes: UpdateOfficialBody = {};
  const fullName = v.fullName.normalize('NFC').trim();
  if (fullName !== official.fullName) changes.fullName = fullName;
  if (blankToNull(v.position) !== official.position) changes.position = blankToNull(v.position);
  if (blankToNull(v.email) !== official.email) changes.email = blankToNull(v.email);
  if (blankToNull(v.phone) !== official.phone) changes.phone = blankToNull(v.phone);
  if (v.agencyId && v.agencyId !== official.agencyId) changes.agencyId = v.agencyId;
  return changes;
}

export const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((r) => b.includes(r));
