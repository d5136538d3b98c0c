import { canChiYearName, solarToLunar } from '../../adapters/lunar/lunar-calendar.ts';
import { epochDayOf, isoDateOf } from '../engine/local-time.ts';

/** "29 tháng Chạp", "mùng 1 Tết", … for a day around Tết. */
export function tetDayLabel(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lunar = solarToLunar({ year, month, day });
  if (lunar.month === 12) return `${lunar.day} tháng Chạp`;
  if (lunar.month === 1 && lunar.day <= 10) return `mùng ${lunar.day} Tết`;
  return `${lunar.day}/${lunar.month} âm lịch`;
}

/** "Tết Âm lịch Tân Sửu (29 tháng Chạp)" for a day of the Tết break of lunar year `lunarYear`. */
export function tetReason(lunarYear: number, date: string): string {
  return `Tết Âm lịch ${canChiYearName(lunarYear)} (${tetDayLabel(date)})`;
}

export function addDays(date: string, days: number): string {
  return isoDateOf(epochDayOf(date) + days);
}
