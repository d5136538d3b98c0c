import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THROTTLE, delayAfterFailures } from './throttle.ts';

describe('sign-in throttle', () => {
  it('lets the first failures through, then doubles the delay', () => {
    expect([1, 4].map((n) => delayAfterFailures(n))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((n) => delayAfterFailures(n))).toEqual([2, 4, 8, 16]);
  });

  it('never makes anyone wait longer than the ceiling, however many failures', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const d = delayAfterFailures(n);
        return d >= 0 && d <= DEFAULT_THROTTLE.maxDelaySeconds;
      }),
    );
  });

  it('grows monotonically with the number of failures', () => {
    fc.assert(fc.property(fc.nat(500), (n) => delayAfterFailures(n + 1) >= delayAfterFailures(n)));
  });
});
