/**
 * Growing delay after failed sign-ins. The first few failures are free (typos); after that each failure
 * doubles the wait, up to a ceiling. The ceiling and the per-address key mean that nobody can lock an
 * account for good: at worst one address waits `maxDelaySeconds` between attempts.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** Failures older than this are forgotten. */
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

export function throttleKey(username: string, ip: string | undefined): string {
  return `${username}|${ip ?? 'unknown'}`;
}
