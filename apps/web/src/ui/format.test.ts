import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, vietnamWallTimeToIso } from './format.ts';

describe('web formatting (Vietnamese conventions)', () => {
  it('shows calendar dates as dd/mm/yyyy without a time-zone shift', () => {
    expect(formatDate('2021-02-05')).toBe('05/02/2021');
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate(null)).toBe('');
  });

  it('shows instants in Vietnam time, whatever the zone of the machine', () => {
    // 17:00 UTC on 16/02 is 00:00 on 17/02 in Vietnam.
    expect(formatDate('2021-02-16T17:00:00Z')).toBe('17/02/2021');
    expect(formatDateTime('2021-02-05T09:40:00Z')).toBe('16:40 05/02/2021');
    expect(formatDateTime('2021-02-17T00:30:00+07:00')).toBe('00:30 17/02/2021');
    expect(formatDateTime('not a date')).toBe('');
  });

  it('groups numbers the Vietnamese way by default and the English way in English', () => {
    expect(formatNumber(1234.56, 'vi', 2)).toBe('1.234,56');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234.56, 'en', 2)).toBe('1,234.56');
  });

  it('turns a wall-clock time in Vietnam into an ISO instant with the +07:00 offset', () => {
    const iso = vietnamWallTimeToIso({ year: 2021, month: 2, day: 5, hour: 16, minute: 40 });
    expect(iso).toBe('2021-02-05T16:40:00+07:00');
    expect(new Date(iso).toISOString()).toBe('2021-02-05T09:40:00.000Z');
  });
});
