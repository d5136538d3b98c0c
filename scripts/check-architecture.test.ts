import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  camelName,
  checkImports,
  checkProject,
  formatViolation,
  loadWorkspaces,
  normalizeExports,
  parseImportBindings,
  parseImports,
  rankOf,
  resolveExport,
  runChecks,
  type Workspace,
  workspaceFromPackageJson,
} from './check-architecture.ts';

/** The fixture's ranks, as each package.json would declare them. */
const FIXTURE_RANKS: Record<string, number> = {
  platform: 0,
  db: 0,
  testing: 0,
  audit: 1,
  geography: 2,
  identity: 3,
  calendar: 3,
  dossiers: 4,
  x: 4,
  leaky: 4,
  reporting: 5,
  api: 6,
  web: 6,
};

function ws(
  dir: string,
  name: string,
  declared: string[] = [],
  exports: unknown = {
    '.': './src/index.ts',
    './contracts': './src/contracts/index.ts',
  },
): Workspace {
  return workspaceFromPackageJson(dir, {
    name: `@openprovince/${name}`,
    exports,
    dependencies: Object.fromEntries(declared.map((d) => [`@openprovince/${d}`, '0.1.0'])),
    openprovince: { rank: FIXTURE_RANKS[name] },
  });
}

const workspaces: Workspace[] = [
  ws('packages/platform', 'platform', [], { '.': './src/index.ts' }),
  ws('packages/db', 'db', ['platform'], { '.': './src/index.ts' }),
  ws('packages/testing', 'testing', ['platform', 'db'], { '.': './src/index.ts' }),
  ws('modules/audit', 'audit', ['platform', 'db', 'testing']),
  ws('modules/geography', 'geography', ['platform', 'db', 'audit']),
  ws('modules/identity', 'identity', ['platform', 'db', 'audit', 'geography', 'api']),
  ws('modules/calendar', 'calendar', ['platform', 'identity', 'dossiers']),
  // (a fixture: the real calendar depends on neither identity nor dossiers)
  ws('modules/dossiers', 'dossiers', ['platform', 'calendar', 'identity']),
  ws('modules/reporting', 'reporting', ['dossiers', 'calendar']),
  ws('apps/api', 'api', ['platform', 'identity', 'reporting', 'testing'], { '.': './src/app.ts' }),
  ws('apps/web', 'web', ['identity', 'calendar', 'platform'], undefined),
];
const ctx = { workspaces };

/** Checks one file with the given import lines; returns the rules that fired. */
function rules(file: string, ...lines: string[]): string[] {
  return checkImports(file, parseImports(lines.join('\n'), file), ctx).map((v) => v.rule);
}

describe('parseImports', () => {
  it('finds static, re-export, side-effect, dynamic, type-position and require imports with lines', () => {
    const src = [
      "import { a } from './a.ts';",
      "import type { B } from '@openprovince/identity/contracts';",
      "export * from './c.ts';",
      "export { d } from '@openprovince/platform';",
      "import 'reflect-metadata';",
      "const e = await import('./e.ts');",
      "type F = import('@openprovince/audit').AuditEntry;",
      "const g = require('node:fs');",
      "import h = require('./h');",
      'const notAnImport = \'import x from "./nope.ts"\';',
      'const dynamicWithVariable = await import(someName);',
    ].join('\n');
    expect(parseImports(src)).toEqual([
      { specifier: './a.ts', line: 1 },
      { specifier: '@openprovince/identity/contracts', line: 2 },
      { specifier: './c.ts', line: 3 },
      { specifier: '@openprovince/platform', line: 4 },
      { specifier: 'reflect-metadata', line: 5 },
      { specifier: './e.ts', line: 6 },
      { specifier: '@openprovince/audit', line: 7 },
      { specifier: 'node:fs', line: 8 },
      { specifier: './h', line: 9 },
    ]);
  });

  it('parses TSX', () => {
    const src =
      "import { X } from '@openprovince/identity/contracts';\nexport const C = () => <div>{X}</div>;";
    expect(parseImports(src, 'apps/web/src/c.tsx')).toEqual([
      { specifier: '@openprovince/identity/contracts', line: 1 },
    ]);
  });
});

