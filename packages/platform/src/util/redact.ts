/**
 * Scrubbing of personal data before it reaches a log line. Decree 13/2023 treats personal ID numbers and
 * phone numbers as personal data; session tokens and passwords must never be logged at all.
 */
const SECRET_KEYS = /pass(word)?|token|secret|totp|otp|cookie|authorization|session|idempotency/i;
// 12-digit citizen ID (CCCD) or 9-digit old ID card (CMND), not part of a longer number.
const PERSONAL_ID = /(?<!\d)(\d{12}|\d{9})(?!\d)/g;
// Vietnamese mobile and landline numbers: 0xxxxxxxxx or +84xxxxxxxxx.
const PHONE = /(?<![\d+])(?:\+84|0)\d{9,10}(?!\d)/g;

export function redactString(value: string): string {
  return value.replace(PHONE, '[phone]').replace(PERSONAL_ID, '[personal-id]');
}

export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[deep]';
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((v) => redactPersonalData(v, depth + 1));
  if (value && typeof value === 'object' && !(value instanceof Error)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redactPersonalData(v, depth + 1);
    }
    return out;
  }
  return value;
}
