import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDatabaseUnavailable, openDatabase, sql } from '@openprovince/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A PostgreSQL outage under light load: the server (the real `npm start` entry point, with its job worker)
 * answers 503 with Retry-After while the database is away, stays up, and serves again by itself when the
 * database returns. The test runs its own PostgreSQL 15 server, which it stops and starts.
 */
const PG_BIN = '/usr/lib/postgresql/15/bin';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const hasPostgres = existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'));
if (!hasPostgres) {
  console.warn(
    `SKIPPED: the database outage test needs PostgreSQL 15 binaries in ${PG_BIN} (CI installs them)`,
  );
}

const asRoot = process.getuid?.() === 0;
/** initdb refuses root: the cluster belongs to `postgres`, as in .ci/run. */
function asPostgres(command: string, args: string[]): string {
  return asRoot
    ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
    : execFileSync(command, args, { encoding: 'utf8' });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!hasPostgres)('a PostgreSQL outage', () => {
  let dir = '';
  let pgPort = 0;
  let apiPort = 0;
  let server: ChildProcess | undefined;
  let exited: { code: number | null; signal: string | null } | undefined;
  const output: string[] = [];

  const pgCtl = (action: 'start' | 'stop') =>
    asPostgres(
      join(PG_BIN, 'pg_ctl'),
      action === 'start'
        ? [
            '-D',
            join(dir, 'data'),
            '-l',
            join(dir, 'server.log'),
            '-w',
            '-t',
            '60',
            '-o',
            `-p ${pgPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
            'start',
          ]
        : ['-D', join(dir, 'data'), '-m', 'fast', '-w', '-t', '60', 'stop'],
    );

  const api = (path: string) => fetch(`http://127.0.0.1:${apiPort}${path}`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'op-outage-'));
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, uid, gid);
    }
    pgPort = await freePort();
    apiPort = await freePort();
    asPostgres(join(PG_BIN, 'initdb'), [
      '-D',
      join(dir, 'data'),
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    pgCtl('start');
    const dataDir = join(dir, 'api-data');
    server = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'apps/api/src/main.ts')], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
        DATA_DIR: dataDir,
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        RUN_JOBS: 'true',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_ANONYMOUS: '1000000',
        WEB_DIST: join(dir, 'no-web'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk) => output.push(String(chunk)));
    server.stderr?.on('data', (chunk) => output.push(String(chunk)));
    server.on('exit', (code, signal) => {
      exited = { code, signal };
    });
    // Migrations run at start.
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (exited) throw new Error(`the server ended at start: ${output.join('')}`);
      try {
        if ((await api('/api/ready')).status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`the server did not start: ${output.join('')}`);
      await sleep(500);
    }
  }, 200_000);

  afterAll(async () => {
    if (server && !exited) {
      server.kill('SIGTERM');
      await Promise.race([new Promise((r) => server?.once('exit', r)), sleep(10_000)]);
      if (!exited) server.kill('SIGKILL');
    }
    try {
      pgCtl('stop');
    } catch {
      // already stopped
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('answers 503 with Retry-After while the database is away, stays up, and recovers by itself', async () => {
    // Light load: a few readers of database-backed pages all along, each waiting for its answer.
    const statuses: number[] = [];
    let loading = true;
    const reader = async (path: string) => {
      while (loading) {
        try {
          statuses.push((await api(path)).status);
        } catch {
          statuses.push(0); // no answer at all: the server is gone
        }
        await sleep(20);
      }
    };
    // and a writer: citizens opening accounts (a transaction each, with its audit record)
    let n = 0;
    const writer = async () => {
      while (loading) {
        const personalId = `0842010${String(10000 + n++).padStart(5, '0')}`;
        try {
          const res = await fetch(`http://127.0.0.1:${apiPort}/api/citizens`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              personalId,
              phone: `09${String(10_000_000 + n)}`,
              fullName: 'Thạch Sa Rây',
              password: 'Mật-khẩu-dân-2021',
            }),
          });
          statuses.push(res.status === 201 ? 200 : res.status);
        } catch {
          statuses.push(0);
        }
      }
    };
    const readers = [
      reader('/api/procedures?limit=5'),
      reader('/api/geography/units?limit=5'),
      reader('/api/portal/posts?limit=5'),
      reader('/api/ready'),
      writer(),
    ];
    // In this process too: a transaction holding its connection between two queries when the server stops.
    const handle = await openDatabase({
      url: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
      poolSize: 2,
      onConnectionError: () => undefined,
    });
    let carryOn: () => void = () => undefined;
    const paused = new Promise<void>((r) => {
      carryOn = r;
    });
    const transaction = handle.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await paused;
      await tx.execute(sql`select 2`);
    });
    const transactionOutcome = transaction.then(
      () => 'committed',
      (error: unknown) => (isDatabaseUnavailable(error) ? 'unavailable' : `other: ${String(error)}`),
    );
    await sleep(1500);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);

    pgCtl('stop');
    await sleep(500);
    carryOn();
    expect(await transactionOutcome).toBe('unavailable');
    await sleep(2000);
    const during = await api('/api/procedures?limit=5');
    expect(during.status).toBe(503);
    expect(during.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await during.json()).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      title: 'Hệ thống tạm thời không sẵn sàng',
      titleEn: 'The service is temporarily unavailable',
    });
    const ready = await api('/api/ready');
    expect(ready.status).toBe(503);
    expect(Number(ready.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api('/api/health')).status).toBe(200);
    await sleep(3000); // the job worker polls meanwhile
    expect(exited).toBeUndefined();

    pgCtl('start');
    const back = Date.now();
    let recovered = false;
    while (Date.now() - back < 30_000) {
      if ((await api('/api/procedures?limit=5')).status === 200 && (await api('/api/ready')).status === 200) {
        recovered = true;
        break;
      }
      await sleep(250);
    }
    loading = false;
    await Promise.all(readers);
    expect(recovered).toBe(true);
    // the pool of this process reconnects too
    expect(await handle.db.execute(sql`select 1 as one`)).toBeDefined();
    await handle.close();
    expect(exited).toBeUndefined();
    // Nothing but answers: 200 before and after (202 for a registration, which answers alike whether the
    // number had an account), 503 while away (429 when the writer opens accounts faster than one address
    // may); never a 500, never a dropped connection.
    expect(statuses.filter((s) => ![200, 202, 429, 503].includes(s))).toEqual([]);
    expect(statuses).toContain(503);
    const log = output.join('');
    expect(log).not.toMatch(/Unhandled|uncaught/i);
    // The job worker met the outage too (its polls failed and were logged) and lived through it.
    expect(log).toContain('job worker');
  }, 120_000);
});
