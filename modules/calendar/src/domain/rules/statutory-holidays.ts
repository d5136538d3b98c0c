import { AppError } from '@openprovince/platform';
import { hungKingsDay, tetDate } from '../../adapters/lunar/lunar-calendar.ts';
import {
  type EpochDay,
  epochDayOf,
  formatDateVn,
  isoDateOf,
  isWeekend,
  weekdayNameVi,
} from '../engine/local-time.ts';
import { tetReason } from './lunar-labels.ts';
import type { BilingualNote, Certainty, ScheduledDayOff, YearSchedule } from './types.ts';

/**
 * Pre-fills a year's days off from the Labour Code. The result is a DRAFT for an administrator to check
 * against the year's announcement: the law fixes most holidays, but the Prime Minister decides each year
 * which five days make up Tết and which day sits next to National Day (Art. 112(3)), and may swap working
 * days; none of that can be derived.
 *
 * - Labour Code 2019 (No. 45/2019/QH14), Art. 112(1), in force from 01/01/2021: New Year 1 day (1/1);
 *   Tết 5 days; Hùng Kings' Commemoration 1 day (10/3 lunar); Victory Day 1 day (30/4); International
 *   Labour Day 1 day (1/5); National Day 2 days (2/9 and one adjacent day before or after).
 * - Labour Code 2012 (No. 10/2012/QH13), Art. 115(1), 2013–2020: the same, but National Day 1 day (2/9).
 * - Compensatory days: a holiday that falls on the weekly rest day is taken on the next working day
 *   (2019 Art. 111(3); 2012 Art. 115(3)). State agencies rest on Saturday and Sunday (Decision
 *   188/1999/QĐ-TTg), so a holiday on either day gives a compensatory day.
 */

export const FIRST_PREFILL_YEAR = 2013;
export const LAST_PREFILL_YEAR = 2199;

interface Holiday {
  day: EpochDay;
  reason: string;
  certainty: Certainty;
}

/**
 * The five Tết days as the Prime Minister has fixed them for civil servants in every year 2020–2026: the
 * last two days of the old lunar year and the first three of the new one, each one falling on a weekend
 * made up by a compensatory day after the break. (2022 and 2026 were announced as "one day before and
 * four after"; the resulting weekdays off are the same.) A heuristic, hence `uncertain`.
 */
function tetDays(year: number): Holiday[] {
  const tet = epochDayOf(tetDate(year));
  return [-2, -1, 0, 1, 2].map((offset) => ({
    day: tet + offset,
    reason: tetReason(year, isoDateOf(tet + offset)),
    certainty: 'uncertain' as const,
  }));
}

/**
 * The day next to 2 September (from 2021). Precedents: 2021 (Thu) → 3/9; 2022 (Fri) → 1/9; 2023 (Sat) →
 * 1/9; 2024 (Mon) → 3/9; 2025 (Tue) → 1/9; 2026 (Wed) → 1/9. The rule that reproduces them joins the
 * break to the nearest weekend, and takes the day before when 2/9 is mid-week or on a Saturday.
 */
function nationalDayAdjacent(year: number): EpochDay {
  const day = epochDayOf(`${year}-09-02`);
  const weekday = (day + 4) % 7;
  // Sun 0, Mon 1, Thu 4: the day after; otherwise the day before.
  return weekday === 0 || weekday === 1 || weekday === 4 ? day + 1 : day - 1;
}

export function statutoryHolidays(year: number): YearSchedule {
  if (!Number.isInteger(year) || year < FIRST_PREFILL_YEAR || year > LAST_PREFILL_YEAR) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Chỉ khởi tạo được lịch nghỉ theo Bộ luật Lao động cho các năm ${FIRST_PREFILL_YEAR}–${LAST_PREFILL_YEAR}`,
      detailEn: `Statutory pre-fill covers ${FIRST_PREFILL_YEAR}–${LAST_PREFILL_YEAR} only`,
    });
  }
  const code2019 = year >= 2021;
  const notes: BilingualNote[] = [
    {
      vi: 'Bản khởi tạo tự động: 5 ngày Tết và ngày nghỉ liền kề Quốc khánh do Thủ tướng quyết định hằng năm; việc hoán đổi ngày làm việc (làm bù thứ Bảy) không suy ra được từ luật. Cần đối chiếu với thông báo chính thức trước khi xác nhận.',
      en: 'Automatic pre-fill: the Prime Minister fixes the five Tết days and the day next to National Day every year, and swapped working days cannot be derived from the law. Check against the official announcement before confirming.',
    },
  ];
  const holidays: Holiday[] = [];
  const add = (h: Holiday) => {
    const clash = holidays.find((x) => x.day === h.day);
    if (!clash) {
      holidays.push(h);
      return;
    }
    clash.reason = `${clash.reason}; ${h.reason}`;
    notes.push({
      vi: `Hai ngày lễ trùng nhau ngày ${formatDateVn(h.day)}; pháp luật không quy định nghỉ bù cho trường hợp này, quản trị viên quyết định.`,
      en: `Two holidays fall on ${formatDateVn(h.day)}; the law gives no compensatory day for that, the administrator decides.`,
    });
  };

  add({ day: epochDayOf(`${year}-01-01`), reason: 'Tết Dương lịch', certainty: 'statutory' });
  for (const h of tetDays(year)) add(h);
  add({
    day: epochDayOf(hungKingsDay(year)),
    reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    certainty: 'statutory',
  });
  add({ day: epochDayOf(`${year}-04-30`), reason: 'Ngày Chiến thắng (30/4)', certainty: 'statutory' });
  add({ day: epochDayOf(`${year}-05-01`), reason: 'Ngày Quốc tế Lao động (1/5)', certainty: 'statutory' });
  add({ day: epochDayOf(`${year}-09-02`), reason: 'Quốc khánh (2/9)', certainty: 'statutory' });
  if (code2019) {
    add({ day: nationalDayAdjacent(year), reason: 'Quốc khánh (ngày liền kề 2/9)', certainty: 'uncertain' });
  }
  holidays.sort((a, b) => a.day - b.day);

  // Art. 111(3): each holiday on a Saturday or Sunday is made up on the next day that is neither a weekend
  // nor already off, in date order (30/4 Sat and 1/5 Sun → Mon 2/5 and Tue 3/5).
  const taken = new Set(holidays.map((h) => h.day));
  const daysOff: ScheduledDayOff[] = [];
  for (const h of holidays) {
    daysOff.push({ date: isoDateOf(h.day), reason: h.reason, kind: 'holiday', certainty: h.certainty });
    if (!isWeekend(h.day)) continue;
    let comp = h.day + 1;
    while (isWeekend(comp) || taken.has(comp)) comp++;
    taken.add(comp);
    daysOff.push({
      date: isoDateOf(comp),
      reason: `Nghỉ bù ${h.reason} (trùng ${weekdayNameVi(h.day)} ${formatDateVn(h.day)})`,
      kind: 'compensatory',
      certainty: h.certainty === 'uncertain' ? 'uncertain' : 'statutory',
    });
  }
  daysOff.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    year,
    source: 'statutory-rules',
    basis: code2019
      ? 'Bộ luật Lao động 2019, Điều 112 khoản 1 và Điều 111 khoản 3 (nghỉ bù); Quyết định 188/1999/QĐ-TTg (nghỉ thứ Bảy, Chủ nhật)'
      : 'Bộ luật Lao động 2012, Điều 115 (ngày lễ, nghỉ bù); Quyết định 188/1999/QĐ-TTg (nghỉ thứ Bảy, Chủ nhật)',
    daysOff,
    extraWorkingDays: [],
    notes,
  };
}