describe('exports', () => {
  it('normalizes strings, condition objects and subpath maps', () => {
    expect(normalizeExports('./src/index.ts')).toEqual({ '.': './src/index.ts' });
    expect(normalizeExports({ import: './a.ts', types: './a.d.ts' })).toEqual({ '.': './a.ts' });
    expect(normalizeExports({ '.': { default: './x.ts' }, './y': './y.ts' })).toEqual({
      '.': './x.ts',
      './y': './y.ts',
    });
    expect(normalizeExports(undefined)).toEqual({});
  });

  it('resolves exact subpaths and star patterns', () => {
    const w = ws('modules/x', 'x', [], { '.': './src/index.ts', './contracts/*': './src/contracts/*.ts' });
    expect(resolveExport(w, '.')).toEqual({ target: './src/index.ts' });
    expect(resolveExport(w, './contracts/person')).toEqual({ target: './src/contracts/person.ts' });
    expect(resolveExport(w, './src/index.ts')).toBeUndefined();
  });
});

describe('ranks', () => {
  it('follows platform/db/testing 0, audit 1, geography 2, identity and calendar 3, modules 4, reporting 5, apps 6', () => {
    const rank = (n: string) => rankOf(workspaces.find((w) => w.name === `@openprovince/${n}`));
    expect(
      ['platform', 'db', 'testing', 'audit', 'geography', 'identity', 'calendar', 'dossiers'].map(rank),
    ).toEqual([0, 0, 0, 1, 2, 3, 3, 4]);
    expect(['reporting', 'api', 'web'].map(rank)).toEqual([5, 6, 6]);
  });

  it('reads the rank from package.json only: without one, the rank is unknown (and reported)', () => {
    const w = workspaceFromPackageJson('modules/dossiers', { name: '@openprovince/dossiers' });
    expect(w.rank).toBeUndefined();
    expect(rankOf(w)).toBeNaN();
  });
});

describe('boundary rule', () => {
  it('allows package names through exported subpaths', () => {
    expect(
      rules(
        'modules/identity/src/use-cases/x.ts',
        "import { a } from '@openprovince/geography';",
        "import type { T } from '@openprovince/audit/contracts';",
        "import { b } from '../repositories/y.ts';",
        "import fastify from 'fastify';",
      ),
    ).toEqual([]);
  });

  it('rejects subpaths that exports does not declare', () => {
    const v = checkImports(
      'modules/identity/src/x.ts',
      parseImports("import { a } from '@openprovince/geography/src/use-cases/a.ts';"),
      ctx,
    );
    expect(v).toHaveLength(1);
    expect(v[0]?.rule).toBe('boundary');
    expect(v[0]?.message).toContain('not exported by @openprovince/geography');
  });

  it('rejects relative imports that leave the workspace, and unknown workspaces', () => {
    expect(rules('modules/identity/src/x.ts', "import { a } from '../../geography/src/index.ts';")).toEqual([
      'boundary',
    ]);
    expect(rules('scripts/x.ts', "import { a } from '../packages/testing/src/bench.ts';")).toEqual([
      'boundary',
    ]);
    expect(rules('modules/identity/src/x.ts', "import { a } from '@openprovince/nothing';")).toEqual([
      'boundary',
    ]);
  });

  it('lets scripts and e2e import anything exported, and each other relatively', () => {
    expect(
      rules(
        'scripts/bench.ts',
        "import type { Benchmark } from '@openprovince/testing';",
        "import { x } from './lib/x.ts';",
      ),
    ).toEqual([]);
    expect(rules('e2e/login.e2e.test.ts', "import { buildApp } from '@openprovince/api';")).toEqual([]);
  });
});

