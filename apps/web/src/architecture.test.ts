import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The web app's structural rules (aesthetics §5.2 item 14), checked on the sources:
 * ui/ is a leaf (no modules, pages or app), modules do not reach into pages or app or each other's
 * internals, and JSX carries no literal user-facing text (everything goes through i18n).
 */
const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC);
const rel = (path: string) => relative(SRC, path).split('\\').join('/');

/** Every module specifier a file names: `from '…'`, `import '…'`, `import('…')` (type positions included). */
function specifiersOf(text: string): string[] {
  return [
    ...text.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
}

/** The web app reaches a module only through its browser-safe contracts. */
function webImportProblem(specifier: string): string | undefined {
  if (!specifier.startsWith('@openprovince/')) return undefined;
  return /^@openprovince\/[a-z-]+\/contracts$/.test(specifier) &&
    !specifier.startsWith('@openprovince/platform/')
    ? undefined
    : `${specifier} (only @openprovince/<module>/contracts)`;
}

/** What a module's contracts may import: TypeBox, the browser-safe platform entries, other contracts. */
function contractImportProblem(specifier: string): string | undefined {
  if (specifier.startsWith('./') || specifier.startsWith('../')) return undefined;
  if (specifier === 'typebox') return undefined;
  if (specifier === '@openprovince/platform/schema' || specifier === '@openprovince/platform/workflow')
    return undefined;
  if (
    /^@openprovince\/[a-z-]+\/contracts$/.test(specifier) &&
    !specifier.startsWith('@openprovince/platform/')
  )
    return undefined;
  return specifier;
}

const MODULES_DIR = resolve(SRC, '../../../modules');

function contractFiles(): string[] {
  return readdirSync(MODULES_DIR).flatMap((m) => {
    const dir = join(MODULES_DIR, m, 'src', 'contracts');
    try {
      return statSync(dir).isDirectory() ? sourceFiles(dir) : [];
    } catch {
      return [];
    }
  });
}

function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1]!,
  );
  return specifiers.map((s) => rel(resolve(dirname(file), s)));
}

describe('web app architecture', () => {
  it('keeps src/ui free of imports from modules, pages and app', () => {
    const offenders = files
      .filter((f) => rel(f).startsWith('ui/'))
      .flatMap((f) =>
        localImports(f)
          .filter((target) => /^(modules|pages|app)\//.test(target))
          .map((target) => `${rel(f)} → ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps antd and ECharts out of the ui/ primitives the citizen portal loads (only ui/workspace/ may use them)', () => {
    // vite.config.ts puts ui/ (except ui/workspace/) into the portal's shared first-page chunk: one antd
    // import there would put antd on every citizen's phone.
    const offenders = files
      .filter((f) => rel(f).startsWith('ui/') && !rel(f).startsWith('ui/workspace/'))
      .filter((f) => /from\s+['"](antd|@ant-design\/|echarts)/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(offenders).toEqual([]);
  });

  it('keeps modules free of imports from pages, app and other modules', () => {
    const offenders = files
      .filter((f) => rel(f).startsWith('modules/'))
      .flatMap((f) => {
        const own = rel(f).split('/')[1];
        return localImports(f)
          .filter(
            (target) =>
              /^(pages|app)\//.test(target) ||
              (target.startsWith('modules/') && target.split('/')[1] !== own),
          )
          .map((target) => `${rel(f)} → ${target}`);
      });
    expect(offenders).toEqual([]);
  });

  it('imports the modules only through @openprovince/<module>/contracts', () => {
    const offenders = files.flatMap((f) =>
      specifiersOf(readFileSync(f, 'utf8'))
        .map(webImportProblem)
        .filter((p): p is string => !!p)
        .map((p) => `${rel(f)} → ${p}`),
    );
    expect(offenders).toEqual([]);
    // Planted: the module's door, the Fastify-bound platform and a module's internals are refused.
    expect(
      ['@openprovince/dossiers', '@openprovince/platform', '@openprovince/dossiers/src/x.ts', 'react'].map(
        webImportProblem,
      ),
    ).toEqual([
      '@openprovince/dossiers (only @openprovince/<module>/contracts)',
      '@openprovince/platform (only @openprovince/<module>/contracts)',
      '@openprovince/dossiers/src/x.ts (only @openprovince/<module>/contracts)',
      undefined,
    ]);
  });

  it("keeps the modules' contracts browser-safe (TypeBox, platform/schema, platform/workflow, other contracts)", () => {
    const contracts = contractFiles();
    expect(contracts.length).toBeGreaterThan(10);
    const offenders = contracts.flatMap((f) =>
      specifiersOf(readFileSync(f, 'utf8'))
        .map(contractImportProblem)
        .filter((p): p is string => !!p)
        .map((p) => `${relative(MODULES_DIR, f)} → ${p}`),
    );
    expect(offenders).toEqual([]);
    // Planted: the Fastify-bound barrel (also as a type import), node:* and a module's door are refused.
    const planted = [
      "import { Type } from '@openprovince/platform';",
      "const N = <T extends import('@openprovince/platform').TSchema>(t: T) => t;",
      "import { readFileSync } from 'node:fs';",
      "import { dossiersApi } from '@openprovince/dossiers';",
      "import { DOSSIER_STATES } from '@openprovince/dossiers/contracts';",
      "import { Type } from '@openprovince/platform/schema';",
    ].join('\n');
    expect(specifiersOf(planted).map(contractImportProblem)).toEqual([
      '@openprovince/platform',
      'node:fs',
      '@openprovince/dossiers',
      undefined,
      undefined,
      '@openprovince/platform',
    ]);
  });

  it('has no literal user-facing text in JSX (every string goes through i18n)', () => {
    const TEXT_ATTRIBUTES = new Set([
      'title',
      'aria-label',
      'placeholder',
      'alt',
      'label',
      'aria-description',
    ]);
    const offenders: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.tsx'))) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.TSX,
      );
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.getText())) {
          offenders.push(`${rel(file)}: text "${node.getText().trim()}"`);
        }
        if (
          ts.isJsxAttribute(node) &&
          TEXT_ATTRIBUTES.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}/u.test(node.initializer.text)
        ) {
          offenders.push(`${rel(file)}: ${node.name.getText()}="${node.initializer.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
    // Parses every .tsx file: seconds on a busy machine.
  }, 30_000);
});
