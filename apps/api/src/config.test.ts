import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseTrustProxy, testConfig } from './config.ts';
import { composePlatform } from './modules.ts';

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

describe('configuration: development stand-ins never in production', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'openprovince-config-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = (over: Record<string, string>): NodeJS.ProcessEnv => ({
    DATA_DIR: dataDir,
    COOKIE_SECRET: 'c'.repeat(32),
    PAYMENT_CALLBACK_SECRET: 'p'.repeat(32),
    PKI_MASTER_KEY: 'k'.repeat(32),
    ...over,
  });

  it('production turns the payment simulator and the development identity provider off by default', () => {
    const config = loadConfig(env({ NODE_ENV: 'production' }));
    expect(config.production).toBe(true);
    expect(config.payments.simulator).toBe(false);
    expect(config.devIdentityProvider).toBe(false);
  });

  it('refuses PAYMENT_SIMULATOR with NODE_ENV=production, naming the setting in Vietnamese and English', () => {
    const load = () => loadConfig(env({ NODE_ENV: 'production', PAYMENT_SIMULATOR: '1' }));
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PAYMENT_SIMULATOR.*không được bật khi NODE_ENV=production.*cannot be enabled/);
  });

  it('refuses DEV_IDENTITY_PROVIDER (the /api/dev-idp sign-in) with NODE_ENV=production', () => {
    expect(() => loadConfig(env({ NODE_ENV: 'production', DEV_IDENTITY_PROVIDER: 'true' }))).toThrow(
      /DEV_IDENTITY_PROVIDER/,
    );
  });

  it('allows both outside production', () => {
    const config = loadConfig(env({ NODE_ENV: 'development', PAYMENT_SIMULATOR: '1' }));
    expect(config.payments.simulator).toBe(true);
    expect(config.devIdentityProvider).toBe(true);
  });

  it('the composition root refuses a hand-built production configuration with the simulator too', () => {
    const config = testConfig({ production: true });
    expect(() => composePlatform({ db: undefined as never, config })).toThrow(ConfigError);
  });
});
