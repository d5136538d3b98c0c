import { describe, expect, it } from 'vitest';
import { buildGeographyDataset, VALIDITY, validateDataset } from './dataset.ts';
import { isInForce, versionKey } from './model.ts';

const dataset = buildGeographyDataset();

describe('geography dataset built from the reference files', () => {
  it('has no consistency problems (overlaps, missing parents, dangling changes, non-NFC text)', () => {
    expect(validateDataset(dataset)).toEqual([]);
  });

  it('holds the 2021 Trà Vinh units and the 2025 Vĩnh Long units covering it', () => {
    const from2021 = dataset.units.filter((u) => u.validFrom === VALIDITY.from2021);
    const from2025 = dataset.units.filter((u) => u.validFrom === VALIDITY.from2025);
    expect(from2021).toHaveLength(1 + 9 + 106);
    expect(from2025.map((u) => u.level).filter((l) => l === 'province')).toHaveLength(1);
    expect(from2025.filter((u) => u.level === 'commune')).toHaveLength(41);
    expect(from2025.filter((u) => u.level === 'district')).toHaveLength(0);
  });

  it('identifies a version by (code, validFrom): code 29242 is Phường 3 until 2025-06-30, then Phường Trà Vinh', () => {
    const versions = dataset.units
      .filter((u) => u.code === '29242')
      .map((u) => [u.fullName, u.validFrom, u.validTo]);
    expect(versions).toEqual([
      ['Phường 3', '2021-07-01', '2025-06-30'],
      ['Phường Trà Vinh', '2025-07-01', null],
    ]);
    expect(new Set(dataset.units.map(versionKey)).size).toBe(dataset.units.length);
  });

  it('ends Phường 2 and 6 on 2024-12-31 and everything else of Trà Vinh on 2025-06-30', () => {
    const ended = (code: string) =>
      dataset.units.find((u) => u.code === code && u.validFrom === VALIDITY.from2021);
    expect(ended('29245')).toMatchObject({ validTo: '2024-12-31', endedBy: '1277/NQ-UBTVQH15' });
    expect(ended('29251')).toMatchObject({ validTo: '2024-12-31', endedBy: '1277/NQ-UBTVQH15' });
    expect(ended('84')).toMatchObject({ validTo: '2025-06-30', endedBy: '202/2025/QH15' });
    expect(ended('842')?.validTo).toBe('2025-06-30');
    const others = dataset.units.filter(
      (u) => u.validFrom === VALIDITY.from2021 && !['29245', '29251'].includes(u.code),
    );
    expect(others.every((u) => u.validTo === '2025-06-30')).toBe(true);
  });

  it('records the changes: 2 ward merges, 104 commune rows, 4 of them unchanged, district and province rows', () => {
    const byKind = (kind: string) => dataset.changes.filter((c) => c.kind === kind);
    const wardMerges = dataset.changes.filter((c) => c.effectiveDate === VALIDITY.wardMergerEffective);
    expect(wardMerges.map((c) => [c.fromCode, c.toCode])).toEqual([
      ['29245', '29242'],
      ['29251', '29242'],
    ]);
    const communeRows = dataset.changes.filter(
      (c) => c.effectiveDate === VALIDITY.from2025 && c.fromCode.length === 5,
    );
    expect(communeRows).toHaveLength(104);
    expect(byKind('unchanged').map((c) => c.fromCode)).toEqual(['29410', '29413', '29533', '29536']);
    // Every 2025 unit is the target of at least one commune row, and the 41 targets are all the 2025 units.
    expect(new Set(communeRows.map((c) => c.toCode)).size).toBe(41);
    expect(byKind('abolished').every((c) => c.fromCode.length === 3 && !c.wholeArea)).toBe(true);
    expect(dataset.changes.find((c) => c.fromCode === '84')).toMatchObject({ toCode: '86', kind: 'merge' });
  });

  it('counts as the resolutions say on the key dates', () => {
    const count = (date: string, level: string) =>
      dataset.units.filter((u) => u.level === level && isInForce(u, date)).length;
    expect([
      count('2021-12-31', 'province'),
      count('2021-12-31', 'district'),
      count('2021-12-31', 'commune'),
    ]).toEqual([1, 9, 106]);
    expect([count('2025-03-01', 'district'), count('2025-03-01', 'commune')]).toEqual([9, 104]);
    expect([
      count('2026-01-01', 'province'),
      count('2026-01-01', 'district'),
      count('2026-01-01', 'commune'),
    ]).toEqual([1, 0, 41]);
    expect(count('2021-06-30', 'commune')).toBe(0);
  });

  it('fills official areas when given them', () => {
    const withAreas = buildGeographyDataset({ areasKm2: new Map([['29242', 15.73]]) });
    expect(
      withAreas.units.find((u) => u.code === '29242' && u.validFrom === VALIDITY.from2025)?.areaKm2,
    ).toBe(15.73);
  });

  it('refuses overlapping versions of one code', () => {
    const broken = buildGeographyDataset();
    const phuong3 = broken.units.find((u) => u.code === '29242' && u.validFrom === VALIDITY.from2021)!;
    phuong3.validTo = null;
    expect(validateDataset(broken).some((p) => p.includes('code 29242 has overlapping versions'))).toBe(true);
  });
});
