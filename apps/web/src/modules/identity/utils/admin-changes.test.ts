import { describe, expect, it } from 'vitest';
import type { Official } from '../api/admin.api.ts';
import type { Agency } from '../api/agencies.api.ts';
import { agencyChanges, officialChanges, sameRoles } from './admin-changes.ts';

const agency: Agency = {
  id: '5b0c1f3e-2f4a-4c1e-9a57-0d1b6f0e1a11',
  code: '000.99.31.E2E',
  abbreviation: 'IOC',
  name: 'Trung tâm Điều hành thông minh',
  nameEn: null,
  kind: 'public_service_unit',
  level: 'province',
  sector: 'state',
  parentId: '7c2d1e4f-3a5b-4d2c-8b68-1e2c7a1f2b22',
  adminUnitCode: '84',
  usesDocumentManagement: true,
  onPrivateNetwork: false,
  validFrom: '2026-01-01',
  validTo: null,
  childCount: 0,
  version: 4,
};

const same = {
  name: agency.name,
  abbreviation: agency.abbreviation,
  nameEn: agency.nameEn,
  parentId: agency.parentId,
  usesDocumentManagement: true,
  onPrivateNetwork: false,
};

describe('agencyChanges', () => {
  it('sends nothing when nothing changed, even with stray spaces or a decomposed (NFD) name', () => {
    expect(agencyChanges(agency, { ...same, name: ` ${agency.name.normalize('NFD')} ` })).toEqual({});
  });

  it('sends only what changed: a rename, a move to the top level, a cleared English name', () => {
    expect(
      agencyChanges(
        { ...agency, nameEn: 'IOC' },
        { ...same, name: 'Trung tâm Chuyển đổi số', parentId: null, nameEn: '  ' },
      ),
    ).toEqual({ name: 'Trung tâm Chuyển đổi số', parentId: null, nameEn: null });
  });
});

const official: Official = {
  id: '9d3e2f50-4b6c-4e3d-9c79-2f3d8b2a3c33',
  username: 'sophia.ioc',
  fullName: 'Thạch Thị Sô Phia',
  agencyId: agency.id,
  agencyName: agency.name,
  divisionId: null,
  position: null,
  email: 'sophia.ioc@travinh.gov.vn',
  phone: null,
  isActive: true,
  hasSecondFactor: false,
  roles: ['specialist'],
  version: 2,
};

describe('officialChanges', () => {
  it('treats an emptied field as "remove" and an untouched one as no change', () => {
    expect(
      officialChanges(official, {
        fullName: official.fullName,
        position: 'Chuyên viên',
        email: '',
        phone: null,
        agencyId: official.agencyId,
      }),
    ).toEqual({ position: 'Chuyên viên', email: null });
  });

  it('moves the official only when another agency was chosen', () => {
    const other = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d';
    const values = { fullName: official.fullName, email: official.email, agencyId: other };
    expect(officialChanges(official, values)).toEqual({ agencyId: other });
  });
});

describe('sameRoles', () => {
  it('ignores order but not membership', () => {
    expect(sameRoles(['leader', 'clerk'], ['clerk', 'leader'])).toBe(true);
    expect(sameRoles(['leader'], ['leader', 'clerk'])).toBe(false);
    expect(sameRoles(['leader', 'auditor'], ['leader', 'clerk'])).toBe(false);
  });
});
