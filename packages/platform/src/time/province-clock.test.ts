import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  formatDateTimeVi,
  formatDateVi,
  formatNumberVi,
  isLocalDate,
  localDateOf,
  localDaysBetween,
  localInstant,
  localTimeOf,
  localWeekday,
  parseDateVi,
  startOfLocalDay,
  toWholeMinute,
} from './province-clock.ts';

// An independent oracle: the platform's ICU time-zone database, whatever the server's own zone (the tests
// also run under TZ=UTC and America/New_York in CI of the calendar module).
const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
function oracle(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(intl.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

const instants = fc.date({
  min: new Date('1976-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});

describe('province clock', () => {
  it('agrees with the time-zone database on the local date and time of any instant since 1976', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const expected = oracle(instant);
        expect(localDateOf(instant)).toBe(expected.date);
        expect(localTimeOf(instant)).toBe(expected.time);
      }),
    );
  });

  it('localInstant is the inverse of localDateOf/localTimeOf', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const whole = toWholeMinute(instant);
        expect(localInstant(localDateOf(whole), localTimeOf(whole)).getTime()).toBe(whole.getTime());
      }),
    );
  });

  it('knows the worked examples: 16:40 on 05/02/2021 is 09:40 UTC; the local day starts at 17:00 UTC', () => {
    expect(localInstant('2021-02-05', '16:40').toISOString()).toBe('2021-02-05T09:40:00.000Z');
    expect(startOfLocalDay(new Date('2021-02-05T20:00:00Z')).toISOString()).toBe('2021-02-05T17:00:00.000Z');
    expect(localDateOf(new Date('2021-12-31T17:00:00Z'))).toBe('2022-01-01');
    expect(formatDateTimeVi(new Date('2021-02-05T09:40:00Z'))).toBe('16:40 05/02/2021');
    expect(formatDateVi('2021-02-17')).toBe('17/02/2021');
  });

  it('counts calendar days across months, leap days and years', () => {
    expect(addLocalDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addLocalDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addLocalDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(localDaysBetween('2021-01-01', '2022-01-01')).toBe(365);
    expect(localWeekday('2021-02-12')).toBe(5); // Mùng 1 Tết Tân Sửu was a Friday
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 5000 }), (n) => {
        expect(localDaysBetween('2021-06-15', addLocalDays('2021-06-15', n))).toBe(n);
      }),
    );
  });

  it('refuses dates that do not exist and parses dd/mm/yyyy', () => {
    expect(isLocalDate('2021-02-29')).toBe(false);
    expect(isLocalDate('2020-02-29')).toBe(true);
    expect(() => localInstant('2021-02-30')).toThrow(RangeError);
    expect(() => localInstant('2021-02-03', '24:00')).toThrow(RangeError);
    expect(parseDateVi('5/2/2021')).toBe('2021-02-05');
    expect(parseDateVi('31/04/2021')).toBeUndefined();
  });

  it('formats numbers the Vietnamese way', () => {
    expect(formatNumberVi(2725193)).toBe('2.725.193');
    expect(formatNumberVi(78.5432, 2)).toBe('78,54');
  });

  it('drops sub-minute residues', () => {
    expect(toWholeMinute(new Date('2021-02-18T09:40:00.835Z')).toISOString()).toBe(
      '2021-02-18T09:40:00.000Z',
    );
  });
});
