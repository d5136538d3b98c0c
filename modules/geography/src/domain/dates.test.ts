import { describe, expect, it } from 'vitest';
import { isIsoDate, requireIsoDate, todayInProvince } from './dates.ts';

describe('geography dates', () => {
  it('takes today in Asia/Ho_Chi_Minh, not UTC', () => {
    expect(todayInProvince(new Date('2024-12-31T17:30:00Z'))).toBe('2025-01-01');
    expect(todayInProvince(new Date('2024-12-31T16:30:00Z'))).toBe('2024-12-31');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('31/12/2021')).toBe(false);
    expect(() => requireIsoDate('2021-13-01', 'asOf')).toThrow(/asOf/);
    expect(requireIsoDate(undefined, 'asOf', '2021-12-31')).toBe('2021-12-31');
  });
});
