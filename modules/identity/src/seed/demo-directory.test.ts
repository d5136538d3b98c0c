import { TRAVINH_UNITS_2021 } from '@openprovince/geography/data';
import { describe, expect, it } from 'vitest';
import { buildDemoDirectory, DEMO_AGENCY_KEYS, type DemoAgency } from './demo-directory.ts';

const directory = buildDemoDirectory();
const byKey = new Map(directory.map((a) => [a.key, a]));
const count = (pred: (a: DemoAgency) => boolean) => directory.filter(pred).length;

// Decision 20/2020/QĐ-TTg: V1V2V3.Z1Z2.Y1Y2.X1X2X3, Trà Vinh's level-1 code H59.
const CODE = /^(\d{3})\.(\d{2})\.(\d{2})\.(H59)$/;

describe('demo agency directory (Trà Vinh, 2021)', () => {
  it('matches the report: 591 units on document management, 155 province, 330 district, 106 commune', () => {
    const onIOffice = (level: DemoAgency['level']) =>
      count((a) => a.usesDocumentManagement && a.level === level);
    expect(count((a) => a.usesDocumentManagement)).toBe(591);
    expect(onIOffice('province')).toBe(155);
    expect(onIOffice('district')).toBe(330);
    expect(onIOffice('commune')).toBe(106);
  });

  it('matches the report: 150 agencies on the private network, 16 Party and 134 State', () => {
    expect(count((a) => a.onPrivateNetwork)).toBe(150);
    expect(count((a) => a.onPrivateNetwork && a.sector === 'party')).toBe(16);
    expect(count((a) => a.onPrivateNetwork && a.sector === 'state')).toBe(134);
  });

  it("has 19 departments, 9 district and 106 commune People's Committees (19 + 9 + 106 = 134, the ISO list)", () => {
    expect(count((a) => a.kind === 'department')).toBe(19);
    expect(count((a) => a.kind === 'people_committee' && a.level === 'province')).toBe(1);
    expect(count((a) => a.kind === 'people_committee' && a.level === 'district')).toBe(9);
    expect(count((a) => a.kind === 'people_committee' && a.level === 'commune')).toBe(106);
    const stateOnNetwork = directory.filter((a) => a.onPrivateNetwork && a.sector === 'state');
    expect(stateOnNetwork.every((a) => a.kind === 'department' || a.kind === 'people_committee')).toBe(true);
  });

  it('names the committees after the real 2021 units', () => {
    const units = TRAVINH_UNITS_2021;
    const districtCodes = units.filter((u) => u.level === 'district').map((u) => u.code);
    const communeCodes = units.filter((u) => u.level === 'commune').map((u) => u.code);
    const committees = (level: DemoAgency['level']) =>
      directory.filter((a) => a.kind === 'people_committee' && a.level === level).map((a) => a.adminUnitCode);
    expect(committees('district').sort()).toEqual([...districtCodes].sort());
    expect(committees('commune').sort()).toEqual([...communeCodes].sort());
    expect(byKey.get('ubnd-huyen-844')?.name).toBe('Ủy ban nhân dân huyện Càng Long');
    expect(byKey.get('ubnd-xa-29263')?.name).toBe('Ủy ban nhân dân xã Long Đức');
    expect(byKey.get('ubnd-xa-29239')?.name).toBe('Ủy ban nhân dân Phường 1, thành phố Trà Vinh');
    expect(byKey.get('ubnd-xa-29512')?.name).toBe('Ủy ban nhân dân Phường 1, thị xã Duyên Hải');
    expect(byKey.get('ubnd-xa-29266')?.name).toBe('Ủy ban nhân dân thị trấn Càng Long');
  });

  it('has unique keys and unique, well-formed identification codes that nest under their parent', () => {
    expect(new Set(directory.map((a) => a.key)).size).toBe(directory.length);
    expect(new Set(directory.map((a) => a.code)).size).toBe(directory.length);
    for (const a of directory) expect(a.code, a.key).toMatch(CODE);
    expect(byKey.get(DEMO_AGENCY_KEYS.provinceCommittee)?.code).toBe('000.00.00.H59');
    // A child's code ends with its parent's non-zero groups (level 2 → level 3 → level 4).
    for (const a of directory) {
      if (!a.parentKey) continue;
      const [, v, z, y] = CODE.exec(a.code)!;
      const [, pv, pz, py] = CODE.exec(byKey.get(a.parentKey)!.code)!;
      const parentDepth = pv !== '000' ? 4 : pz !== '00' ? 3 : py !== '00' ? 2 : 1;
      const depth = v !== '000' ? 4 : z !== '00' ? 3 : y !== '00' ? 2 : 1;
      expect(depth, a.key).toBe(parentDepth + 1);
      if (parentDepth >= 2) expect(y, a.key).toBe(py);
      if (parentDepth >= 3) expect(z, a.key).toBe(pz);
    }
  });

  it('has every parent key in the directory, without cycles', () => {
    for (const a of directory) {
      const seen = new Set<string>();
      let current: DemoAgency | undefined = a;
      while (current?.parentKey) {
        expect(seen.has(current.key), a.key).toBe(false);
        seen.add(current.key);
        const parent = byKey.get(current.parentKey);
        expect(parent, `${current.key} → ${current.parentKey}`).toBeDefined();
        current = parent;
      }
    }
  });

  it('stores names and abbreviations in NFC', () => {
    for (const a of directory) {
      expect(a.name, a.key).toBe(a.name.normalize('NFC'));
      expect(a.abbreviation, a.key).toBe(a.abbreviation.normalize('NFC'));
      if (a.nameEn) expect(a.nameEn, a.key).toBe(a.nameEn.normalize('NFC'));
      expect(a.name.trim()).toBe(a.name);
    }
  });

  it('exposes the keys other code relies on, with the Department of Information and Communications structure', () => {
    expect(byKey.get(DEMO_AGENCY_KEYS.provinceCommittee)).toMatchObject({
      kind: 'people_committee',
      level: 'province',
    });
    expect(byKey.get(DEMO_AGENCY_KEYS.committeeOffice)).toMatchObject({
      kind: 'committee_office',
      abbreviation: 'VP',
    });
    expect(byKey.get(DEMO_AGENCY_KEYS.dic)).toMatchObject({
      kind: 'department',
      abbreviation: 'STTTT',
      name: 'Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    });
    expect(byKey.get(DEMO_AGENCY_KEYS.dicItCentre)).toMatchObject({
      kind: 'public_service_unit',
      abbreviation: 'TTCNTT',
      parentKey: DEMO_AGENCY_KEYS.dic,
    });
    expect(byKey.get(DEMO_AGENCY_KEYS.districtCommittee)).toMatchObject({
      kind: 'people_committee',
      level: 'district',
    });
    expect(byKey.get(DEMO_AGENCY_KEYS.communeCommittee)).toMatchObject({
      kind: 'people_committee',
      level: 'commune',
    });
    const dicDivisions = directory
      .filter((a) => a.parentKey === DEMO_AGENCY_KEYS.dic)
      .map((a) => a.abbreviation);
    // "1650/STTTT-TTBCXB" in the report is signed by the press–publishing division.
    expect(dicDivisions).toEqual(expect.arrayContaining(['VP', 'TTr', 'BCVT', 'CNTT', 'TTBCXB', 'TTCNTT']));
    expect(byKey.get('stttt-p-bcvt')?.kind).toBe('division');
    // "4595/UBND-CNXD": the committee office's industry and construction division.
    expect(
      directory.some((a) => a.parentKey === DEMO_AGENCY_KEYS.committeeOffice && a.abbreviation === 'CNXD'),
    ).toBe(true);
    // The seeder finds agencies by abbreviation: these must be unambiguous among departments.
    for (const abbreviation of ['STTTT', 'STP']) {
      expect(count((a) => a.kind === 'department' && a.abbreviation === abbreviation)).toBe(1);
    }
  });

  it('closes the merged wards on 2024-12-31 and the district level on 2025-06-30', () => {
    expect(byKey.get('ubnd-xa-29245')?.validTo).toBe('2024-12-31');
    expect(byKey.get('ubnd-xa-29251')?.validTo).toBe('2024-12-31');
    expect(byKey.get('ubnd-xa-29242')?.validTo).toBeNull();
    expect(directory.filter((a) => a.level === 'district').every((a) => a.validTo === '2025-06-30')).toBe(
      true,
    );
    expect(directory.filter((a) => a.level === 'province').every((a) => a.validTo === null)).toBe(true);
    for (const a of directory) {
      expect(a.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (a.validTo) expect(a.validTo >= a.validFrom, a.key).toBe(true);
    }
  });

  it("keeps children within their parent's validity, except commune committees, which outlive the district level", () => {
    for (const a of directory) {
      const parent = a.parentKey ? byKey.get(a.parentKey)! : undefined;
      if (!parent?.validTo) continue;
      if (a.kind === 'people_committee' && a.level === 'commune') continue;
      expect(a.validTo !== null && a.validTo <= parent.validTo, a.key).toBe(true);
    }
  });
});
