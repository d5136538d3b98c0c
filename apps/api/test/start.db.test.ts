import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config.ts';

/**
 * `npm start` as a newcomer meets it: a fresh data folder (or an empty PostgreSQL database when the suite
 * runs against a server), migrations and demo data at first start, sign-in works, SIGTERM stops cleanly,
 * and a second start keeps the data without loading it again.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function start(env: NodeJS.ProcessEnv): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** `npx openprovince …` as an operator types it, next to whatever else runs. */
function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, ['apps/api/bin/openprovince.js', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/**
 * The demo's outgoing and incoming documents of the signed-in leader's agency download as PDFs: the seed wrote
 * them to the configured storage (DATA_DIR/files), not to memory.
 */
async function expectDemoDocumentFiles(base: string, cookie: string): Promise<void> {
  for (const list of ['/api/documents', '/api/incoming-documents']) {
    const page = (await (await fetch(`${base}${list}?limit=50`, { headers: { cookie } })).json()) as {
      items: { id: string }[];
    };
    expect(page.items.length, list).toBeGreaterThan(0);
    for (const { id } of page.items) {
      const file = await fetch(`${base}${list}/${id}/file`, { headers: { cookie } });
      expect(file.status, `${list}/${id}/file`).toBe(200);
      expect(file.headers.get('content-type')).toContain('application/pdf');
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.subarray(-32).toString('latin1')).toContain('%%EOF');
    }
  }
}

async function signInLeader(base: string): Promise<string> {
  const leader = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lanhdao.stttt', password: 'OpenProvince@2021' }),
  });
  expect(leader.status).toBe(200);
  return leader.headers.get('set-cookie')!.split(';')[0]!;
}

async function waitReady(base: string, timeoutMs = 300_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${base}/api/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the platform did not become ready');
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'openprovince-start-'));
  let databaseUrl: string | undefined;
  const serverUrl = process.env.TEST_DATABASE_URL;

  beforeAll(async () => {
    if (serverUrl) {
      const name = `op_start_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database "${name}"`);
      await admin.end();
      const u = new URL(serverUrl);
      u.pathname = `/${name}`;
      databaseUrl = u.toString();
    }
  });
  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (serverUrl && databaseUrl) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${new URL(databaseUrl).pathname.slice(1)}" with (force)`);
      await admin.end();
    }
  });

  it('refuses to start in production with the payment simulator, with a clear message and no stack trace', async () => {
    const refused = start({
      NODE_ENV: 'production',
      PAYMENT_SIMULATOR: '1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      COOKIE_SECRET: 'c'.repeat(32),
      PAYMENT_CALLBACK_SECRET: 'p'.repeat(32),
      PKI_MASTER_KEY: 'k'.repeat(32),
    });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain('PAYMENT_SIMULATOR');
    expect(refused.output()).toContain('NODE_ENV=production');
    expect(refused.output()).not.toMatch(/\n\s+at /);
    // tsx loads every module before the configuration refuses: slow on a busy machine.
  }, 180_000);

  it('comes up migrated with demo data, signs a demo official in, stops on SIGTERM and restarts on the same data', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl ?? '',
      NODE_ENV: 'development',
    };
    const first = start(env);
    try {
      await waitReady(base);
      expect(first.output()).toContain('Trà Vinh');
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'motcua.stttt', password: 'OpenProvince@2021' }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { agency: { name: string } }).agency.name).toBe(
        'Sở Thông tin và Truyền thông tỉnh Trà Vinh',
      );
      const agencies = (await (await fetch(`${base}/api/agencies?q=so thong tin`)).json()) as {
        total: number;
      };
      expect(agencies.total).toBeGreaterThan(0);
      // The demo year of dossiers is there for the leader's statistics.
      const cookie = await signInLeader(base);
      const stats = (await (
        await fetch(`${base}/api/dossier-stats?from=2021-01-01&to=2021-12-31`, { headers: { cookie } })
      ).json()) as { total: { received: { total: number } } };
      expect(stats.total.received.total).toBeGreaterThan(0);
      const catalogue = await (await fetch(`${base}/api/procedures/stats?asOf=2021-12-31`)).json();
      expect(catalogue).toMatchObject({ total: 1858, publishedNationally: 1415 });

      if (!databaseUrl) {
        // PGlite is single-process: the CLI must not open the folder the server is using.
        const refused = await cli(['audit', 'verify'], env);
        expect(refused.code).toBe(3);
        expect(refused.output).toContain(`PID ${first.child.pid}`);
        expect(refused.output).toContain('Hãy dừng tiến trình đó');
        expect(refused.output).toContain('DATABASE_URL');
        expect((await fetch(`${base}/api/ready`)).status).toBe(200);
        // The demo administrators' code stays at hand: the demo secret is public and needs no database.
        const code = await cli(['user', 'totp-code', 'admin'], env);
        expect(code.code).toBe(0);
        expect(code.output).toMatch(/^\d{6}$/m);
      }
      await expectDemoDocumentFiles(base, cookie);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);

    const second = start(env);
    try {
      await waitReady(base);
      expect(second.output()).not.toContain('Đang nạp dữ liệu mẫu');
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'motcua.stttt', password: 'OpenProvince@2021' }),
      });
      expect(login.status).toBe(200);
      // the files are still there after a restart
      await expectDemoDocumentFiles(base, await signInLeader(base));
    } finally {
      second.child.kill('SIGTERM');
    }
    expect(await second.exited).toBe(0);
    // Two starts of a fresh server, the first seeding the demo year (1,858 procedures, a year of dossiers):
    // minutes on a busy 2-core machine, within the 5 minutes each start may take to become ready.
  }, 600_000);
});

describe('openprovince CLI on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'openprovince-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('takes over the lock a crashed process left behind, and frees it when done', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const lockFile = join(dataDir, 'pglite.lock');
    mkdirSync(dataDir, { recursive: true });
    const stale = {
      pid: Number(gone.stdout),
      processStart: null,
      hostname: hostname(),
      command: 'npm start',
    };
    writeFileSync(lockFile, JSON.stringify({ ...stale, startedAt: new Date().toISOString() }));
    const run = await cli(['db', 'migrate'], { DATA_DIR: dataDir, DATABASE_URL: '' });
    expect(run.output).toContain('migrations applied');
    expect(run.code).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 180_000);
});
