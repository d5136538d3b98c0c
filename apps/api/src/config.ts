import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Everything the platform reads from its environment, in one place. */
export interface AppConfig {
  port: number;
  host: string;
  /** A real PostgreSQL server; when absent the embedded PGlite database under `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  cookieSecret: string;
  /** Cookies marked Secure (HTTPS only). Defaults to on in production. */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  /** Load the Trà Vinh demo data into an empty database at start. */
  seedDemoWhenEmpty: boolean;
  rateLimit: { anonymousPerMinute: number; accountPerMinute: number };
  webDist: string;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/**
 * The cookie-signing secret must survive restarts (or every session would end). In production set
 * COOKIE_SECRET; for a newcomer's embedded setup one is generated once under the data folder.
 */
function cookieSecretFrom(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.COOKIE_SECRET) return env.COOKIE_SECRET;
  const file = join(dataDir, 'cookie-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(REPO_ROOT, env.DATA_DIR ?? 'data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    cookieSecret: cookieSecretFrom(env, dataDir),
    secureCookies: flag(env.SECURE_COOKIES, production),
    trustProxy: flag(env.TRUST_PROXY, false),
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    seedDemoWhenEmpty: flag(env.SEED_DEMO, !production),
    rateLimit: {
      anonymousPerMinute: Number(env.RATE_LIMIT_ANONYMOUS ?? 300),
      accountPerMinute: Number(env.RATE_LIMIT_ACCOUNT ?? 1200),
    },
    webDist: resolve(REPO_ROOT, env.WEB_DIST ?? 'apps/web/dist'),
  };
}

/** A configuration for tests: no files touched, fixed secret. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: undefined,
    dataDir: join(REPO_ROOT, 'data', 'test'),
    cookieSecret: 'test-cookie-secret-test-cookie-secret',
    secureCookies: false,
    trustProxy: false,
    logLevel: 'silent',
    seedDemoWhenEmpty: false,
    rateLimit: { anonymousPerMinute: 10_000, accountPerMinute: 10_000 },
    webDist: resolve(REPO_ROOT, 'apps/web/dist'),
    ...overrides,
  };
}
