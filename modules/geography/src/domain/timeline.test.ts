import { describe, expect, it } from 'vitest';
import { buildGeographyDataset } from './dataset.ts';
import {
  countUnits,
  createTimeline,
  predecessorsOf,
  resolveRecordUnit,
  resolveVersion,
  successorsOf,
  unitAt,
  unitsAsOf,
  unitsForView,
} from './timeline.ts';

const t = createTimeline(buildGeographyDataset());
const names = (list: { unit: { fullName: string } }[]) => list.map((x) => x.unit.fullName);

describe('geography timeline (pure)', () => {
  it('answers "as of" a date: a commune and its parent in 2021, its successor and parent in 2026', () => {
    expect(unitAt(t, '29263', '2021-12-31')).toMatchObject({ fullName: 'Xã Long Đức', parentCode: '842' });
    expect(unitAt(t, '842', '2021-12-31')?.fullName).toBe('Thành phố Trà Vinh');
    expect(unitAt(t, '29263', '2026-01-01')).toMatchObject({ fullName: 'Phường Long Đức', parentCode: '86' });
    expect(unitAt(t, '842', '2026-01-01')).toBeUndefined();
  });

  it('lists children of a unit as they stood on the date', () => {
    expect(unitsAsOf(t, '2021-12-31', { parentCode: '842' })).toHaveLength(10);
    expect(unitsAsOf(t, '2025-03-01', { parentCode: '842' })).toHaveLength(8);
    expect(unitsAsOf(t, '2026-01-01', { parentCode: '86' })).toHaveLength(41);
    expect(unitsAsOf(t, '2026-01-01', { level: 'district' })).toEqual([]);
  });

  it('counts by level and type', () => {
    const c2021 = countUnits(unitsAsOf(t, '2021-12-31'));
    expect([c2021.province, c2021.district, c2021.commune]).toEqual([1, 9, 106]);
    expect(c2021.byType.commune).toEqual({ phường: 11, xã: 85, 'thị trấn': 10 });
    const c2025 = countUnits(unitsAsOf(t, '2025-03-01'));
    expect(c2025.byType.commune).toEqual({ phường: 9, xã: 85, 'thị trấn': 10 });
    const c2026 = countUnits(unitsAsOf(t, '2026-01-01'));
    expect(c2026.byType.commune).toEqual({ phường: 6, xã: 35 });
  });

  it('follows chains: Phường 2 → Phường 3 (2025-01-01) → Phường Trà Vinh (2025-07-01)', () => {
    const phuong2 = unitAt(t, '29245', '2024-06-01')!;
    expect(successorsOf(t, phuong2, '2024-06-01')).toEqual([{ unit: phuong2, path: [] }]);
    expect(names(successorsOf(t, phuong2, '2025-03-01'))).toEqual(['Phường 3']);
    const in2026 = successorsOf(t, phuong2, '2026-01-01');
    expect(names(in2026)).toEqual(['Phường Trà Vinh']);
    expect(in2026[0]!.path.map((c) => [c.toCode, c.effectiveDate, c.legalBasis])).toEqual([
      ['29242', '2025-01-01', '1277/NQ-UBTVQH15'],
      ['29242', '2025-07-01', '1687/NQ-UBTVQH15 art. 1 cl. 110'],
    ]);
  });

  it('gives the units that took over an abolished district, and the new province for the old one', () => {
    const district = unitAt(t, '842', '2021-12-31')!;
    expect(successorsOf(t, district, '2026-01-01').map((s) => s.unit.code)).toEqual([
      '29242',
      '29254',
      '29263',
      '29398',
    ]);
    expect(successorsOf(t, unitAt(t, '84', '2021-12-31')!, '2026-01-01').map((s) => s.unit.fullName)).toEqual(
      ['Tỉnh Vĩnh Long'],
    );
    expect(successorsOf(t, district, '2020-01-01')).toEqual([]);
  });

  it('tells which version a reused code means', () => {
    expect(resolveVersion(t, { code: '29242', notAfter: '2026-01-01' })?.fullName).toBe('Phường Trà Vinh');
    expect(resolveVersion(t, { code: '29242', notAfter: '2024-01-01' })?.fullName).toBe('Phường 3');
    expect(resolveVersion(t, { code: '29242', asOf: '2021-12-31', notAfter: '2026-01-01' })?.fullName).toBe(
      'Phường 3',
    );
    expect(resolveVersion(t, { code: '29245', notAfter: '2026-01-01' })?.fullName).toBe('Phường 2');
  });

  it('finds predecessors through chains, optionally as they stood on an earlier date', () => {
    const ward = unitAt(t, '29242', '2026-01-01')!;
    const communes2021 = predecessorsOf(t, ward, { asOf: '2021-12-31', level: 'commune' });
    expect(names(communes2021)).toEqual(['Phường 1', 'Phường 3', 'Phường 2', 'Phường 6', 'Phường 9']);
    const viaPhuong3 = communes2021.find((p) => p.unit.code === '29245')!;
    expect(viaPhuong3.path.map((c) => c.toCode)).toEqual(['29242', '29242']);
    const direct2025 = predecessorsOf(t, ward, { asOf: '2025-06-30', level: 'commune' });
    expect(names(direct2025)).toEqual(['Phường 1', 'Phường 3', 'Phường 9']);
    expect(predecessorsOf(t, ward, { level: 'district' }).map((p) => p.unit.code)).toEqual(['842']);
  });

  it('keeps the historical unit for records and gives the current one for current screens', () => {
    const dossier = resolveRecordUnit(t, {
      unitCode: '29251',
      recordDate: '2021-05-10',
      currentDate: '2026-01-01',
    });
    // Before the first evidenced date (2021-07-01) nothing is known.
    expect(dossier).toEqual({ historical: null, current: [], changed: false });

    const r = resolveRecordUnit(t, {
      unitCode: '29251',
      recordDate: '2021-09-15',
      currentDate: '2026-01-01',
    });
    expect(unitsForView(r, 'historical').map((u) => u.fullName)).toEqual(['Phường 6']);
    expect(unitsForView(r, 'current').map((u) => u.fullName)).toEqual(['Phường Trà Vinh']);
    expect(r.changed).toBe(true);

    const same = resolveRecordUnit(t, {
      unitCode: '29242',
      recordDate: '2025-08-01',
      currentDate: '2026-01-01',
    });
    expect(same.changed).toBe(false);
    expect(same.current).toEqual([same.historical]);

    const unchanged = resolveRecordUnit(t, {
      unitCode: '29410',
      recordDate: '2021-12-01',
      currentDate: '2026-01-01',
    });
    expect(unchanged.historical?.parentCode).toBe('847');
    expect(unchanged.current.map((u) => [u.fullName, u.parentCode])).toEqual([['Xã Hòa Minh', '86']]);
    expect(unchanged.changed).toBe(true);
  });
});
