import { describe, expect, it } from 'vitest';
import type { StatRow } from '../api/statistics.api.ts';
import { addFigures, byAgency, emptyFigures, periodRange } from './aggregate.ts';

function row(
  agencyId: string,
  received: [number, number, number],
  finished: [number, number, number],
): StatRow {
  const f = emptyFigures();
  f.received = {
    direct: received[0],
    online: received[1],
    postal: received[2],
    total: received[0] + received[1] + received[2],
  };
  f.totalToHandle = f.received.total;
  f.finished = {
    early: finished[0],
    onTime: finished[1],
    late: finished[2],
    total: finished[0] + finished[1] + finished[2],
  };
  return { agencyId, procedureId: `${agencyId}-p`, procedureName: 'p', serviceLevel: 4, figures: f };
}

describe('statistics aggregation', () => {
  it('gives the dates of a year and of each quarter (leap years included)', () => {
    expect(periodRange(2021, 'year')).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(periodRange(2024, 'q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange(2021, 'q2')).toEqual({ from: '2021-04-01', to: '2021-06-30' });
    expect(periodRange(2021, 'q4')).toEqual({ from: '2021-10-01', to: '2021-12-31' });
  });

  it('sums per agency and recomputes the rates from the sums', () => {
    const rows = [
      row('a', [1, 3, 0], [1, 1, 2]),
      row('b', [2, 0, 0], [0, 1, 0]),
      row('a', [0, 1, 0], [0, 0, 0]),
    ];
    const agencies = byAgency(rows);
    expect(agencies.map((a) => a.agencyId)).toEqual(['a', 'b']);
    const a = agencies[0]!.figures;
    expect(a.received).toEqual({ total: 5, direct: 1, online: 4, postal: 0 });
    expect(a.onlineRate).toBe(80);
    expect(a.onTimeRate).toBe(50);
    expect(agencies[1]!.figures.onlineRate).toBe(0);
  });

  it('averages satisfaction weighted by the number of ratings', () => {
    const x = emptyFigures();
    x.satisfaction = { count: 1, average: 5 };
    const y = emptyFigures();
    y.satisfaction = { count: 3, average: 3 };
    expect(addFigures(x, y).satisfaction).toEqual({ count: 4, average: 3.5 });
    expect(addFigures(emptyFigures(), emptyFigures()).onTimeRate).toBeNull();
  });
});
