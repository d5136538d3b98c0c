import { describe, expect, it } from 'vitest';
import type { TServiceLevelPeriod } from '../contracts/index.ts';
import {
  checkServiceLevelInput,
  dayBefore,
  decree42ModeFor,
  periodAt,
  periodsFrom,
  planServiceLevelChange,
  schemeInForce,
} from './service-levels.ts';

describe('service levels: Decree 43/2011 → Decree 42/2022', () => {
  it('switches scheme on 24/06/2022, the day Decree 42/2022 took effect', () => {
    expect(schemeInForce('2022-06-23')).toBe('decree43');
    expect(schemeInForce('2022-06-24')).toBe('decree42');
  });

  it('maps level 4 to full and levels 1–3 to partial (Art. 11(1) of Decree 42/2022)', () => {
    expect((['1', '2', '3', '4'] as const).map(decree42ModeFor)).toEqual([
      'partial',
      'partial',
      'partial',
      'full',
    ]);
  });

  it('a Decree 43 level ends on 23/06/2022 and opens its Decree 42 mode from 24/06/2022', () => {
    expect(periodsFrom({ scheme: 'decree43', level: '4', effectiveFrom: '2021-01-01' })).toEqual([
      { scheme: 'decree43', level: '4', effectiveFrom: '2021-01-01', effectiveTo: '2022-06-23' },
      { scheme: 'decree42', level: 'full', effectiveFrom: '2022-06-24', effectiveTo: null },
    ]);
    expect(periodsFrom({ scheme: 'decree42', level: 'partial', effectiveFrom: '2023-03-01' })).toEqual([
      { scheme: 'decree42', level: 'partial', effectiveFrom: '2023-03-01', effectiveTo: null },
    ]);
  });

  it('refuses a level of the wrong scheme for its date', () => {
    expect(
      checkServiceLevelInput({ scheme: 'decree43', level: '3', effectiveFrom: '2023-01-01' }).map(
        (p) => p.path,
      ),
    ).toEqual(['/body/scheme']);
    expect(
      checkServiceLevelInput({ scheme: 'decree42', level: '3', effectiveFrom: '2023-01-01' }).map(
        (p) => p.path,
      ),
    ).toEqual(['/body/level']);
    expect(
      checkServiceLevelInput({ scheme: 'decree42', level: 'full', effectiveFrom: '2022-06-24' }),
    ).toEqual([]);
  });

  it('a change closes the period in force the day before and replaces later ones', () => {
    const history: TServiceLevelPeriod[] = periodsFrom({
      scheme: 'decree43',
      level: '3',
      effectiveFrom: '2021-01-01',
    });
    const upgrade = planServiceLevelChange(history, {
      scheme: 'decree43',
      level: '4',
      effectiveFrom: '2021-10-01',
    });
    expect(upgrade.close).toEqual({ period: history[0], effectiveTo: '2021-09-30' });
    expect(upgrade.remove).toEqual([history[1]]);
    expect(upgrade.insert.map((p) => [p.level, p.effectiveFrom, p.effectiveTo])).toEqual([
      ['4', '2021-10-01', '2022-06-23'],
      ['full', '2022-06-24', null],
    ]);
    const later = planServiceLevelChange(history, {
      scheme: 'decree42',
      level: 'full',
      effectiveFrom: '2023-01-01',
    });
    expect(later.close).toEqual({ period: history[1], effectiveTo: '2022-12-31' });
    expect(later.remove).toEqual([]);
  });

  it('finds the period of a day, bounds inclusive', () => {
    const history = periodsFrom({ scheme: 'decree43', level: '2', effectiveFrom: '2021-01-01' });
    expect(periodAt(history, '2020-12-31')).toBeUndefined();
    expect(periodAt(history, '2022-06-23')?.level).toBe('2');
    expect(periodAt(history, '2022-06-24')?.level).toBe('partial');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});
