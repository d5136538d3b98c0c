import { describe, expect, it } from 'vitest';
import { countReport } from './vitest-summary.ts';

describe('countReport', () => {
  it('adds up passed, failed and skipped (skipped, todo, pending) tests', () => {
    const c = countReport(
      {
        testResults: [
          {
            status: 'failed',
            assertionResults: [
              { status: 'passed' },
              { status: 'skipped' },
              { status: 'todo' },
              { status: 'failed' },
            ],
          },
          { status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'pending' }] },
        ],
      },
      1,
    );
    expect(c).toMatchObject({ passed: 2, failed: 1, skipped: 3, notes: [] });
  });

  it('counts a file that failed outside its tests (import error, hook) as one failure', () => {
    const c = countReport(
      {
        testResults: [
          {
            name: 'b.test.ts',
            status: 'failed',
            message: "Cannot find module './x.ts'\nstack",
            assertionResults: [],
          },
          { name: 'c.test.ts', status: 'failed', message: 'hook', assertionResults: [{ status: 'passed' }] },
        ],
      },
      1,
    );
    expect(c.passed).toBe(1);
    expect(c.failed).toBe(2);
    expect(c.notes[0]).toBe("b.test.ts failed outside its tests: Cannot find module './x.ts'");
  });

  it('never reports success for a failed or reportless run', () => {
    expect(
      countReport({ testResults: [{ status: 'passed', assertionResults: [{ status: 'passed' }] }] }, 1),
    ).toMatchObject({ passed: 1, failed: 1 });
    expect(countReport(undefined, 124)).toMatchObject({ passed: 0, failed: 1 });
    expect(countReport(undefined, 0)).toMatchObject({ passed: 0, failed: 1 });
  });

  it('reports an empty tier as zero tests', () => {
    expect(countReport({ testResults: [] }, 0)).toEqual({ passed: 0, failed: 0, skipped: 0, notes: [] });
  });
});