describe('rank rule', () => {
  it('rejects imports of the same or a higher rank', () => {
    expect(rules('modules/audit/src/x.ts', "import { a } from '@openprovince/identity';")).toEqual([
      'rank',
      'declared',
    ]);
    expect(rules('modules/calendar/src/x.ts', "import { a } from '@openprovince/dossiers';")).toEqual([
      'rank',
    ]);
    expect(rules('packages/platform/src/x.ts', "import { a } from '@openprovince/db';")).toEqual([
      'rank',
      'declared',
    ]);
  });

  it('allows the ordered rank-0 edges and explicitly allow-listed edges', () => {
    expect(rules('packages/db/src/x.ts', "import { a } from '@openprovince/platform';")).toEqual([]);
    const allowCtx = {
      workspaces,
      allowedEdges: [{ from: '@openprovince/calendar', to: '@openprovince/dossiers', reason: 'test' }],
    };
    expect(
      checkImports('modules/calendar/src/x.ts', parseImports("import '@openprovince/dossiers';"), allowCtx),
    ).toEqual([]);
  });

  it('lets tests import @openprovince/api whatever their rank', () => {
    expect(
      rules('modules/identity/src/routes.db.test.ts', "import { buildApp } from '@openprovince/api';"),
    ).toEqual([]);
    expect(rules('modules/identity/src/routes.ts', "import { buildApp } from '@openprovince/api';")).toEqual([
      'rank',
    ]);
  });
});

describe('testing rule', () => {
  it('allows @openprovince/testing from tests, bench files and scripts only', () => {
    const imp = "import { createTestDatabase } from '@openprovince/testing';";
    expect(rules('modules/audit/src/audit.db.test.ts', imp)).toEqual([]);
    expect(rules('modules/audit/test/helpers.ts', imp)).toEqual([]);
    expect(rules('modules/audit/bench/chain.bench.ts', imp)).toEqual([]);
    expect(rules('scripts/bench.ts', imp)).toEqual([]);
    expect(rules('modules/audit/src/use-cases/x.ts', imp)).toEqual(['testing']);
  });
});

describe('test support', () => {
  const withSupport = [
    ...workspaces.filter((w) => w.name !== '@openprovince/identity'),
    ws('modules/identity', 'identity', ['platform', 'db', 'audit', 'geography', 'testing'], {
      '.': './src/index.ts',
      './testing': './src/testing/index.ts',
    }),
  ];
  const check = (file: string, line: string) =>
    checkImports(file, parseImports(line), { workspaces: withSupport }).map((v) => v.rule);

  it('treats src/testing/ as test code: it may use the schema and @openprovince/testing', () => {
    expect(
      check('modules/identity/src/testing/index.ts', "import { agencies } from '../db/schema.ts';"),
    ).toEqual([]);
    expect(
      check('modules/identity/src/testing/index.ts', "import { t } from '@openprovince/testing';"),
    ).toEqual([]);
  });

  it('lets only tests, bench files and scripts import test support', () => {
    const imp = "import { makeOfficial } from '@openprovince/identity/testing';";
    expect(check('modules/dossiers/src/dossiers.db.test.ts', imp)).toEqual([]);
    expect(check('modules/dossiers/src/use-cases/x.ts', imp)).toEqual(['testing']);
    expect(check('modules/identity/src/seed.ts', "import { x } from './testing/index.ts';")).toEqual([
      'testing',
    ]);
  });
});

