/** PostgreSQL SQLSTATE of an error, looking through Drizzle's wrapper (`DrizzleQueryError.cause`). */
export function sqlState(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 3 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
export const isForeignKeyViolation = (error: unknown) => sqlState(error) === '23503';

/** Every error in the chain: the error, its `cause`s and, for an AggregateError, its `errors`. */
function* errorChain(error: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (!error || typeof error !== 'object' || depth > 4) return;
  const e = error as Record<string, unknown>;
  yield e;
  if (Array.isArray(e.errors)) for (const inner of e.errors) yield* errorChain(inner, depth + 1);
  yield* errorChain(e.cause, depth + 1);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
// Messages of node-postgres and pg-pool when the server went away or cannot be reached.
const UNREACHABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended unexpectedly|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * Whether the database could not be reached or went away during the query: a network failure, the server
 * shutting down or starting (SQLSTATE 57P01–57P03), a connection exception (class 08), no connection slot
 * left (53300). The request may succeed later: callers answer 503 with Retry-After.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK_CODES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
    if (typeof e.message === 'string' && UNREACHABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * Whether PostgreSQL refused a value itself: a data exception (class 22: a number out of range, a malformed
 * date, text too long for its column, an invalid byte sequence) or a program limit (class 54: a value too
 * large for an index). These come from input that the route's schema let through.
 */
export function isRefusedValue(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && (state.startsWith('22') || state.startsWith('54'));
}
