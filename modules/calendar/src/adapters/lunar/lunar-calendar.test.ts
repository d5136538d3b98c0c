import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canChiYearName,
  hungKingsDay,
  julianDayNumber,
  leapMonthOf,
  lunarMonthLength,
  lunarToSolar,
  solarDateOfJulianDay,
  solarToLunar,
  tetDate,
} from './lunar-calendar.ts';

/** Tết Nguyên đán as observed in Vietnam (UTC+7). 2007 and 2030 differ from China's (UTC+8). */
const TET: Record<number, string> = {
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-17',
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};

/** Giỗ Tổ Hùng Vương (10/3 lunar) as it was observed. */
const HUNG_KINGS: Record<number, string> = {
  2019: '2019-04-14',
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
};

describe('Vietnamese lunar calendar', () => {
  it('gives Tết on the dates observed in Vietnam, 2000–2030', () => {
    for (const [year, date] of Object.entries(TET)) expect(tetDate(Number(year)), year).toBe(date);
  });

  it('gives Hùng Kings’ day (10/3 lunar) on the dates observed', () => {
    for (const [year, date] of Object.entries(HUNG_KINGS))
      expect(hungKingsDay(Number(year)), year).toBe(date);
  });

  it('computes in UTC+7: Tết 1985, 2007 and 2030 differ from the calendar computed at UTC+8', () => {
    expect(tetDate(1985)).toBe('1985-01-21');
    expect(lunarToSolar({ year: 1985, month: 1, day: 1, leap: false }, 8)).toEqual({
      year: 1985,
      month: 2,
      day: 20,
    });
    expect(lunarToSolar({ year: 2007, month: 1, day: 1, leap: false }, 8)).toEqual({
      year: 2007,
      month: 2,
      day: 18,
    });
    expect(lunarToSolar({ year: 2030, month: 1, day: 1, leap: false }, 8)).toEqual({
      year: 2030,
      month: 2,
      day: 3,
    });
  });

  it('finds the leap months', () => {
    expect(leapMonthOf(2001)).toBe(4);
    expect(leapMonthOf(2004)).toBe(2);
    expect(leapMonthOf(2006)).toBe(7);
    expect(leapMonthOf(2009)).toBe(5);
    expect(leapMonthOf(2012)).toBe(4);
    expect(leapMonthOf(2014)).toBe(9);
    expect(leapMonthOf(2017)).toBe(6);
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2028)).toBe(5);
    expect(leapMonthOf(2021)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
  });

  it('converts dates around Tết 2021 and the leap month 4 of 2020', () => {
    expect(solarToLunar({ year: 2021, month: 2, day: 10 })).toEqual({
      year: 2020,
      month: 12,
      day: 29,
      leap: false,
    });
    expect(solarToLunar({ year: 2021, month: 2, day: 11 })).toEqual({
      year: 2020,
      month: 12,
      day: 30,
      leap: false,
    });
    expect(solarToLunar({ year: 2021, month: 2, day: 16 })).toEqual({
      year: 2021,
      month: 1,
      day: 5,
      leap: false,
    });
    // 2020 had a leap 4th month: 23/5/2020 was 1/4 (leap), 21/6/2020 was 1/5.
    expect(solarToLunar({ year: 2020, month: 5, day: 23 })).toEqual({
      year: 2020,
      month: 4,
      day: 1,
      leap: true,
    });
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toEqual({
      year: 2020,
      month: 5,
      day: 23,
    });
    expect(lunarToSolar({ year: 2020, month: 5, day: 1, leap: false })).toEqual({
      year: 2020,
      month: 6,
      day: 21,
    });
    // The press: Saturday 14/02/2026 was the 27th of the 12th month of Ất Tỵ, whose last day was the 29th.
    expect(solarToLunar({ year: 2026, month: 2, day: 14 })).toEqual({
      year: 2025,
      month: 12,
      day: 27,
      leap: false,
    });
    expect(lunarMonthLength(2025, 12)).toBe(29);
    expect(lunarMonthLength(2020, 12)).toBe(30);
  });

  it('refuses lunar dates that do not exist', () => {
    expect(() => lunarToSolar({ year: 2021, month: 4, day: 1, leap: true })).toThrow(/does not exist/);
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(/does not exist/);
    expect(() => tetDate(1800)).toThrow(/1900–2199/);
  });

  it('names the years', () => {
    expect(canChiYearName(2021)).toBe('Tân Sửu');
    expect(canChiYearName(2024)).toBe('Giáp Thìn');
    expect(canChiYearName(2026)).toBe('Bính Ngọ');
  });

  it('round-trips every day (property) and advances one lunar day per solar day', () => {
    const from = julianDayNumber({ year: 1950, month: 1, day: 1 });
    const to = julianDayNumber({ year: 2150, month: 12, day: 31 });
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (jdn) => {
        const solar = solarDateOfJulianDay(jdn);
        const lunar = solarToLunar(solar);
        expect(lunarToSolar(lunar)).toEqual(solar);
        const next = solarToLunar(solarDateOfJulianDay(jdn + 1));
        if (next.day !== 1) expect(next).toEqual({ ...lunar, day: lunar.day + 1 });
        else expect(lunar.day === 29 || lunar.day === 30).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('puts Tết between 21 January and 20 February every year 1900–2199', () => {
    for (let year = 1900; year <= 2199; year++) {
      const date = tetDate(year);
      expect(date >= `${year}-01-21` && date <= `${year}-02-20`, `${year}: ${date}`).toBe(true);
    }
  });
});