describe('schema rule', () => {
  const imp = "import { things } from '../db/schema.ts';";
  it('allows repositories, src/db and tests of the same module', () => {
    expect(rules('modules/audit/src/repositories/things.repository.ts', imp)).toEqual([]);
    expect(rules('modules/audit/src/db/relations.ts', "import { things } from './schema.ts';")).toEqual([]);
    expect(rules('modules/audit/src/use-cases/x.test.ts', imp)).toEqual([]);
  });

  it('rejects use cases, routes and other modules', () => {
    expect(rules('modules/audit/src/use-cases/x.ts', imp)).toEqual(['schema']);
    expect(rules('modules/audit/src/routes/x.routes.ts', "import * as s from '../db/schema';")).toEqual([
      'schema',
    ]);
    expect(
      rules('modules/identity/src/repositories/x.ts', "import { a } from '../../../audit/src/db/schema.ts';"),
    ).toEqual(['boundary', 'schema']);
  });

  it('also catches a schema exported through package.json', () => {
    const leaky = [...workspaces, ws('modules/leaky', 'leaky', [], { './schema': './src/db/schema.ts' })];
    const v = checkImports(
      'modules/dossiers/src/repositories/x.ts',
      parseImports("import { t } from '@openprovince/leaky/schema';"),
      { workspaces: leaky },
    );
    expect(v.map((x) => x.rule)).toEqual(['rank', 'declared', 'schema']);
  });
});

describe('web rule', () => {
  it('allows only module contracts', () => {
    expect(
      rules('apps/web/src/pages/login.tsx', "import { LoginBody } from '@openprovince/identity/contracts';"),
    ).toEqual([]);
    expect(rules('apps/web/src/pages/login.tsx', "import { login } from '@openprovince/identity';")).toEqual([
      'web',
    ]);
    expect(rules('apps/web/src/pages/x.tsx', "import { Type } from '@openprovince/platform';")).toEqual([
      'web',
    ]);
  });

  it('keeps ui/ independent of modules/', () => {
    expect(rules('apps/web/src/ui/button.tsx', "import { x } from '../modules/identity/page.tsx';")).toEqual([
      'web',
    ]);
    expect(
      rules('apps/web/src/modules/identity/page.tsx', "import { Button } from '../../ui/button.tsx';"),
    ).toEqual([]);
  });
});

describe('declared rule', () => {
  it('requires every imported workspace in package.json', () => {
    expect(rules('modules/geography/src/x.ts', "import { a } from '@openprovince/audit';")).toEqual([]);
    expect(rules('modules/geography/src/x.test.ts', "import { t } from '@openprovince/testing';")).toEqual([
      'declared',
    ]);
    expect(rules('apps/web/src/x.tsx', "import { a } from '@openprovince/geography/contracts';")).toEqual([
      'declared',
    ]);
  });
});

