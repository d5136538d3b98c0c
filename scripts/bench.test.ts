import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitBreach } from '@openprovince/testing';
import { describe, expect, it } from 'vitest';
import { type BenchResult, discoverBenchFiles, formatNumberVi, matchesFilter, renderTable } from './bench.ts';

describe('bench runner', () => {
  it('formats numbers the Vietnamese way', () => {
    expect(formatNumberVi(1234.5678)).toBe('1.234,57');
    expect(formatNumberVi(1234567)).toBe('1.234.567');
    expect(formatNumberVi(0.012345)).toBe('0,0123');
    expect(formatNumberVi(0)).toBe('0');
  });

  it("finds the workspaces' benchmarks and the platform's own under scripts/bench", () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-discovery-'));
    try {
      for (const dir of ['modules/calendar/bench', 'apps/web/src', 'scripts/bench'])
        mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, 'modules/calendar/bench/deadline.bench.ts'), '');
      writeFileSync(join(root, 'modules/calendar/bench/helper.ts'), '');
      writeFileSync(join(root, 'scripts/bench/portal-lighthouse.bench.ts'), '');
      expect(discoverBenchFiles(root)).toEqual([
        { path: 'modules/calendar/bench/deadline.bench.ts', workspace: 'modules/calendar' },
        { path: 'scripts/bench/portal-lighthouse.bench.ts', workspace: '.' },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
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
    expect(table[0]).toMatch(/^benchmark +figure +value +unit +baseline +baseline value +ratio +limit$/);
    expect(table[2]).toContain('12.345,6');
    expect(table[2]).toContain('1.000 ops/s');
    expect(table[2]).toContain('12,35×');
    expect(table[3]).toContain('FAILED: boom');
  });

  it('shows each limit and flags the figures outside it', () => {
    const score = (value: number) => ({
      name: 'performance score',
      value,
      unit: 'points',
      baseline: { name: 'minimal page', value: 100, unit: 'points' },
      ratio: value / 100,
      limit: { min: 95 },
    });
    expect(limitBreach(score(97))).toBeUndefined();
    expect(limitBreach(score(95))).toBeUndefined();
    expect(limitBreach(score(94))).toBe('below the minimum 95');
    expect(limitBreach({ value: 160_000, limit: { max: 153_600 } })).toBe('above the maximum 153600');
    expect(limitBreach({ value: 1 })).toBeUndefined();
    const table = renderTable([
      {
        file: 'apps/web/bench/portal.bench.ts',
        workspace: 'apps/web',
        name: 'portal',
        description: '',
        durationMs: 1,
        figures: [score(97), score(80)],
        breaches: ['performance score: 80 points, below the minimum 95'],
      },
    ]).split('\n');
    expect(table[2]).toMatch(/≥ 95 ✓$/);
    expect(table[3]).toMatch(/≥ 95 ✗ OVER BUDGET$/);
  });
});
