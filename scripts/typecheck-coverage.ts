/**
 * Which TypeScript files no tsconfig covers. `npm run typecheck` runs `tsc` on the root tsconfig.json and on
 * apps/web/tsconfig.json; a .ts file outside both (a test folder, a benchmark, a new top-level script) is
 * never type-checked and rots silently. `scripts/typecheck-coverage.test.ts` fails when there is one.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** The tsconfig files `npm run typecheck` compiles (see package.json). */
export const TYPECHECKED_CONFIGS = ['tsconfig.json', 'apps/web/tsconfig.json'] as const;

const SKIP = ['**/node_modules/**', '**/dist/**', '**/coverage/**', '**/.*/**'];

/** Files (relative to `root`, posix) the configs' include/exclude select. */
export function coveredFiles(root: string, configs: readonly string[] = TYPECHECKED_CONFIGS): Set<string> {
  const covered = new Set<string>();
  for (const config of configs) {
    const path = join(root, config);
    if (!existsSync(path)) continue;
    const parsed = ts.getParsedCommandLineOfConfigFile(
      path,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    );
    for (const f of parsed?.fileNames ?? []) covered.add(relative(root, f).split('\\').join('/'));
  }
  return covered;
}

/** Every .ts/.tsx/.mts/.cts file under `root` that no type-checked tsconfig covers, sorted. */
export function uncoveredFiles(root: string, configs: readonly string[] = TYPECHECKED_CONFIGS): string[] {
  const covered = coveredFiles(root, configs);
  return ts.sys
    .readDirectory(root, ['.ts', '.tsx', '.mts', '.cts'], SKIP, ['**/*'])
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !covered.has(f))
    .sort();
}
