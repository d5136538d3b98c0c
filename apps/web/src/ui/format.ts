/**
 * Dates and numbers for people. Dates are always dd/mm/yyyy (and HH:mm dd/mm/yyyy) in the province's time
 * zone, whatever the browser's zone or language; `Intl` alone would give 5/1/2026 for vi-VN (no padding).
 * Numbers follow the language: 1.234,56 in Vietnamese, 1,234.56 in English.
 */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PROVINCE_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(value: Date): Record<string, string> {
  return Object.fromEntries(dateTimeParts.formatToParts(value).map((p) => [p.type, p.value]));
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** dd/mm/yyyy. A calendar date (YYYY-MM-DD) is shown as is; an instant is shown in Vietnam time. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** HH:mm dd/mm/yyyy in Vietnam time, the order used on appointment slips. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

export function formatNumber(value: number, language: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/**
 * A wall-clock time entered in Vietnam (dd/mm/yyyy hh:mm) as an ISO instant. Vietnam has kept UTC+7 without
 * daylight saving since 1975, so a fixed offset is exact and does not depend on the browser's zone.
 */
export function vietnamWallTimeToIso(wall: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:00+07:00`;
}

/** An amount in đồng: "1.234 đ" in Vietnamese, "1,234 VND" in English; 0 reads "free" where the caller wants. */
export function formatVnd(amount: number, language: string): string {
  const n = formatNumber(Math.round(amount), language);
  return language === 'en' ? `${n} VND` : `${n} đ`;
}

/** A percentage from the API (already ×100, two decimals): "87,5 %" / "87.5%". */
export function formatPercent(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  const text = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    maximumFractionDigits: 1,
  }).format(value);
  return language === 'en' ? `${text}%` : `${text} %`;
}

/** Today's calendar date in Vietnam (YYYY-MM-DD), whatever the browser's zone. */
export function vietnamToday(now: Date = new Date()): string {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}`;
}
