import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockFileFor } from './data-dir-lock.ts';

/** A PID that no process has: one of a child that has already ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('data folder lock', () => {
  let root: string;
  let dataDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'op-lock-'));
    dataDir = join(root, 'pglite');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is taken with the owner PID and start time, refused to a second opener and freed on release', () => {
    const lock = acquireDataDirLock({ dataDir, command: 'npm start' });
    const owner = JSON.parse(readFileSync(lockFileFor(dataDir), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, hostname: hostname(), command: 'npm start' });
    expect(Date.parse(owner.startedAt)).toBeGreaterThan(0);

    let refusal: unknown;
    try {
      acquireDataDirLock({ dataDir, command: 'openprovince user totp' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    const message = (refusal as Error).message;
    expect(message).toContain(`PID ${process.pid}`);
    expect(message).toContain('npm start');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('đang được một tiến trình OpenProvince khác dùng');
    expect(message).toContain('is in use by another OpenProvince process');

    lock.release();
    expect(existsSync(lockFileFor(dataDir))).toBe(false);
    acquireDataDirLock({ dataDir }).release();
  });

  it('takes over a stale lock whose process is gone', () => {
    const pid = deadPid();
    writeFileSync(
      lockFileFor(dataDir),
      JSON.stringify({
        pid,
        processStart: null,
        startedAt: '2025-01-01T00:00:00Z',
        hostname: hostname(),
        command: 'npm start',
      }),
    );
    const lock = acquireDataDirLock({ dataDir, command: 'openprovince db migrate' });
    expect(JSON.parse(readFileSync(lock.lockFile, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose PID now belongs to another process (a reused PID)', () => {
    writeFileSync(
      lockFileFor(dataDir),
      JSON.stringify({
        pid: process.pid,
        processStart: '1',
        startedAt: '',
        hostname: hostname(),
        command: 'old',
      }),
    );
    if (!existsSync('/proc/self/stat')) return; // the start time is read from /proc (Linux)
    const lock = acquireDataDirLock({ dataDir });
    expect(JSON.parse(readFileSync(lock.lockFile, 'utf8')).command).not.toBe('old');
    lock.release();
  });

  it('takes over a lock file left empty by a crash between creating and writing it', () => {
    writeFileSync(lockFileFor(dataDir), '');
    acquireDataDirLock({ dataDir }).release();
  });

  it('counts a lock written on another host as held', () => {
    writeFileSync(
      lockFileFor(dataDir),
      JSON.stringify({
        pid: deadPid(),
        processStart: null,
        startedAt: '',
        hostname: 'other-host',
        command: 'npm start',
      }),
    );
    expect(() => acquireDataDirLock({ dataDir })).toThrow(/other-host/);
  });

  it('does not remove a lock that another process holds when released twice', () => {
    const lock = acquireDataDirLock({ dataDir });
    lock.release();
    const other = JSON.stringify({
      pid: 1,
      processStart: null,
      startedAt: '',
      hostname: hostname(),
      command: 'x',
    });
    writeFileSync(lockFileFor(dataDir), other);
    lock.release();
    expect(readFileSync(lockFileFor(dataDir), 'utf8')).toBe(other);
  });
});
