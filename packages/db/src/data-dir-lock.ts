import { closeSync, existsSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';

/**
 * PGlite is one PostgreSQL backend inside one process: a second process opening the same data folder
 * (the CLI next to a running server) writes the same files without any coordination and can corrupt
 * them. Whoever opens a file-backed PGlite database first takes this lock; everybody else is refused
 * until it is released, or until its owner is gone (a crash leaves a stale lock that the next opener
 * takes over).
 */
export interface LockOwner {
  pid: number;
  /** The owner's start as the kernel counts it (clock ticks since boot), so a reused PID is not mistaken for it. */
  processStart: string | null;
  /** When the lock was taken (ISO 8601, UTC). */
  startedAt: string;
  hostname: string;
  /** What took it: `npm start`, `openprovince user totp`, … */
  command: string;
}

export class DataDirLockedError extends Error {
  readonly owner: LockOwner;
  readonly lockFile: string;

  constructor(input: { owner: LockOwner; lockFile: string; dataDir: string }) {
    const { owner } = input;
    const since = formatLocal(owner.startedAt);
    const where = owner.hostname === hostname() ? '' : ` trên máy ${owner.hostname}`;
    const whereEn = owner.hostname === hostname() ? '' : ` on host ${owner.hostname}`;
    super(
      [
        `Thư mục dữ liệu ${input.dataDir} đang được một tiến trình OpenProvince khác dùng${where} (PID ${owner.pid}, "${owner.command}", từ ${since}).`,
        'Cơ sở dữ liệu nhúng PGlite chỉ cho phép một tiến trình mở; mở thêm có thể làm hỏng dữ liệu.',
        `Hãy dừng tiến trình đó (Ctrl+C trong cửa sổ của nó, hoặc: kill ${owner.pid}) rồi chạy lại lệnh,`,
        'hoặc dùng máy chủ PostgreSQL (đặt DATABASE_URL) để chạy lệnh song song với máy chủ.',
        '',
        `The data folder ${input.dataDir} is in use by another OpenProvince process${whereEn} (PID ${owner.pid}, "${owner.command}", since ${since}).`,
        'The embedded PGlite database allows one process only; a second one can corrupt the data.',
        `Stop that process (Ctrl+C in its window, or: kill ${owner.pid}) and run the command again,`,
        'or use a PostgreSQL server (set DATABASE_URL) to run commands next to the server.',
        `(${input.lockFile})`,
      ].join('\n'),
    );
    this.name = 'DataDirLockedError';
    this.owner = owner;
    this.lockFile = input.lockFile;
  }
}

export interface DataDirLock {
  readonly lockFile: string;
  release(): void;
}

/** The lock sits next to the data folder: PGlite owns what is inside it. */
export function lockFileFor(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, '')}.lock`;
}

/** Takes the data folder's lock or throws DataDirLockedError naming the process that holds it. */
export function acquireDataDirLock(input: { dataDir: string; command?: string }): DataDirLock {
  const lockFile = lockFileFor(input.dataDir);
  const me: LockOwner = {
    pid: process.pid,
    processStart: processStartOf(process.pid),
    startedAt: new Date().toISOString(),
    hostname: hostname(),
    command: input.command ?? commandLine(),
  };
  const content = `${JSON.stringify(me, null, 2)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockFile, content)) return holding(lockFile, content);
    const found = readOwner(lockFile);
    if (found === 'missing') continue;
    if (found !== 'unreadable' && isAlive(found)) {
      throw new DataDirLockedError({ owner: found, lockFile, dataDir: input.dataDir });
    }
    // Stale (owner gone) or unreadable (a crash between create and write): move it aside, then make sure
    // what was moved is what was judged stale, since another opener may have taken over in between.
    const seen = readText(lockFile);
    const aside = `${lockFile}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(lockFile, aside);
    } catch {
      continue;
    }
    if (readText(aside) !== seen) {
      if (!existsSync(lockFile)) renameSync(aside, lockFile);
      continue;
    }
    unlinkQuietly(aside);
  }
  const owner = readOwner(lockFile);
  if (owner === 'missing' || owner === 'unreadable') throw new Error(`Cannot take the lock ${lockFile}`);
  throw new DataDirLockedError({ owner, lockFile, dataDir: input.dataDir });
}

function holding(lockFile: string, content: string): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // Only our own lock is removed: a lock file that was replaced meanwhile belongs to someone else.
    if (readText(lockFile) === content) unlinkQuietly(lockFile);
  };
  // A process that ends without closing the database (process.exit, an uncaught error) still frees it.
  process.on('exit', release);
  return { lockFile, release };
}

function tryCreate(lockFile: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function readOwner(lockFile: string): LockOwner | 'missing' | 'unreadable' {
  const text = readText(lockFile);
  if (text === undefined) return 'missing';
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number') return 'unreadable';
    return {
      pid: parsed.pid,
      processStart: parsed.processStart ?? null,
      startedAt: parsed.startedAt ?? '',
      hostname: parsed.hostname ?? '',
      command: parsed.command ?? '',
    };
  } catch {
    return 'unreadable';
  }
}

/**
 * Whether the lock's owner still runs. A lock written on another host (a shared folder) cannot be
 * checked from here and counts as held.
 */
export function isAlive(owner: LockOwner): boolean {
  if (owner.hostname && owner.hostname !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (owner.processStart === null) return true;
  const now = processStartOf(owner.pid);
  return now === null || now === owner.processStart;
}

/** Field 22 of /proc/<pid>/stat (Linux); null elsewhere. The command name may contain spaces, hence lastIndexOf. */
function processStartOf(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

function commandLine(): string {
  const [, script, ...args] = process.argv;
  const name = script ? basename(script) : 'node';
  return [name, ...args].join(' ').slice(0, 200);
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

function formatLocal(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso || '?';
  // Vietnam is UTC+7 all year; the platform never depends on the server's time zone.
  const local = new Date(at.getTime() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}
