import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, testConfig } from './config.ts';
import { composePlatform } from './modules.ts';

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
