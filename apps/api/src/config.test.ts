import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.ts';

describe('configuration', () => {
  it('TRUST_PROXY: none by default, a hop count, or a list of proxies; `true` means one proxy, never every hop', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('true')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });

  it('sign-in limits come from SIGN_IN_*, with defaults for an office of hundreds behind one address', () => {
    const base = { COOKIE_SECRET: 'x', PAYMENT_CALLBACK_SECRET: 'x', PKI_MASTER_KEY: 'x' };
    expect(loadConfig(base).signIn).toEqual({
      perAddressPerMinute: 1200,
      accountFailures: 5,
      accountFailuresAllAddresses: 20,
      addressFailures: 100,
      maxWaitSeconds: 900,
    });
    const set = loadConfig({
      ...base,
      SIGN_IN_PER_ADDRESS_PER_MINUTE: '3000',
      SIGN_IN_ACCOUNT_FAILURES: '3',
      SIGN_IN_ACCOUNT_FAILURES_ALL_ADDRESSES: '10',
      SIGN_IN_ADDRESS_FAILURES: '500',
      SIGN_IN_MAX_WAIT_SECONDS: '3600',
      TRUST_PROXY: '1',
    });
    expect(set.signIn).toEqual({
      perAddressPerMinute: 3000,
      accountFailures: 3,
      accountFailuresAllAddresses: 10,
      addressFailures: 500,
      maxWaitSeconds: 3600,
    });
    expect(set.trustProxy).toBe(1);
    // A typo does not switch a limit off.
    expect(loadConfig({ ...base, SIGN_IN_ACCOUNT_FAILURES: 'năm' }).signIn.accountFailures).toBe(5);
  });
});
