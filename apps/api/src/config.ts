import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from '@openprovince/identity';

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
  /**
   * Which reverse proxies may report the client's address (X-Forwarded-For): none (false), the nearest
   * N hops, or a list of proxy addresses/CIDRs. Per-address limits count request.ip, which is the
   * forwarded address only from a trusted proxy.
   */
  trustProxy: false | number | string[];
  logLevel: string;
  /** Load the Trà Vinh demo data into an empty database at start. */
  seedDemoWhenEmpty: boolean;
  rateLimit: { anonymousPerMinute: number; accountPerMinute: number };
  /** Sign-in throttling per account and per address (SIGN_IN_*). */
  signIn: SignInLimits;
  webDist: string;
  /** Where uploaded and generated files go (`local` folder under dataDir/files). */
  fileStorage: { kind: string; root: string };
  /** SMTP server for e-mail (smtp://user:pass@host:port); without it e-mails are written as .eml files. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address citizens use, for links in messages and QR codes. */
  publicBaseUrl: string;
  /** The local payment-gateway simulator (development and demos), or a real signed-webhook gateway. */
  payments: { simulator: boolean; callbackSecret: string };
  /** Key that encrypts signing keys at rest in the local signer provider. */
  pkiMasterKey: string;
  /** Run the job worker in this process (notifications, national-portal sync, payment receipts). */
  runJobs: boolean;
  /** Keys generated per process instead of kept under dataDir (tests only). */
  ephemeralKeys: boolean;
  /** The local VNeID-like identity provider at /api/dev-idp (development and demos; never in production). */
  devIdentityProvider: boolean;
  /** NODE_ENV=production: the development stand-ins above are refused (see assertProductionSafe). */
  production: boolean;
}

/** A configuration the platform must not start with; the message says which setting, in both languages. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * The payment simulator pays any fee on request and the development identity provider signs anyone in as
 * a demo citizen: in production either would let a caller move dossiers or impersonate people. Refused
 * when NODE_ENV=production, whatever PAYMENT_SIMULATOR or DEV_IDENTITY_PROVIDER say.
 */
export function assertProductionSafe(config: AppConfig): void {
  if (!config.production) return;
  const enabled = [
    config.payments.simulator ? 'PAYMENT_SIMULATOR' : null,
    config.devIdentityProvider ? 'DEV_IDENTITY_PROVIDER' : null,
  ].filter((name): name is string => name !== null);
  if (enabled.length === 0) return;
  throw new ConfigError(
    `Không khởi động: ${enabled.join(', ')} chỉ dùng khi phát triển, không được bật khi NODE_ENV=production. ` +
      `/ Refusing to start: ${enabled.join(', ')} is for development only and cannot be enabled with NODE_ENV=production.`,
  );
}

/**
 * TRUST_PROXY: empty, `false`, `0` → no proxy is believed; a number → that many proxies in front (the
 * usual nginx/HAProxy is 1); `true` → 1 as well (Fastify's own `true` would believe every hop, i.e. an
 * address the client wrote itself); otherwise a comma-separated list of proxy addresses or CIDRs
 * (`10.0.0.0/8, 127.0.0.1`; also `loopback`, `linklocal`, `uniquelocal`).
 */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || ['false', 'no', 'off', '0'].includes(text.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(text.toLowerCase())) return 1;
  if (/^\d+$/.test(text)) return Number(text);
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A positive whole number from the environment, or the default (a typo must not turn a limit off). */
function count(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n > 0 ? n : fallback;
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
  return secretFrom({ value: env.COOKIE_SECRET, dataDir, name: 'cookie-secret' });
}

/** A secret from the environment, or generated once and kept under the data folder (newcomer setup). */
function secretFrom(input: { value: string | undefined; dataDir: string; name: string }): string {
  const { dataDir } = input;
  if (input.value) return input.value;
  const file = join(dataDir, input.name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(REPO_ROOT, env.DATA_DIR ?? 'data');
  const config: AppConfig = {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    cookieSecret: cookieSecretFrom(env, dataDir),
    secureCookies: flag(env.SECURE_COOKIES, production),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    seedDemoWhenEmpty: flag(env.SEED_DEMO, !production),
    rateLimit: {
      // Per address: one office behind NAT opens the portal and the sign-in page from one address.
      anonymousPerMinute: count(env.RATE_LIMIT_ANONYMOUS, 1200),
      accountPerMinute: count(env.RATE_LIMIT_ACCOUNT, 1200),
    },
    signIn: {
      perAddressPerMinute: count(
        env.SIGN_IN_PER_ADDRESS_PER_MINUTE,
        DEFAULT_SIGN_IN_LIMITS.perAddressPerMinute,
      ),
      accountFailures: count(env.SIGN_IN_ACCOUNT_FAILURES, DEFAULT_SIGN_IN_LIMITS.accountFailures),
      accountFailuresAllAddresses: count(
        env.SIGN_IN_ACCOUNT_FAILURES_ALL_ADDRESSES,
        DEFAULT_SIGN_IN_LIMITS.accountFailuresAllAddresses,
      ),
      addressFailures: count(env.SIGN_IN_ADDRESS_FAILURES, DEFAULT_SIGN_IN_LIMITS.addressFailures),
      maxWaitSeconds: count(env.SIGN_IN_MAX_WAIT_SECONDS, DEFAULT_SIGN_IN_LIMITS.maxWaitSeconds),
    },
    webDist: resolve(REPO_ROOT, env.WEB_DIST ?? 'apps/web/dist'),
    fileStorage: { kind: env.FILE_STORAGE ?? 'local', root: resolve(dataDir, 'files') },
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'OpenProvince <no-reply@travinh.gov.vn>',
    publicBaseUrl: env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? 3000}`,
    payments: {
      simulator: flag(env.PAYMENT_SIMULATOR, !production),
      callbackSecret: secretFrom({
        value: env.PAYMENT_CALLBACK_SECRET,
        dataDir,
        name: 'payment-callback-secret',
      }),
    },
    pkiMasterKey: secretFrom({ value: env.PKI_MASTER_KEY, dataDir, name: 'pki-master-key' }),
    runJobs: flag(env.RUN_JOBS, true),
    ephemeralKeys: false,
    devIdentityProvider: flag(env.DEV_IDENTITY_PROVIDER, !production),
    production,
  };
  assertProductionSafe(config);
  return config;
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
    signIn: DEFAULT_SIGN_IN_LIMITS,
    webDist: resolve(REPO_ROOT, 'apps/web/dist'),
    fileStorage: { kind: 'memory', root: join(REPO_ROOT, 'data', 'test', 'files') },
    smtpUrl: undefined,
    mailFrom: 'OpenProvince <no-reply@example.vn>',
    publicBaseUrl: 'http://localhost:3000',
    payments: { simulator: true, callbackSecret: 'test-payment-secret' },
    pkiMasterKey: 'test-pki-master-key-test-pki-master-key',
    runJobs: false,
    ephemeralKeys: true,
    devIdentityProvider: true,
    production: false,
    ...overrides,
  };
}
