import { AppError } from '@openprovince/platform';

/**
 * The province's wall clock. Vietnam has kept UTC+7 without daylight saving since 1975, so local time
 * is the UTC instant shifted by a fixed seven hours. Every conversion here uses that offset and the
 * UTC accessors of Date; nothing reads the process time zone (TZ), which differs between servers,
 * developer laptops and CI.
 */
export const PROVINCE_UTC_OFFSET_MINUTES = 7 * 60;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
const OFFSET_MS = PROVINCE_UTC_OFFSET_MINUTES * MS_PER_MINUTE;

/** A local calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** A local calendar date as the number of days since 1970-01-01 (cheap to compare and to step). */
export type EpochDay = number;

export function localEpochDay(instantMs: number): EpochDay {
  return Math.floor((instantMs + OFFSET_MS) / MS_PER_DAY);
}

/** Milliseconds since local midnight. */
export function localMsOfDay(instantMs: number): number {
  return instantMs + OFFSET_MS - localEpochDay(instantMs) * MS_PER_DAY;
}

/** The instant (UTC milliseconds) of local midnight at the start of `day`. */
export function startOfLocalDay(day: EpochDay): number {
  return day * MS_PER_DAY - OFFSET_MS;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: EpochDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: EpochDay): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/** Gregorian year of an epoch day, by integer arithmetic (this runs in the deadline loop). */
export function yearOfEpochDay(day: EpochDay): number {
  // Howard Hinnant's civil_from_days.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return yoe + era * 400 + (month <= 2 ? 1 : 0);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function epochDayOf(date: IsoDate): EpochDay {
  if (!isIsoDate(date)) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Ngày không hợp lệ: "${date}" (định dạng YYYY-MM-DD)`,
      detailEn: `Invalid date "${date}" (expected YYYY-MM-DD)`,
    });
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function isoDateOf(day: EpochDay): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The local calendar date of an instant. */
export function localDateOf(instant: Date): IsoDate {
  return isoDateOf(localEpochDay(instant.getTime()));
}

/** `HH:mm` → minutes since midnight. Accepts `HH:mm:ss` as PostgreSQL's `time` returns it. */
export function parseTimeOfDay(value: string): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!m || Number(m[2]) > 59 || minutes > 24 * 60 || (m[3] !== undefined && m[3] !== '00')) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Giờ không hợp lệ: "${value}" (định dạng HH:mm)`,
      detailEn: `Invalid time of day "${value}" (expected HH:mm)`,
    });
  }
  return minutes;
}

export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instant at local date `date` and local time `time` (`HH:mm`). */
export function localInstant(date: IsoDate, time = '00:00'): Date {
  return new Date(startOfLocalDay(epochDayOf(date)) + parseTimeOfDay(time) * MS_PER_MINUTE);
}

/**
 * Parses a date-time sent by a person or a client. With an offset (`Z`, `+07:00`) it is exact; without
 * one it is read as the province's wall clock, never as the server's local time (which is what
 * `new Date('2021-02-05T16:40')` would do).
 */
export function parseProvinceDateTime(value: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value.trim(),
  );
  if (!m || !isIsoDate(m[1]!)) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `Thời điểm không hợp lệ: "${value}"`,
      detailEn: `Invalid date-time "${value}"`,
    });
  }
  const extraMs = Number(m[3] ?? 0) * 1000 + Math.round(Number(m[4] ?? 0) * 1000);
  const wallClock = localInstant(m[1]!, m[2]!).getTime() + extraMs;
  const offset = m[5];
  if (!offset) return new Date(wallClock);
  if (offset === 'Z') return new Date(wallClock + OFFSET_MS);
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const offsetMs = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * MS_PER_MINUTE;
  // wallClock was computed as if the text were at +07:00; shift to the offset actually given.
  return new Date(wallClock + OFFSET_MS - offsetMs);
}

/** `dd/mm/yyyy` of a local date. */
export function formatDateVn(date: IsoDate | EpochDay): string {
  const iso = typeof date === 'number' ? isoDateOf(date) : date;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** `HH:mm dd/mm/yyyy`, the order printed on appointment slips, in the province's time. */
export function formatDateTimeVn(instant: Date): string {
  const ms = instant.getTime();
  const minutes = Math.floor(localMsOfDay(ms) / MS_PER_MINUTE);
  return `${formatTimeOfDay(minutes)} ${formatDateVn(localEpochDay(ms))}`;
}

const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function weekdayNameVi(day: EpochDay): string {
  return WEEKDAYS_VI[weekdayOf(day)]!;
}

export function weekdayNameEn(day: EpochDay): string {
  return WEEKDAYS_EN[weekdayOf(day)]!;
}
