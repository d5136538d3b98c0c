import { describe, expect, it } from 'vitest';
import type { StatFigures } from '../api/statistics.api.ts';
import { byAdminLevel, byServiceLevel, emptyFigures } from './aggregate.ts';
import { aggregateToCommunes, indicatorValue, pickSuccessor } from './communes.ts';

function figures(received: number, early: number, late: number, overdue: number): StatFigures {
  const f = emptyFigures();
  f.received = { total: received, direct: received, online: 0, postal: 0 };
  f.totalToHandle = received;
  f.finished = { total: early + late, early, onTime: 0, late };
  f.inProgress = { total: overdue, withinDeadline: 0, overdue };
  f.onTimeRate = early + late ? Math.round((early / (early + late)) * 10_000) / 100 : null;
  return f;
}

describe('commune map aggregation (2021 communes → 2025 communes)', () => {
  // Phường 1 and Phường 4 (2021) went into Phường Trà Vinh / Phường Long Đức; Xã X (2021) into Phường Trà Vinh.
  const places = {
    p1: { level: 'commune', adminUnitCode: '29239' },
    p4: { level: 'commune', adminUnitCode: '29236' },
    x: { level: 'commune', adminUnitCode: '29240' },
    dept: { level: 'province', adminUnitCode: '84' },
    lost: { level: 'commune', adminUnitCode: '99999' },
  };
  const successorOf = { '29239': '29242', '29236': '29263', '29240': '29242' };

  it('sums the former communes into their successor and recomputes the rates from the sums', () => {
    const { communes, unmapped } = aggregateToCommunes(
      [
        { agencyId: 'p1', figures: figures(10, 6, 2, 1) },
        { agencyId: 'x', figures: figures(5, 0, 2, 3) },
        { agencyId: 'p4', figures: figures(4, 4, 0, 0) },
        { agencyId: 'dept', figures: figures(100, 50, 0, 0) },
        { agencyId: 'lost', figures: figures(1, 1, 0, 0) },
        { agencyId: 'unknown', figures: figures(1, 1, 0, 0) },
      ],
      places,
      successorOf,
    );
    expect([...communes.keys()].sort()).toEqual(['29242', '29263']);
    const tv = communes.get('29242')!;
    expect(tv.agencyIds).toEqual(['p1', 'x']);
    expect(tv.formerCodes).toEqual(['29239', '29240']);
    expect(indicatorValue(tv.figures, 'received')).toBe(15);
    expect(indicatorValue(tv.figures, 'overdue')).toBe(2 + 1 + 2 + 3);
    // (6 early) / (6 + 2 + 2 finished) — not the mean of 75 % and 0 %.
    expect(indicatorValue(tv.figures, 'onTimeRate')).toBe(60);
    expect(indicatorValue(communes.get('29263')!.figures, 'onTimeRate')).toBe(100);
    expect(unmapped).toEqual(['lost']);
  });

  it('has no on-time rate where nothing was finished', () => {
    expect(indicatorValue(figures(3, 0, 0, 0), 'onTimeRate')).toBeNull();
  });

  it('picks the commune a former commune went into whole, else the first commune-level unit', () => {
    const item = (code: string, level: string, whole: boolean[]) => ({
      unit: { code, level },
      path: whole.map((w) => ({ wholeArea: w })),
    });
    expect(pickSuccessor([item('842', 'district', [true]), item('29242', 'commune', [true, true])])).toBe(
      '29242',
    );
    expect(pickSuccessor([item('29263', 'commune', [false]), item('29242', 'commune', [true])])).toBe(
      '29242',
    );
    expect(pickSuccessor([item('29263', 'commune', [false])])).toBe('29263');
    expect(pickSuccessor([])).toBeNull();
  });
});

describe('breakdowns by level', () => {
  it('sums rows per service level (4 first, unknown last) and agencies per administrative level', () => {
    const row = (level: number | null, f: StatFigures) => ({
      agencyId: 'a',
      procedureId: 'p',
      procedureName: 'p',
      serviceLevel: level,
      figures: f,
    });
    const levels = byServiceLevel([
      row(3, figures(2, 1, 1, 0)),
      row(null, figures(1, 0, 0, 0)),
      row(4, figures(5, 5, 0, 0)),
      row(3, figures(3, 1, 0, 0)),
    ]);
    expect(levels.map((l) => [l.level, l.figures.received.total])).toEqual([
      [4, 5],
      [3, 5],
      [null, 1],
    ]);
    expect(levels[1]!.figures.onTimeRate).toBeCloseTo(66.67, 2);
    const admin = byAdminLevel(
      [
        { agencyId: 'd', figures: figures(7, 0, 0, 0) },
        { agencyId: 'c1', figures: figures(2, 0, 0, 0) },
        { agencyId: 'c2', figures: figures(3, 0, 0, 0) },
        { agencyId: 'unknown', figures: figures(9, 0, 0, 0) },
      ],
      { d: 'province', c1: 'commune', c2: 'commune' },
    );
    expect(admin.map((g) => [g.level, g.agencies, g.figures.received.total])).toEqual([
      ['province', 1, 7],
      ['commune', 2, 5],
    ]);
  });
});
