import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { uncoveredFiles } from './typecheck-coverage.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

describe('every TypeScript file is type-checked', () => {
  it('no .ts file of the repository is outside tsconfig.json and apps/web/tsconfig.json', () => {
    expect(uncoveredFiles(repo)).toEqual([]);
  });

  it('finds a planted file outside every tsconfig', () => {
    temp = mkdtempSync(join(tmpdir(), 'tscov-'));
    for (const f of ['tsconfig.json', 'tsconfig.base.json', 'apps/web/tsconfig.json']) {
      mkdirSync(dirname(join(temp, f)), { recursive: true });
      cpSync(join(repo, f), join(temp, f));
    }
    const plant = (path: string) => {
      mkdirSync(dirname(join(temp as string, path)), { recursive: true });
      writeFileSync(join(temp as string, path), 'export const x: number = 1;\n');
    };
    plant('modules/demo/src/index.ts');
    plant('modules/demo/test/route.db.test.ts');
    plant('apps/web/src/main.tsx');
    plant('tools/stray.ts');
    plant('apps/web/test/stray.test.ts');
    plant('modules/demo/node_modules/dep/index.d.ts');
    expect(uncoveredFiles(temp)).toEqual(['apps/web/test/stray.test.ts', 'tools/stray.ts']);
  });
});
