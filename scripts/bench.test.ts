import { describe, expect, it } from 'vitest';
import { type BenchResult, formatNumberVi, matchesFilter, renderTable } from './bench.ts';

describe('bench runner', () => {
  it('formats numbers the Vietnamese way', () => {
    expect(formatNumberVi(1234.5678)).toBe('1.234,57');
    expect(formatNumberVi(1234567)).toBe('1.234.567');
    expect(formatNumberVi(0.012345)).toBe('0,0123');
    expect(formatNumberVi(0)).toBe('0');
  });

  it('filters by path or benchmark name, case-insensitively', () => {
    const file = { path: 'modules/calendar/bench/deadlines.bench.ts', workspace: 'modules/calendar' };
    expect(matchesFilter(file, [])).toBe(true);
    expect(matchesFilter(file, ['Calendar'])).toBe(true);
    expect(matchesFilter(file, ['audit'])).toBe(false);
    expect(matchesFilter(file, ['hạn'], 'Tính hạn xử lý')).toBe(true);
  });

  it('renders figures beside their baselines, and failures', () => {
    const results: BenchResult[] = [
      {
        file: 'modules/x/bench/a.bench.ts',
        workspace: 'modules/x',
        name: 'a',
        description: '',
        durationMs: 1,
        figures: [
          {
            name: 'ops',
            value: 12345.6,
            unit: 'ops/s',
            baseline: { name: 'loop', value: 1000, unit: 'ops/s' },
            ratio: 12.3456,
          },
        ],
      },
      {
        file: 'modules/x/bench/b.bench.ts',
        workspace: 'modules/x',
        name: 'b',
        description: '',
        durationMs: 1,
        figures: [],
        error: 'boom\nstack',
      },
    ];
    const table = renderTable(results).split('\n');
    expect(table[0]).toMatch(/^benchmark +figure +value +unit +baseline +baseline value +ratio$/);
    expect(table[2]).toContain('12.345,6');
    expect(table[2]).toContain('1.000 ops/s');
    expect(table[2]).toContain('12,35×');
    expect(table[3]).toContain('FAILED: boom');
  });
});
