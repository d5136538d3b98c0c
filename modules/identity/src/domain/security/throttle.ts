/**
 * Growing delay after failed sign-ins. The first few failures are free (typos); after that each failure
 * doubles the wait, up to a ceiling. The ceiling means that nobody can lock an account for good: at worst
 * the wait is `maxDelaySeconds` between attempts.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A count whose last failure is older than this starts again from zero. */
  forgetAfterSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  freeFailures: 5,
  baseDelaySeconds: 2,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

export function delayAfterFailures(failures: number, policy: ThrottlePolicy = DEFAULT_THROTTLE): number {
  if (failures < policy.freeFailures) return 0;
  const exponent = failures - policy.freeFailures;
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** Math.min(exponent, 30));
}

/**
 * The sign-in limits an operator sets (environment variables in apps/api/src/config.ts). The defaults
 * suit a department whose hundreds of officials share one public address (an office behind NAT): the
 * address may sign in often and fail now and then; one account may fail only a few times.
 */
export interface SignInLimits {
  /** Sign-in requests per minute from one client address, all accounts together. */
  perAddressPerMinute: number;
  /** Failures of one account from one address before the waits start (the user's own typos). */
  accountFailures: number;
  /** Failures of one account from all addresses together before the waits start (guessing spread out). */
  accountFailuresAllAddresses: number;
  /** Failures from one address over all accounts before the waits start (password spraying). */
  addressFailures: number;
  /** The longest wait, in seconds. */
  maxWaitSeconds: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perAddressPerMinute: 1200,
  accountFailures: 5,
  accountFailuresAllAddresses: 20,
  addressFailures: 100,
  maxWaitSeconds: 15 * 60,
};

export type ThrottleScopeName = 'account-at-address' | 'account' | 'address';

export interface ThrottleScope {
  name: ThrottleScopeName;
  /** Row key in identity.login_throttle. */
  key: string;
  policy: ThrottlePolicy;
}

/**
 * The three counters one sign-in attempt touches. Counting one account per address means that an attacker
 * elsewhere cannot lock the real user out with a handful of failures; the account-wide counter, set
 * higher, stops guessing spread over many addresses; the address counter, set higher still and forgotten
 * after a quiet quarter of an hour, stops one address trying one password on many accounts without
 * locking out an office whose officials mistype now and then.
 */
export function throttleScopes(
  limits: SignInLimits,
  input: { account: string; ip: string | undefined },
): ThrottleScope[] {
  const ip = input.ip ?? 'unknown';
  const growing = { baseDelaySeconds: 2, maxDelaySeconds: limits.maxWaitSeconds };
  return [
    {
      name: 'account-at-address',
      key: `account-at-address:${input.account}|${ip}`,
      policy: { ...growing, freeFailures: limits.accountFailures, forgetAfterSeconds: 24 * 3600 },
    },
    {
      name: 'account',
      key: `account:${input.account}`,
      policy: { ...growing, freeFailures: limits.accountFailuresAllAddresses, forgetAfterSeconds: 24 * 3600 },
    },
    {
      name: 'address',
      key: `address:${ip}`,
      policy: { ...growing, freeFailures: limits.addressFailures, forgetAfterSeconds: 15 * 60 },
    },
  ];
}
