import { AppError } from '@openprovince/platform';
import { NEW_MOON_EPOCH, newMoonJulianDate, SYNODIC_MONTH, sunLongitudeDegrees } from './astronomy.ts';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed rather than tabulated:
 * - a month starts on the civil day (in Vietnam's time zone) that contains a new moon;
 * - month 11 is the month that contains the December solstice;
 * - a span from one month 11 to the next that holds 13 months has a leap month: the first month after
 *   month 11 during which the sun crosses no multiple of 30° of longitude (no "major solar term"); it takes
 *   the number of the month before it.
 *
 * The time zone matters: Vietnam computes at UTC+7 since 1968, China at UTC+8, so the two calendars differ
 * when a new moon or a solar term falls between 16:00 and 17:00 UT (Tết 2007: 17/02 in Vietnam,
 * 18/02 in China). Supported range: solar years 1900–2199.
 */

export const VIETNAM_TIME_ZONE_HOURS = 7;

export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

export interface LunarDate {
  /** The lunar year, named by the solar year in which its month 1 starts (Tân Sửu = 2021). */
  year: number;
  month: number;
  day: number;
  /** A leap month (tháng nhuận) repeats the number of the month before it. */
  leap: boolean;
}

interface LunarMonth {
  /** Julian Day Number of the month's first day. */
  start: number;
  month: number;
  leap: boolean;
  lunarYear: number;
}

const MS_PER_DAY = 86_400_000;
/** Julian Day Number of 1970-01-01. */
const JDN_UNIX_EPOCH = 2_440_588;

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Âm lịch chỉ được tính cho các năm 1900–2199 (nhận được: ${year})`,
      detailEn: `The lunar calendar is computed for years 1900–2199 only (got ${year})`,
    });
  }
}

/** Julian Day Number of a proleptic Gregorian date (Date.UTC does the calendar arithmetic, no time zone). */
export function julianDayNumber(date: SolarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY + JDN_UNIX_EPOCH;
}

export function solarDateOfJulianDay(jdn: number): SolarDate {
  const d = new Date((jdn - JDN_UNIX_EPOCH) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The civil day, in the given time zone, on which new moon `k` falls. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + tz / 24);
}

/** Which 30° sector (0–11) the sun is in at the local midnight that starts day `jdn`. */
function sunSector(jdn: number, tz: number): number {
  return Math.floor(sunLongitudeDegrees(jdn - 0.5 - tz / 24) / 30);
}

/** First day of lunar month 11 of `year`: the month that contains the December solstice (longitude 270°). */
function month11Start(year: number, tz: number): number {
  const dec31 = julianDayNumber({ year, month: 12, day: 31 });
  const k = Math.floor((dec31 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const candidate = newMoonDay(k, tz);
  // Sector 9 starts at 270°: if the sun is already past the solstice when this month begins, the
  // solstice fell in the month before.
  return sunSector(candidate, tz) >= 9 ? newMoonDay(k - 1, tz) : candidate;
}

const spanCache = new Map<string, LunarMonth[]>();

/**
 * The months from month 11 of `year` up to (not including) month 11 of `year + 1`, with one extra entry
 * at the end marking where the next span starts.
 */
function monthsOfSpan(year: number, tz: number): LunarMonth[] {
  const key = `${year}:${tz}`;
  const cached = spanCache.get(key);
  if (cached) return cached;

  const first = month11Start(year, tz);
  const next = month11Start(year + 1, tz);
  let k = Math.round((first - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k, tz) > first) k--;
  while (newMoonDay(k, tz) < first) k++;
  const count = Math.round((next - first) / SYNODIC_MONTH);
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(k + i, tz));
  if (starts[count] !== next) throw new Error(`Lunar span ${year} is inconsistent`);

  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (sunSector(starts[i]!, tz) === sunSector(starts[i + 1]!, tz)) {
        leapIndex = i;
        break;
      }
    }
  }

  const months: LunarMonth[] = [];
  let number = 10;
  let lunarYear = year;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (!leap) number = number === 12 ? 1 : number + 1;
    if (number === 1 && !leap) lunarYear = year + 1;
    months.push({ start: starts[i]!, month: number, leap, lunarYear });
  }
  months.push({ start: next, month: 11, leap: false, lunarYear: year + 1 });
  spanCache.set(key, months);
  return months;
}

export function solarToLunar(date: SolarDate, tz = VIETNAM_TIME_ZONE_HOURS): LunarDate {
  assertSupportedYear(date.year);
  const jdn = julianDayNumber(date);
  const span =
    jdn >= month11Start(date.year, tz) ? monthsOfSpan(date.year, tz) : monthsOfSpan(date.year - 1, tz);
  for (let i = span.length - 2; i >= 0; i--) {
    const m = span[i]!;
    if (m.start <= jdn) return { year: m.lunarYear, month: m.month, day: jdn - m.start + 1, leap: m.leap };
  }
  throw new Error(`No lunar month found for ${date.year}-${date.month}-${date.day}`);
}

export function lunarToSolar(date: LunarDate, tz = VIETNAM_TIME_ZONE_HOURS): SolarDate {
  assertSupportedYear(date.year);
  const span = date.month >= 11 ? monthsOfSpan(date.year, tz) : monthsOfSpan(date.year - 1, tz);
  const index = span.findIndex(
    (m, i) =>
      i < span.length - 1 && m.month === date.month && m.leap === date.leap && m.lunarYear === date.year,
  );
  const month = span[index];
  const length = index >= 0 ? span[index + 1]!.start - month!.start : 0;
  if (!month || !Number.isInteger(date.day) || date.day < 1 || date.day > length) {
    const label = `${date.day}/${date.month}${date.leap ? ' (nhuận)' : ''}/${date.year}`;
    throw new AppError('VALIDATION_FAILED', {
      detail: `Ngày âm lịch ${label} không tồn tại`,
      detailEn: `The lunar date ${date.day}/${date.month}${date.leap ? ' (leap)' : ''}/${date.year} does not exist`,
    });
  }
  return solarDateOfJulianDay(month.start + date.day - 1);
}

/** The leap month of a lunar year, or null when the year has twelve months. */
export function leapMonthOf(lunarYear: number, tz = VIETNAM_TIME_ZONE_HOURS): number | null {
  assertSupportedYear(lunarYear);
  for (const span of [monthsOfSpan(lunarYear - 1, tz), monthsOfSpan(lunarYear, tz)]) {
    const leap = span.slice(0, -1).find((m) => m.leap && m.lunarYear === lunarYear);
    if (leap) return leap.month;
  }
  return null;
}

/** Number of days (29 or 30) in a lunar month. */
export function lunarMonthLength(
  lunarYear: number,
  month: number,
  leap = false,
  tz = VIETNAM_TIME_ZONE_HOURS,
): number {
  const first = julianDayNumber(lunarToSolar({ year: lunarYear, month, day: 1, leap }, tz));
  const lastCandidate = lunarToSolar({ year: lunarYear, month, day: 29, leap }, tz);
  const next = solarToLunar(solarDateOfJulianDay(julianDayNumber(lastCandidate) + 1), tz);
  return next.day === 30 ? 30 : julianDayNumber(lastCandidate) - first + 1;
}

const STEMS = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'] as const;
const BRANCHES = [
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
] as const;

/** The sexagenary name of a lunar year, as Vietnamese say it (2021 → "Tân Sửu", 2026 → "Bính Ngọ"). */
export function canChiYearName(lunarYear: number): string {
  return `${STEMS[((lunarYear % 10) + 10) % 10]} ${BRANCHES[((lunarYear % 12) + 12) % 12]}`;
}

function iso(date: SolarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Tết Nguyên đán: the first day of month 1 of the lunar year, as YYYY-MM-DD. */
export function tetDate(lunarYear: number): string {
  return iso(lunarToSolar({ year: lunarYear, month: 1, day: 1, leap: false }));
}

/** Giỗ Tổ Hùng Vương: the 10th day of month 3 (never the leap month 3), as YYYY-MM-DD. */
export function hungKingsDay(lunarYear: number): string {
  return iso(lunarToSolar({ year: lunarYear, month: 3, day: 10, leap: false }));
}
