import type { Db } from '@openprovince/db';
import { AppError } from '@openprovince/platform';
import { clearFailures, findThrottles, recordFailure } from '../../repositories/session.repository.ts';
import { delayAfterFailures, type ThrottleScope } from './throttle.ts';

/**
 * Refuses the attempt while any of its counters is in a wait (429 + Retry-After). Checked before the
 * password, so that a blocked guesser learns nothing, whether the password was right or not. Returns the
 * keys that have a count, which a successful sign-in then clears (usually none: no query at all).
 */
export async function assertNotThrottled(db: Db, scopes: ThrottleScope[], now: Date): Promise<string[]> {
  const rows = await findThrottles(
    db,
    scopes.map((s) => s.key),
  );
  let until: Date | undefined;
  let scope: ThrottleScope | undefined;
  for (const row of rows) {
    if (!row.blockedUntil || row.blockedUntil <= now) continue;
    if (!until || row.blockedUntil > until) {
      until = row.blockedUntil;
      scope = scopes.find((s) => s.key === row.key);
    }
  }
  if (!until || !scope) return rows.map((row) => row.key);
  const fromAddress = scope.name === 'address';
  throw new AppError('LOGIN_THROTTLED', {
    retryAfterSeconds: (until.getTime() - now.getTime()) / 1000,
    detail: fromAddress
      ? 'Có quá nhiều lần đăng nhập sai từ địa chỉ mạng này. Vui lòng chờ rồi thử lại.'
      : 'Tài khoản này bị đăng nhập sai nhiều lần. Vui lòng chờ rồi thử lại, hoặc liên hệ quản trị để đặt lại mật khẩu.',
    detailEn: fromAddress
      ? 'Too many failed sign-ins from this network address. Wait, then try again.'
      : 'Too many failed sign-ins to this account. Wait, then try again, or ask an administrator to reset the password.',
  });
}

/** Counts a failure in every scope; returns the failures of the account at this address (for the audit). */
export async function recordSignInFailure(db: Db, scopes: ThrottleScope[], at: Date): Promise<number> {
  let accountFailures = 0;
  for (const scope of scopes) {
    const row = await recordFailure(db, {
      key: scope.key,
      at,
      forgetBefore: new Date(at.getTime() - scope.policy.forgetAfterSeconds * 1000),
      delaySecondsFor: (n) => delayAfterFailures(n, scope.policy),
    });
    if (scope.name === 'account-at-address') accountFailures = row.failures;
  }
  return accountFailures;
}

/**
 * A successful sign-in forgets the account's failures; never the address's, or an attacker could reset
 * the spraying counter by signing in to an account of their own now and then.
 */
export async function clearSignInFailures(
  db: Db,
  input: { scopes: ThrottleScope[]; counted: string[] },
): Promise<void> {
  const keys = input.scopes
    .filter((s) => s.name !== 'address' && input.counted.includes(s.key))
    .map((s) => s.key);
  if (keys.length) await clearFailures(db, keys);
}