describe('checkProject', () => {
  it('reports violations sorted, formatted as file:line: message', () => {
    const v = checkProject(
      [
        { path: 'modules/geography/src/b.ts', text: "\n\nimport { a } from '@openprovince/identity';" },
        { path: 'modules/audit/src/a.ts', text: "import { a } from './db/schema.ts';" },
      ],
      ctx,
    );
    expect(v.map(formatViolation)).toEqual([
      "modules/audit/src/a.ts:1: only modules/audit/src/repositories/, src/db/ and tests may import db/schema.ts ('./db/schema.ts') [schema]",
      'modules/geography/src/b.ts:3: @openprovince/geography (rank 2) may not import @openprovince/identity (rank 3): dependencies point to lower ranks only (add an allow-listed edge with a reason if it must) [rank]',
      'modules/geography/src/b.ts:3: @openprovince/identity is imported but not declared in modules/geography/package.json dependencies [declared]',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Module shape rules, on a planted tree on disk

let roots: string[] = [];
afterEach(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  roots = [];
});

/** A repository with platform and one module `work-log` in the canonical layout, plus `extra` files. */
function plantTree(extra: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'arch-'));
  roots.push(root);
  const pkg = (name: string, rank: number | undefined, exportsField: unknown, deps: string[] = []) =>
    JSON.stringify({
      name: `@openprovince/${name}`,
      exports: exportsField,
      dependencies: Object.fromEntries(deps.map((d) => [`@openprovince/${d}`, '0.1.0'])),
      ...(rank === undefined ? {} : { openprovince: { rank } }),
    });
  const files: Record<string, string | null> = {
    'package.json': JSON.stringify({ workspaces: ['packages/*', 'modules/*', 'apps/*'] }),
    'packages/platform/package.json': pkg('platform', 0, {
      '.': './src/index.ts',
      './schema': './src/schema/index.ts',
    }),
    'packages/platform/src/index.ts': 'export const x = 1;\n',
    'packages/platform/src/schema/index.ts': 'export const Type = {};\n',
    'modules/work-log/package.json': pkg(
      'work-log',
      4,
      { '.': './src/index.ts', './contracts': './src/contracts/index.ts' },
      ['platform'],
    ),
    'modules/work-log/src/module.ts': 'export const workLogModule = { name: "work-log" };\n',
    'modules/work-log/src/index.ts':
      "export { workLogModule } from './module.ts';\nexport { workLogApi, unusedHelper } from './api.ts';\n",
    'modules/work-log/src/api.ts': 'export const workLogApi = {};\nexport function unusedHelper() {}\n',
    'modules/work-log/src/contracts/index.ts':
      "import { Type } from '@openprovince/platform/schema';\nexport * from './entry.ts';\nexport const E = Type;\n",
    'modules/work-log/src/contracts/entry.ts':
      "import { Type } from 'typebox';\nexport const Entry = Type;\n",
    'modules/work-log/src/domain/rules.ts': 'export const r = 1;\n',
    'modules/work-log/src/work-log.db.test.ts': "import { x } from '@openprovince/platform';\n",
    'apps/api/package.json': pkg('api', 6, { '.': './src/index.ts' }, ['platform', 'work-log']),
    'apps/api/src/index.ts': "import { workLogModule, workLogApi } from '@openprovince/work-log';\n",
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const check = (root: string) => runChecks(root, { pendingModules: [] });
const failures = (root: string) => check(root).violations.map((v) => `${v.file} [${v.rule}]`);

describe('module shape rules (planted trees)', () => {
  it('passes the canonical tree', () => {
    expect(check(plantTree()).violations).toEqual([]);
  });

  it('requires a rank in every package.json (no table of ranks in the script)', () => {
    const root = plantTree({
      'packages/platform/package.json': JSON.stringify({
        name: '@openprovince/platform',
        exports: './src/index.ts',
      }),
    });
    expect(failures(root)).toContain('packages/platform/package.json [rank]');
  });

  it('manifest: fails without src/module.ts, without the <camelName>Module export, or without the re-export', () => {
    expect(camelName('work-log')).toBe('workLog');
    expect(failures(plantTree({ 'modules/work-log/src/module.ts': null }))).toEqual([
      'modules/work-log/src/module.ts [manifest]',
    ]);
    expect(
      failures(plantTree({ 'modules/work-log/src/module.ts': 'export const worklogModule = {};\n' })),
    ).toEqual(['modules/work-log/src/module.ts [manifest]']);
    expect(
      failures(plantTree({ 'modules/work-log/src/index.ts': "export { workLogApi } from './api.ts';\n" })),
    ).toEqual(['modules/work-log/src/index.ts [manifest]']);
    // `export *` from the manifest counts as re-exporting it.
    expect(
      failures(plantTree({ 'modules/work-log/src/index.ts': "export * from './module.ts';\n" })),
    ).toEqual([]);
  });

  it('layout: fails on a src/ entry outside the canonical set, accepts tests at the top level', () => {
    expect(
      failures(
        plantTree({
          'modules/work-log/src/internal/helper.ts': 'export const h = 1;\n',
          'modules/work-log/src/presenters.ts': 'export const p = 1;\n',
        }),
      ),
    ).toEqual(['modules/work-log/src/internal [layout]', 'modules/work-log/src/presenters.ts [layout]']);
  });

  it('contracts: fails on the platform barrel, node:*, server files and other workspaces outside /contracts', () => {
    const planted = plantTree({
      'modules/work-log/src/contracts/bad.ts': [
        "import { x } from '@openprovince/platform';",
        "import { readFileSync } from 'node:fs';",
        "import { r } from '../domain/rules.ts';",
        "import { workLogApi } from '@openprovince/work-log';",
        "import { Type } from '@openprovince/platform/schema';",
        "import { Value } from 'typebox/value';",
        "import { Entry } from './entry.ts';",
      ].join('\n'),
    });
    const v = check(planted).violations.filter((x) => x.rule === 'contracts');
    expect(v.map((x) => x.line)).toEqual([1, 2, 3, 4]);
  });

  it('exempts PENDING_MODULES from manifest, layout and contracts (not from ranks)', () => {
    const root = plantTree({
      'modules/work-log/src/module.ts': null,
      'modules/work-log/src/internal/x.ts': 'export const h = 1;\n',
      'modules/work-log/src/contracts/bad.ts': "import 'node:fs';\n",
    });
    expect(runChecks(root, { pendingModules: ['work-log'] }).violations).toEqual([]);
  });

  it('door width: warns (without failing) about each door export no other workspace imports', () => {
    const result = check(plantTree());
    expect(result.violations).toEqual([]);
    expect(result.doors).toEqual([
      {
        module: 'work-log',
        door: 'modules/work-log/src/index.ts',
        exports: ['unusedHelper', 'workLogApi', 'workLogModule'],
        unused: ['unusedHelper'],
      },
    ]);
    expect(result.warnings.join('\n')).toContain(
      'modules/work-log/src/index.ts: 1 of 3 exports not imported by any other workspace',
    );
  });

  it('door width: its own imports do not count; a namespace import counts as using everything', () => {
    const own = check(
      plantTree({
        'apps/api/src/index.ts': "import { workLogModule } from '@openprovince/work-log';\n",
        'modules/work-log/src/x.test.ts': "import { workLogApi } from '@openprovince/work-log';\n",
      }),
    );
    expect(own.doors[0]?.unused).toEqual(['unusedHelper', 'workLogApi']);
    const ns = check(
      plantTree({ 'apps/api/src/index.ts': "import * as w from '@openprovince/work-log';\n" }),
    );
    expect(ns.doors[0]?.unused).toEqual([]);
  });
});

describe('the module template', () => {
  it('is not a workspace (excluded with !modules/_template) but is checked like a migrated module', () => {
    const root = plantTree({
      'package.json': JSON.stringify({
        workspaces: ['packages/*', 'modules/*', '!modules/_template', 'apps/*'],
      }),
      'modules/_template/package.json': JSON.stringify({
        name: '@openprovince/starter-kit',
        exports: { '.': './src/index.ts' },
        openprovince: { rank: 4 },
      }),
      'modules/_template/src/index.ts': "export { starterKitModule } from './module.ts';\n",
      'modules/_template/src/module.ts': 'export const starterKitModule = {};\n',
      'modules/_template/src/internal/x.ts': 'export const x = 1;\n',
    });
    expect(loadWorkspaces(root).map((w) => w.dir)).not.toContain('modules/_template');
    expect(loadWorkspaces(root, { withTemplate: true }).map((w) => w.name)).toContain(
      '@openprovince/starter-kit',
    );
    // Checked even though every real module were pending.
    expect(
      runChecks(root, { pendingModules: ['work-log'] }).violations.map((v) => `${v.file} [${v.rule}]`),
    ).toEqual(['modules/_template/src/internal [layout]']);
  });
});

describe('parseImportBindings', () => {
  it('names what each import takes', () => {
    const src = [
      "import d, { a, b as c, type T } from 'm1';",
      "import * as ns from 'm2';",
      "export { e as f } from 'm3';",
      "type X = import('m4').Y.Z;",
      "import 'm5';",
    ].join('\n');
    expect(parseImportBindings(src)).toEqual([
      { specifier: 'm1', names: ['default', 'a', 'b', 'T'] },
      { specifier: 'm2', names: '*' },
      { specifier: 'm3', names: ['e'] },
      { specifier: 'm4', names: ['Y'] },
    ]);
  });
});
