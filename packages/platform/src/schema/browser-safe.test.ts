import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `@openprovince/platform/schema` and `/workflow` are what the modules' contracts import and what the web
 * app bundles: nothing they reach may be Fastify or Node. Walks the relative imports from each entry and
 * lists every package it meets.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const BROWSER_SAFE_PACKAGES = new Set(['typebox']);

function specifiersOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
}

/** Every non-relative specifier reachable from `entry` through relative imports, with the file that imports it. */
function packagesReachedFrom(entry: string): { specifier: string; file: string }[] {
  const seen = new Set<string>();
  const found: { specifier: string; file: string }[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else found.push({ specifier, file });
    }
  };
  visit(entry);
  return found;
}

const unsafe = (entry: string) =>
  packagesReachedFrom(entry)
    .filter(({ specifier }) => !BROWSER_SAFE_PACKAGES.has(specifier))
    .map(({ specifier, file }) => `${file.slice(HERE.length - 'schema'.length)} → ${specifier}`);

describe('browser-safe platform entries', () => {
  it('schema reaches only TypeBox (no Fastify, no node:*)', () => {
    expect(unsafe(join(HERE, 'index.ts'))).toEqual([]);
  });

  it('workflow reaches only TypeBox (no Fastify, no node:*)', () => {
    expect(unsafe(join(HERE, '..', 'workflow', 'index.ts'))).toEqual([]);
  });

  const planted = mkdtempSync(join(tmpdir(), 'op-browser-safe-'));
  afterAll(() => rmSync(planted, { recursive: true, force: true }));

  it('finds a planted Fastify or node: import behind a relative import', () => {
    writeFileSync(
      join(planted, 'index.ts'),
      "export * from './inner.ts';\nimport { Type } from 'typebox';\n",
    );
    writeFileSync(
      join(planted, 'inner.ts'),
      "import type { FastifyInstance } from 'fastify';\nexport const x = await import('node:fs');\n",
    );
    expect(unsafe(join(planted, 'index.ts')).map((line) => line.split(' → ')[1])).toEqual([
      'fastify',
      'node:fs',
    ]);
  });
});
