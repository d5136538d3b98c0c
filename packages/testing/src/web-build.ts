/**
 * The built web app (apps/web/dist), shared by the end-to-end journeys and the portal benchmark: a build
 * that is redone only when the web app's sources changed since the last one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_DIR = join(REPO_ROOT, 'apps/web');
export const WEB_DIST = join(WEB_DIR, 'dist');

export function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds apps/web into apps/web/dist unless dist/index.html is newer than every source of the web app. */
export function ensureWebBuild(): void {
  const index = join(WEB_DIST, 'index.html');
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) =>
    join(WEB_DIR, p),
  );
  const newestSource = Math.max(...sources.filter(existsSync).map(newestMtime));
  if (existsSync(index) && statSync(index).mtimeMs >= newestSource) return;
  try {
    execFileSync('npm', ['run', 'build', '-w', '@openprovince/web'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`web build failed:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
}
