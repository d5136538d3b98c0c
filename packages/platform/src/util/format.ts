/** Formatting for people: Vietnamese conventions, in the province's time zone whatever the server's. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateFmt = new Intl.DateTimeFormat('vi-VN', {
  timeZone: PROVINCE_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dateTimeFmt = new Intl.DateTimeFormat('vi-VN', {
  timeZone: PROVINCE_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** dd/mm/yyyy */
export function formatDateVi(value: Date): string {
  return dateFmt.format(value);
}

/** HH:mm dd/mm/yyyy, the order used on appointment slips. */
export function formatDateTimeVi(value: Date): string {
  const parts = Object.fromEntries(dateTimeFmt.formatToParts(value).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/** 1.234,56 */
export function formatNumberVi(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
