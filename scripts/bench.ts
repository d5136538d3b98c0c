/**
 * Benchmark runner (`npm run bench [-- <filter>...]`).
 *
 * Finds `{packages,modules,apps}/<workspace>/bench/*.bench.ts` and `scripts/bench/*.bench.ts`, keeps those whose path or workspace contains
 * one of the filters (or whose benchmark name does), imports each one (default export: a `Benchmark` from
 * @openprovince/testing) and runs them one after another, never in parallel, so they do not compete for
 * the two cores. Prints a table with each figure beside the baseline measured in the same run, and writes
 * `.bench/results-<timestamp>.json` and `.bench/latest.json` (git-ignored) with the machine it ran on.
 * Exits 1 if a benchmark throws or returns malformed figures, if a figure breaks its limit (a budget, e.g.
 * a Lighthouse score of at least 95: the figures are still written), or if a filter matches nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, hostname, totalmem } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchFigure, type Benchmark, limitBreach } from '@openprovince/testing';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.bench');

export interface BenchFile {
  /** Relative to the repository root, e.g. `modules/calendar/bench/deadlines.bench.ts`. */
  path: string;
  /** The workspace folder, e.g. `modules/calendar`. */
  workspace: string;
}

export interface BenchResult {
  file: string;
  workspace: string;
  name: string;
  description: string;
  durationMs: number;
  figures: BenchFigure[];
  error?: string;
  /** The figures outside their limit, e.g. "performance score of / below the minimum 95". */
  breaches?: string[];
}

