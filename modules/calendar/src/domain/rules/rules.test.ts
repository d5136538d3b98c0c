import { describe, expect, it } from 'vitest';
import { tetDate } from '../../adapters/lunar/lunar-calendar.ts';
import { epochDayOf, isWeekend } from '../engine/local-time.ts';
import { KNOWN_SCHEDULE_YEARS, knownSchedule, knownSchedules } from './known-schedules.ts';
import { statutoryHolidays } from './statutory-holidays.ts';

const weekdaysOff = (dates: { date: string }[]) =>
  dates
    .map((d) => d.date)
    .filter((d) => !isWeekend(epochDayOf(d)))
    .sort();

describe('statutory pre-fill (Labour Code 2019 Art. 112, 2012 Art. 115)', () => {
  it('2021: New Year, Tết 10–16/02, Hùng Kings 21/4, 30/4, 1/5 (Sat) → 3/5, National Day 2–3/9', () => {
    const y = statutoryHolidays(2021);
    expect(y.source).toBe('statutory-rules');
    expect(weekdaysOff(y.daysOff)).toEqual([
      '2021-01-01',
      '2021-02-10',
      '2021-02-11',
      '2021-02-12',
      '2021-02-15',
      '2021-02-16',
      '2021-04-21',
      '2021-04-30',
      '2021-05-03',
      '2021-09-02',
      '2021-09-03',
    ]);
    expect(y.daysOff.find((d) => d.date === '2021-05-03')).toMatchObject({ kind: 'compensatory' });
    expect(y.extraWorkingDays).toEqual([]);
  });

  it('gives eleven holidays from 2021 and ten before (National Day had one day under the 2012 code)', () => {
    expect(statutoryHolidays(2020).daysOff.filter((d) => d.kind === 'holiday')).toHaveLength(10);
    expect(statutoryHolidays(2021).daysOff.filter((d) => d.kind === 'holiday')).toHaveLength(11);
    expect(
      statutoryHolidays(2020).daysOff.some((d) => d.date === '2020-09-03' || d.date === '2020-09-01'),
    ).toBe(false);
  });

  it('gives a compensatory day after each holiday on a weekend, after the days already off', () => {
    // 2022: 1/1 Sat → Mon 3/1; 30/4 Sat and 1/5 Sun → Mon 2/5 and Tue 3/5.
    const y2022 = statutoryHolidays(2022);
    expect(y2022.daysOff.filter((d) => d.kind === 'compensatory').map((d) => d.date)).toEqual(
      expect.arrayContaining(['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']),
    );
    // 2023: Hùng Kings Sat 29/4, 30/4 Sun, 1/5 Mon → 2/5 and 3/5.
    const y2023 = statutoryHolidays(2023);
    expect(weekdaysOff(y2023.daysOff).filter((d) => d >= '2023-04-01' && d <= '2023-05-31')).toEqual([
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
    ]);
    for (const year of [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]) {
      for (const d of statutoryHolidays(year).daysOff.filter((x) => x.kind === 'compensatory')) {
        expect(isWeekend(epochDayOf(d.date)), d.date).toBe(false);
      }
    }
  });

  it('matches every announced weekday off of 2020–2026 except the swapped days, which the law cannot give', () => {
    for (const known of knownSchedules()) {
      const prefill = statutoryHolidays(known.year);
      const announced = weekdaysOff(known.daysOff.filter((d) => d.kind !== 'swap'));
      expect(weekdaysOff(prefill.daysOff), String(known.year)).toEqual(announced);
    }
  });

  it('marks the days the Prime Minister decides as uncertain and says so', () => {
    const y = statutoryHolidays(2027);
    const tet = y.daysOff.filter((d) => d.reason.startsWith('Tết Âm lịch'));
    expect(tet).toHaveLength(5);
    expect(tet.every((d) => d.certainty === 'uncertain')).toBe(true);
    expect(y.daysOff.find((d) => d.reason === 'Quốc khánh (ngày liền kề 2/9)')?.certainty).toBe('uncertain');
    expect(y.notes[0]?.vi).toMatch(/Thủ tướng quyết định/);
    expect(y.notes[0]?.en).toMatch(/Prime Minister/);
  });

  it('refuses years before the 2012 code', () => {
    expect(() => statutoryHolidays(2012)).toThrow(/2013/);
  });
});

describe('known schedules 2020–2026', () => {
  it('covers 2020–2026 with a legal basis for each year', () => {
    expect(KNOWN_SCHEDULE_YEARS).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const s of knownSchedules()) {
      expect(s.basis).toMatch(/Bộ luật Lao động/);
      expect(s.source).toBe('known-schedule');
    }
    expect(knownSchedule(2019)).toBeUndefined();
  });

  it('2021 as announced: Tết Wednesday 10/02 to Tuesday 16/02, 3/5 for 1/5, National Day 2–3/9', () => {
    const y = knownSchedule(2021)!;
    expect(weekdaysOff(y.daysOff)).toEqual([
      '2021-01-01',
      '2021-02-10',
      '2021-02-11',
      '2021-02-12',
      '2021-02-15',
      '2021-02-16',
      '2021-04-21',
      '2021-04-30',
      '2021-05-03',
      '2021-09-02',
      '2021-09-03',
    ]);
  });

  it('has the swaps: 2024 (29/4 ↔ Sat 4/5), 2025 (2/5 ↔ Sat 26/4), 2026 (2/1 ↔ Sat 10/1, 31/8 ↔ Sat 22/8)', () => {
    const swaps = knownSchedules().flatMap((s) => s.extraWorkingDays.map((e) => [e.date, e.swapsFor]));
    expect(swaps).toEqual([
      ['2024-05-04', '2024-04-29'],
      ['2025-04-26', '2025-05-02'],
      ['2026-01-10', '2026-01-02'],
      ['2026-08-22', '2026-08-31'],
    ]);
    for (const s of knownSchedules()) {
      for (const e of s.extraWorkingDays) {
        expect(isWeekend(epochDayOf(e.date)), e.date).toBe(true);
        expect(s.daysOff.find((d) => d.date === e.swapsFor)?.kind, String(e.swapsFor)).toBe('swap');
      }
    }
  });

  it('is consistent: dates in their year, no duplicates, compensatory and swap days on weekdays', () => {
    for (const s of knownSchedules()) {
      const dates = [...s.daysOff, ...s.extraWorkingDays].map((d) => d.date);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.every((d) => d.startsWith(String(s.year)))).toBe(true);
      for (const d of s.daysOff.filter((x) => x.kind !== 'holiday')) {
        expect(isWeekend(epochDayOf(d.date)), d.date).toBe(false);
      }
    }
  });

  it('places every Tết day within the week around the computed Tết', () => {
    for (const s of knownSchedules()) {
      const tet = epochDayOf(tetDate(s.year));
      for (const d of s.daysOff.filter((x) => x.reason.startsWith('Tết Âm lịch'))) {
        const offset = epochDayOf(d.date) - tet;
        expect(offset >= -2 && offset <= 4, `${d.date} (${d.reason})`).toBe(true);
      }
    }
  });

  it('flags the entries written from memory', () => {
    const y2025 = knownSchedule(2025)!;
    expect(y2025.daysOff.filter((d) => d.certainty === 'recalled').map((d) => d.date)).toEqual([
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(y2025.notes.some((n) => n.vi.includes('2025-01-27'))).toBe(true);
    expect(knownSchedule(2021)!.notes).toEqual([]);
  });
});
