import { AppError, PROVINCE_TIME_ZONE } from '@openprovince/platform';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date in the province (Asia/Ho_Chi_Minh), whatever the server's time zone. */
export function todayInProvince(now: Date = new Date()): string {
  // en-CA formats as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: PROVINCE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Use cases are called from routes, the CLI and other modules: check dates here too, not only in schemas. */
export function requireIsoDate(value: string | undefined, field: string, fallback?: string): string {
  const date = value ?? fallback;
  if (date === undefined || !isIsoDate(date)) {
    // The dates of geography's use cases arrive as query parameters (asOf, onDate).
    throw AppError.forField({
      path: `/querystring/${field}`,
      message: `Ngày không hợp lệ (định dạng yyyy-mm-dd): ${field}`,
      messageEn: `Invalid date (expected yyyy-mm-dd): ${field}`,
    });
  }
  return date;
}