export function discoverBenchFiles(root: string): BenchFile[] {
  const out: BenchFile[] = [];
  // Benchmarks of the assembled platform (e.g. Lighthouse on the web app served by the API) belong to no
  // single workspace: scripts/bench/*.bench.ts, in the root workspace.
  const rootBenchDir = join(root, 'scripts', 'bench');
  if (existsSync(rootBenchDir)) {
    for (const f of readdirSync(rootBenchDir, { withFileTypes: true })) {
      if (f.isFile() && f.name.endsWith('.bench.ts'))
        out.push({ path: posix.join('scripts', 'bench', f.name), workspace: '.' });
    }
  }
  for (const group of ['packages', 'modules', 'apps']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const ws of readdirSync(groupDir, { withFileTypes: true })) {
      if (!ws.isDirectory()) continue;
      const benchDir = join(groupDir, ws.name, 'bench');
      if (!existsSync(benchDir)) continue;
      for (const f of readdirSync(benchDir, { withFileTypes: true })) {
        if (f.isFile() && f.name.endsWith('.bench.ts')) {
          out.push({
            path: posix.join(group, ws.name, 'bench', f.name),
            workspace: posix.join(group, ws.name),
          });
        }
      }
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function matchesFilter(file: BenchFile, filters: readonly string[], benchName?: string): boolean {
  if (filters.length === 0) return true;
  const haystack = [file.path, benchName ?? ''].map((s) => s.toLowerCase());
  return filters.some((f) => haystack.some((h) => h.includes(f.toLowerCase())));
}

const bigFmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const smallFmt = new Intl.NumberFormat('vi-VN', { maximumSignificantDigits: 3 });

/** vi-VN: 1.234,56 — two decimals, or three significant digits below 1 so small ratios keep their meaning. */
export function formatNumberVi(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 1 || value === 0 ? bigFmt.format(value) : smallFmt.format(value);
}

function isFigure(f: unknown): f is BenchFigure {
  if (!f || typeof f !== 'object') return false;
  const x = f as Record<string, unknown>;
  const b = x.baseline as Record<string, unknown> | undefined;
  return (
    typeof x.name === 'string' &&
    typeof x.unit === 'string' &&
    typeof x.value === 'number' &&
    Number.isFinite(x.value) &&
    typeof x.ratio === 'number' &&
    Number.isFinite(x.ratio) &&
    !!b &&
    typeof b.name === 'string' &&
    typeof b.unit === 'string' &&
    typeof b.value === 'number' &&
    Number.isFinite(b.value) &&
    (x.limit === undefined || (typeof x.limit === 'object' && x.limit !== null))
  );
}

function isBenchmark(b: unknown): b is Benchmark {
  if (!b || typeof b !== 'object') return false;
  const x = b as Record<string, unknown>;
  return typeof x.name === 'string' && typeof x.run === 'function';
}

export function renderTable(results: readonly BenchResult[]): string {
  const header = ['benchmark', 'figure', 'value', 'unit', 'baseline', 'baseline value', 'ratio', 'limit'];
  const rows: string[][] = [];
  for (const r of results) {
    if (r.error) {
      rows.push([r.name, `FAILED: ${r.error.split('\n')[0] ?? ''}`, '', '', '', '', '', '']);
      continue;
    }
    for (const f of r.figures) {
      rows.push([
        r.name,
        f.name,
        formatNumberVi(f.value),
        f.unit,
        f.baseline.name,
        `${formatNumberVi(f.baseline.value)} ${f.baseline.unit}`,
        `${formatNumberVi(f.ratio)}×`,
        limitText(f),
      ]);
    }
  }
  const numeric = new Set([2, 5, 6]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function limitText(f: BenchFigure): string {
  const parts = [
    f.limit?.min !== undefined ? `≥ ${formatNumberVi(f.limit.min)}` : '',
    f.limit?.max !== undefined ? `≤ ${formatNumberVi(f.limit.max)}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return `${parts.join(' ')} ${limitBreach(f) ? '✗ OVER BUDGET' : '✓'}`;
}

function machineInfo() {
  const list = cpus();
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    commit = undefined;
  }
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    totalMemoryBytes: totalmem(),
    hostname: hostname(),
    commit,
  };
}

async function runOne(file: BenchFile): Promise<BenchResult> {
  const started = performance.now();
  const base = { file: file.path, workspace: file.workspace, name: file.path, description: '', figures: [] };
  try {
    const mod = (await import(pathToFileURL(join(ROOT, file.path)).href)) as { default?: unknown };
    const bench = mod.default;
    if (!isBenchmark(bench))
      throw new Error('default export is not a Benchmark { name, description, run() }');
    const named = { ...base, name: bench.name, description: bench.description ?? '' };
    console.log(`\n▶ ${bench.name} (${file.path})${bench.description ? ` — ${bench.description}` : ''}`);
    try {
      const figures: unknown = await bench.run();
      if (!Array.isArray(figures) || figures.length === 0 || !figures.every(isFigure)) {
        throw new Error(
          'run() must return a non-empty array of figures with finite value, baseline and ratio',
        );
      }
      const breaches = figures.flatMap((f) => {
        const why = limitBreach(f);
        return why ? [`${f.name}: ${formatNumberVi(f.value)} ${f.unit}, ${why}`] : [];
      });
      return {
        ...named,
        figures,
        durationMs: performance.now() - started,
        ...(breaches.length ? { breaches } : {}),
      };
    } catch (err) {
      return { ...named, durationMs: performance.now() - started, error: errorText(err) };
    }
  } catch (err) {
    return { ...base, durationMs: performance.now() - started, error: errorText(err) };
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
      'usage: npm run bench [-- <filter>...]   (filters match a bench file path or a benchmark name)',
    );
    return 0;
  }
  const filters = argv.filter((a) => !a.startsWith('-'));
  const all = discoverBenchFiles(ROOT);
  // A filter may name a benchmark rather than a path; that is known only after import, so keep every file
  // for now when a filter matches no path, and drop the non-matching ones once named.
  const byPath = all.filter((f) => matchesFilter(f, filters));
  const candidates = byPath.length > 0 ? byPath : all;
  if (all.length === 0) {
    console.log(
      'No benchmarks found ({packages,modules,apps}/*/bench/*.bench.ts, scripts/bench/*.bench.ts).',
    );
    return 0;
  }

  const startedAt = new Date();
  const results: BenchResult[] = [];
  for (const file of candidates) {
    if (byPath.length === 0 && filters.length > 0) {
      // Filtering by benchmark name: import to learn the name before running.
      const mod = (await import(pathToFileURL(join(ROOT, file.path)).href).catch(() => undefined)) as
        | { default?: unknown }
        | undefined;
      const name = isBenchmark(mod?.default) ? mod.default.name : undefined;
      if (!matchesFilter(file, filters, name)) continue;
    }
    const result = await runOne(file);
    if (result.error) console.error(`✗ ${result.name} failed:\n${result.error}`);
    else if (result.breaches)
      console.error(`✗ ${result.name} over budget:\n  ${result.breaches.join('\n  ')}`);
    else
      console.log(
        `✓ ${result.name}: ${result.figures.length} figure(s) in ${formatNumberVi(result.durationMs / 1000)} s`,
      );
    results.push(result);
  }
  if (results.length === 0) {
    console.error(
      `No benchmark matches ${filters.map((f) => `'${f}'`).join(', ')}. Found: ${all.map((f) => f.path).join(', ')}`,
    );
    return 1;
  }

  console.log(`\n${renderTable(results)}`);
  const finishedAt = new Date();
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    filters,
    machine: machineInfo(),
    results,
  };
  mkdirSync(OUT_DIR, { recursive: true });
  // ISO 8601 with the colons replaced, so the name is valid on every file system.
  const stamp = startedAt.toISOString().replaceAll(':', '-');
  const body = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(OUT_DIR, `results-${stamp}.json`), body);
  writeFileSync(join(OUT_DIR, 'latest.json'), body);
  console.log(`\nWrote .bench/results-${stamp}.json and .bench/latest.json`);
  const failed = results.filter((r) => r.error || r.breaches).length;
  if (failed > 0) console.error(`${failed} benchmark(s) failed or over budget.`);
  return failed > 0 ? 1 : 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  // Exit explicitly: a benchmark that leaves a handle open (an unclosed PGlite) must not hang the runner.
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
