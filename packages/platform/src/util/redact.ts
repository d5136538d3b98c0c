/**
 * Scrubbing of personal data before it reaches a log line. Decree 13/2023 treats personal ID numbers, phone
 * numbers and e-mail addresses as personal data; session tokens and passwords must never be logged at all.
 *
 * The walk is bounded: it runs on every log line, on the event loop, so it never descends into request or
 * reply objects, buffers or long strings (a 19 MB upload walked byte by byte froze the server for 45 s).
 */
const SECRET_KEYS = /pass(word)?|token|secret|totp|otp|cookie|authorization|session|idempotency/i;
// 12-digit citizen ID (CCCD) or 9-digit old ID card (CMND), not part of a longer number.
const PERSONAL_ID = /(?<!\d)(\d{12}|\d{9})(?!\d)/g;
// Vietnamese mobile and landline numbers: 0xxxxxxxxx or +84xxxxxxxxx.
const PHONE = /(?<![\d+])(?:\+84|0)\d{9,10}(?!\d)/g;
// An e-mail address (also percent-encoded in a URL: %40).
const EMAIL = /[\w.+-]{1,64}(?:@|%40)[\w-]{1,63}(?:\.[\w-]{1,63})+/gi;

/** Longest string a log line keeps; the rest is cut (a body or a document has no place in a log). */
export const LOG_STRING_LIMIT = 4096;
const MAX_DEPTH = 6;
const MAX_KEYS = 50;
const MAX_ITEMS = 50;

export function redactString(value: string, limit = LOG_STRING_LIMIT): string {
  const bounded =
    value.length > limit ? `${value.slice(0, limit)}…[${value.length - limit} more characters]` : value;
  return bounded.replace(EMAIL, '[email]').replace(PHONE, '[phone]').replace(PERSONAL_ID, '[personal-id]');
}

/** Plain data only: objects made by `{}`/`Object.create(null)` and arrays. Anything else is named, not walked. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return serializeError(value);
  if (depth >= MAX_DEPTH) return '[deep]';
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    return `[${value.constructor.name} ${value.byteLength} bytes]`;
  }
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((v) => redactPersonalData(v, depth + 1));
    if (value.length > MAX_ITEMS) items.push(`…[${value.length - MAX_ITEMS} more items]`);
    return items;
  }
  if (value instanceof Date) return value;
  if (!isPlainObject(value)) {
    // Request, reply, sockets, streams: their serializers (req, res, err) decide what is logged.
    return `[${value.constructor?.name ?? 'object'}]`;
  }
  const out: Record<string, unknown> = {};
  let kept = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (kept++ >= MAX_KEYS) {
      out['…'] = 'more keys';
      break;
    }
    const v = (value as Record<string, unknown>)[key];
    out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redactPersonalData(v, depth + 1);
  }
  return out;
}

/**
 * A failed query's message and stack carry its parameters: Drizzle writes "Failed query: …\nparams: a,b",
 * and a parameter may itself hold line breaks. Everything from "params:" to the stack frames goes.
 */
function withoutQueryParams(text: string): string {
  const start = text.indexOf('\nparams: ');
  if (start < 0) return text;
  const rest = text.slice(start);
  const frames = rest.search(/\n\s+at /);
  return text.slice(0, start) + (frames >= 0 ? rest.slice(frames) : '');
}

/**
 * An error as a log line may carry it: type, message and stack without query parameters and with personal
 * data masked, the SQLSTATE and constraint of a database error, and the cause. Never the error's other
 * properties: a database error's `detail` ("Key (phone)=(0912…)"), `params`, `where` or a request body.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> | string {
  if (!(error instanceof Error)) return typeof error === 'string' ? redactString(error) : String(error);
  const e = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; cause?: unknown };
  const clean = (text: string, limit?: number) => redactString(withoutQueryParams(text), limit);
  const out: Record<string, unknown> = { type: e.constructor?.name ?? e.name, message: clean(e.message) };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.constraint === 'string') out.constraint = e.constraint;
  if (typeof e.table === 'string') out.table = e.table;
  if (e.stack) out.stack = clean(e.stack, 4 * LOG_STRING_LIMIT);
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

/** An error's message fit for a log line: no query parameters, personal data masked. */
export function safeErrorMessage(error: unknown): string {
  if (error instanceof Error) return redactString(withoutQueryParams(error.message));
  return redactString(String(error));
}

/**
 * The fields of one log line, redacted. Fields that a serializer shapes (the request, the reply, the error)
 * are left to it; everything else goes through the bounded walk, so no request body or buffer is walked.
 */
export function redactLogFields(
  fields: Record<string, unknown>,
  serialized: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue;
    const value = fields[key];
    if (serialized.has(key)) out[key] = value;
    else out[key] = SECRET_KEYS.test(key) ? '[redacted]' : redactPersonalData(value, 1);
  }
  return out;
}
