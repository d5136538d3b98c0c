import { describe, expect, it } from 'vitest';
import { checkSteps, stepsWithin } from './check-procedure.ts';

describe('steps against the time limit', () => {
  it('the default steps (24 h) fit 3 working days or more, not 1 working day nor 1 working hour', () => {
    expect(checkSteps([], { amount: 3, unit: 'working_days' })).toEqual([]);
    expect(checkSteps(undefined, { amount: 24, unit: 'working_hours' })).toEqual([]);
    expect(checkSteps([], { amount: 1, unit: 'working_days' }).map((e) => e.path)).toEqual(['/body/steps']);
    const [hour] = checkSteps([], { amount: 1, unit: 'working_hours' });
    expect(hour?.message).toMatch(/^Quy trình mặc định .* vượt thời hạn giải quyết \(1 giờ làm việc\)/);
    expect(hour?.messageEn).toContain('exceed the 1 working hours');
    // Calendar days have no fixed number of working hours: not compared.
    expect(checkSteps([], { amount: 1, unit: 'calendar_days' })).toEqual([]);
  });

  it('steps for short limits share the limit and pass the same check', () => {
    expect(stepsWithin({ amount: 5, unit: 'working_days' })).toEqual([]);
    expect(stepsWithin({ amount: 1, unit: 'working_days' }).map((s) => [s.role, s.hours])).toEqual([
      ['specialist', 6],
      ['leader', 2],
    ]);
    expect(stepsWithin({ amount: 4, unit: 'working_hours' }).map((s) => [s.role, s.hours])).toEqual([
      ['specialist', 3],
      ['leader', 1],
    ]);
    expect(stepsWithin({ amount: 1, unit: 'working_hours' }).map((s) => [s.role, s.hours])).toEqual([
      ['leader', 1],
    ]);
    for (const limit of [
      { amount: 1, unit: 'working_hours' as const },
      { amount: 2, unit: 'working_hours' as const },
      { amount: 7, unit: 'working_hours' as const },
      { amount: 2, unit: 'working_days' as const },
    ]) {
      expect(checkSteps(stepsWithin(limit), limit)).toEqual([]);
    }
  });
});
