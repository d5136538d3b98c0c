/**
 * The province clock. Instants are stored in UTC; people live in Asia/Ho_Chi_Minh, which has been UTC+7
 * without daylight saving since 1975, so a fixed offset is exact for every date the platform handles and
 * never depends on the server's own time zone. This is the one place that knows the offset: no module adds
 * `7 * 3_600_000` itself. Browser-safe (no Node imports).
 */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const PROVINCE_UTC_OFFSET_MINUTES = 7 * 60;
const OFFSET_MS = PROVINCE_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** A calendar date in the province, `YYYY-MM-DD`. */
export type LocalDate = string;

/** Where the current instant comes from: `() => new Date()` in production, a fixed or stepped clock in tests. */
export type Now = () => Date;

export const systemNow: Now = () => new Date();

/** A clock stopped at `instant` (tests, the seed's historic dates). */
export function fixedNow(instant: Date | string): Now {
  const at = new Date(instant);
  return () => new Date(at.getTime());
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `value` is a real calendar date `YYYY-MM-DD` (30/02 is not). */
export function isLocalDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The province's calendar date at `instant`. */
export function localDateOf(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The province's wall-clock time `HH:mm` at `instant`. */
export function localTimeOf(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** The province's year at `instant`. */
export function localYearOf(instant: Date): number {
  return Number(localDateOf(instant).slice(0, 4));
}

/** Minutes since local midnight at `instant`. */
export function localMinuteOfDay(instant: Date): number {
  const local = new Date(instant.getTime() + OFFSET_MS);
  return local.getUTCHours() * 60 + local.getUTCMinutes();
}

/** The instant of wall-clock `time` (`HH:mm`, default midnight) on the province's `date`. */
export function localInstant(date: LocalDate, time = '00:00'): Date {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !isLocalDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  if (!t) throw new RangeError(`Not a time (HH:mm): ${time}`);
  return new Date(
    Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2])) - OFFSET_MS,
  );
}

/** Local midnight that starts the province's day of `instant`. */
export function startOfLocalDay(instant: Date): Date {
  return localInstant(localDateOf(instant));
}

/** Local midnight that ends the province's day of `instant` (the next day's start). */
export function endOfLocalDay(instant: Date): Date {
  return new Date(startOfLocalDay(instant).getTime() + DAY_MS);
}

/** `date` plus `days` calendar days (negative to go back). */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return new Date(localInstant(date).getTime() + OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week of a local date: 0 Sunday … 6 Saturday. */
export function localWeekday(date: LocalDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function localDaysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Drops seconds and milliseconds: deadlines and stored due times are whole minutes. */
export function toWholeMinute(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 60_000) * 60_000);
}

/** dd/mm/yyyy → YYYY-MM-DD, or undefined when it is not a real date. */
export function parseDateVi(value: string): LocalDate | undefined {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  if (!m) return undefined;
  const date = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isLocalDate(date) ? date : undefined;
}

/** dd/mm/yyyy of an instant or a local date. */
export function formatDateVi(value: Date | LocalDate): string {
  const date = typeof value === 'string' ? value : localDateOf(value);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** HH:mm dd/mm/yyyy, the order used on appointment slips. */
export function formatDateTimeVi(value: Date): string {
  return `${localTimeOf(value)} ${formatDateVi(value)}`;
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1.234,56 — Vietnamese grouping and decimal comma. */
export function formatNumberVi(value: number, fractionDigits = 0): string {
  let format = numberFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(fractionDigits, format);
  }
  return format.format(value);
}
