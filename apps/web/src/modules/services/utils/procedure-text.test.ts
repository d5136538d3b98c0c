import { describe, expect, it } from 'vitest';
import { acceptsOnline, feeTotal, timeLimitKey } from './procedure-text.ts';

describe('procedure texts', () => {
  it('names the time-limit unit and keeps the amount as the count', () => {
    expect(timeLimitKey({ amount: 10, unit: 'working_days' })).toEqual({
      key: 'procedure.timeLimit.working_days',
      count: 10,
    });
    expect(timeLimitKey({ amount: 8, unit: 'working_hours' }).key).toBe('procedure.timeLimit.working_hours');
  });

  it('accepts online dossiers from level 3 (Decree 43) or at either Decree 42 level', () => {
    expect(['1', '2', '3', '4', 'full', 'partial'].map((l) => acceptsOnline(l as never))).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(acceptsOnline(null)).toBe(false);
  });

  it('adds the fee lines, and says "no fee line" apart from a zero total', () => {
    expect(feeTotal([])).toBeNull();
    expect(feeTotal([{ amountVnd: 15_000_000 }, { amountVnd: 500_000 }])).toBe(15_500_000);
    expect(feeTotal([{ amountVnd: 0 }])).toBe(0);
  });
});
