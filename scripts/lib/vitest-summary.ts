/**
 * Counts one vitest tier from its JSON report, for scripts/test.sh.
 *
 *   tsx scripts/lib/vitest-summary.ts <report.json> <vitest exit code>
 *
 * prints `<passed> <failed> <skipped>` on stdout (one line, for `read`) and explanations on stderr.
 * The counts never claim success that vitest did not: a file that failed outside any test (an import error,
 * a failing hook) counts as one failure, and a non-zero exit with nothing failed in the report (an
 * unhandled error, a crash, a timeout, a missing or broken report) counts as one failure too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface TierCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Why failures were added beyond the failed tests, for the reader of the log. */
  notes: string[];
}

interface AssertionResult {
  status?: string;
}
interface FileResult {
  name?: string;
  status?: string;
  message?: string;
  assertionResults?: AssertionResult[];
}
interface JsonReport {
  testResults?: FileResult[];
}

const SKIPPED = new Set(['skipped', 'pending', 'todo', 'disabled']);

export function countReport(report: JsonReport | undefined, exitCode: number): TierCounts {
  const counts: TierCounts = { passed: 0, failed: 0, skipped: 0, notes: [] };
  for (const file of report?.testResults ?? []) {
    let failedHere = 0;
    for (const a of file.assertionResults ?? []) {
      if (a.status === 'passed') counts.passed++;
      else if (a.status === 'failed') failedHere++;
      else if (a.status && SKIPPED.has(a.status)) counts.skipped++;
    }
    if (file.status === 'failed' && failedHere === 0) {
      failedHere = 1;
      const firstLine = (file.message ?? '').split('\n')[0]?.slice(0, 300) || 'no message';
      const name = file.name && isAbsolute(file.name) ? relative(process.cwd(), file.name) : file.name;
      counts.notes.push(`${name ?? 'a test file'} failed outside its tests: ${firstLine}`);
    }
    counts.failed += failedHere;
  }
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(
      report
        ? `vitest exited with status ${exitCode} although no test failed (unhandled error, crash or timeout)`
        : `vitest exited with status ${exitCode} and left no readable JSON report`,
    );
  }
  if (exitCode === 0 && !report) {
    counts.failed = 1;
    counts.notes.push('vitest exited 0 but left no readable JSON report');
  }
  return counts;
}

export function readReport(path: string): JsonReport | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as JsonReport) : undefined;
  } catch {
    return undefined;
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const [path, code] = process.argv.slice(2);
  if (!path || code === undefined) {
    console.error('usage: tsx scripts/lib/vitest-summary.ts <report.json> <vitest exit code>');
    process.exit(2);
  }
  const counts = countReport(readReport(path), Number.parseInt(code, 10) || 0);
  for (const note of counts.notes) console.error(`note: ${note}`);
  console.log(`${counts.passed} ${counts.failed} ${counts.skipped}`);
}
