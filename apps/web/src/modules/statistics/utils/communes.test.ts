import { describe, expect, it } from 'vitest';
import type { CommuneStats, StatFigures } from '../api/statistics.api.ts';
import { byAdminLevel, byServiceLevel, emptyFigures } from './aggregate.ts';
import { chunk, indicatorValue, mergeCommuneStats } from './communes.ts';

function figures(received: number, early: number, late: number, overdue: number): StatFigures {
  const f = emptyFigures();
  f.received = { total: received, direct: received, online: 0, postal: 0 };
  f.totalToHandle = received;
  f.finished = { total: early + late, early, onTime: 0, late };
  f.inProgress = { total: overdue, withinDeadline: 0, overdue };
  f.onTimeRate = early + late ? Math.round((early / (early + late)) * 10_000) / 100 : null;
  return f;
}

describe("commune map: figures by the applicants' communes", () => {
  const part = (
    communes: { code: string; figures: StatFigures; given: [string, string][] }[],
    located: number,
    unlocated: number,
  ): CommuneStats => ({
    from: '2021-01-01',
    to: '2021-12-31',
    asOf: '2021-12-31',
    mapDate: '2025-07-01',
    located,
    unlocated,
    communes: communes.map((c) => ({
      code: c.code,
      name: c.code,
      nameEn: c.code,
      figures: c.figures,
      applicantCommunes: c.given.map(([code, name]) => ({ code, name, nameEn: name })),
    })),
  });

  it('sums the answers for several groups of agencies per commune and recomputes the rates from the sums', () => {
    const { communes, located, unlocated } = mergeCommuneStats([
      part(
        [
          { code: '29242', figures: figures(10, 6, 2, 1), given: [['29242', 'Phường 3']] },
          { code: '29263', figures: figures(4, 4, 0, 0), given: [['29263', 'Xã Long Đức']] },
        ],
        14,
        2,
      ),
      part([{ code: '29242', figures: figures(5, 0, 2, 3), given: [['29239', 'Phường 1']] }], 5, 0),
    ]);
    expect([...communes.keys()].sort()).toEqual(['29242', '29263']);
    expect([located, unlocated]).toEqual([19, 2]);
    const tv = communes.get('29242')!;
    expect(tv.applicantCommunes.map((c) => c.name)).toEqual(['Phường 1', 'Phường 3']);
    expect(indicatorValue(tv.figures, 'received')).toBe(15);
    expect(indicatorValue(tv.figures, 'overdue')).toBe(2 + 1 + 2 + 3);
    // (6 early) / (6 + 2 + 2 finished) — not the mean of 75 % and 0 %.
    expect(indicatorValue(tv.figures, 'onTimeRate')).toBe(60);
    expect(indicatorValue(communes.get('29263')!.figures, 'onTimeRate')).toBe(100);
  });

  it('has no on-time rate where nothing was finished', () => {
    expect(indicatorValue(figures(3, 0, 0, 0), 'onTimeRate')).toBeNull();
  });

  it('asks for at most 100 agencies at a time', () => {
    const ids = Array.from({ length: 230 }, (_, i) => `a${i}`);
    expect(chunk(ids).map((c) => c.length)).toEqual([100, 100, 30]);
    expect(chunk([])).toEqual([]);
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
