import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGN_IN_LIMITS, delayAfterFailures, throttleScopes } from './throttle.ts';

describe('sign-in throttle scopes', () => {
  const scopes = throttleScopes(DEFAULT_SIGN_IN_LIMITS, { account: 'official:motcua', ip: '203.0.113.7' });

  it('counts one account at one address, one account everywhere and one address', () => {
    expect(scopes.map((s) => s.key)).toEqual([
      'account-at-address:official:motcua|203.0.113.7',
      'account:official:motcua',
      'address:203.0.113.7',
    ]);
  });

  it('lets the account fail 4 times from one address, 19 times in all; the shared address 99 times', () => {
    const firstWait = (name: string) => {
      const policy = scopes.find((s) => s.name === name)!.policy;
      let n = 1;
      while (delayAfterFailures(n, policy) === 0) n++;
      return n;
    };
    expect(firstWait('account-at-address')).toBe(5);
    expect(firstWait('account')).toBe(20);
    expect(firstWait('address')).toBe(100);
  });

  it('forgets an address’s failures after a quiet quarter of an hour, an account’s after a day', () => {
    expect(scopes.map((s) => s.policy.forgetAfterSeconds)).toEqual([86_400, 86_400, 900]);
    expect(Math.max(...scopes.map((s) => s.policy.maxDelaySeconds))).toBe(900);
  });
});
