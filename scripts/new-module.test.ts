import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToModulesList, generateModule, namesOf, renameText, TEMPLATE_DIR } from './new-module.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** apps/api/src/modules.ts in the shape of issue 10 §2 (the real one may not have the list yet). */
const MODULES_FIXTURE = `import { auditModule } from '@openprovince/audit';
import { dossiersModule } from '@openprovince/dossiers';
import { pkiModule } from '@openprovince/pki';
import { createPorts } from './ports.ts';

/** THE list of mounted modules, in rank order. Adding a module is one line here. */
export const MODULES = [
  auditModule,
  dossiersModule,
  pkiModule,
] as const;
`;

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}

describe('names', () => {
  it('spells a module name every way the template does', () => {
    expect(namesOf('land-records')).toEqual({
      kebab: 'land-records',
      snake: 'land_records',
      camel: 'landRecords',
      pascal: 'LandRecords',
      constant: 'LAND_RECORDS',
    });
    expect(() => namesOf('Land_Records')).toThrow(/not a module name/);
    expect(
      renameText(
        "starterKitModule STARTER_KIT_GRANTS pgSchema('starter_kit') StarterKitDeps starter-kit:write",
        namesOf('land-records'),
      ),
    ).toBe(
      "landRecordsModule LAND_RECORDS_GRANTS pgSchema('land_records') LandRecordsDeps land-records:write",
    );
  });

  it('adds the manifest to MODULES and its import in sorted place, and refuses a file without the list', () => {
    const out = addToModulesList(MODULES_FIXTURE, namesOf('land-records'));
    expect(out).toContain(
      "import { dossiersModule } from '@openprovince/dossiers';\nimport { landRecordsModule } from '@openprovince/land-records';\nimport { pkiModule }",
    );
    expect(out).toMatch(/pkiModule,\n {2}landRecordsModule,\n\] as const;/);
    expect(() => addToModulesList(out, namesOf('land-records'))).toThrow(/already/);
    expect(
      addToModulesList(
        "import { aModule } from '@openprovince/a';\nexport const MODULES = [aModule] as const;\n",
        namesOf('b'),
      ),
    ).toBe(
      "import { aModule } from '@openprovince/a';\nimport { bModule } from '@openprovince/b';\nexport const MODULES = [aModule, bModule] as const;\n",
    );
    expect(() => addToModulesList('export const GRANTS = [];\n', namesOf('x'))).toThrow(/MODULES/);
  });
});

describe('new:module on a copy of the tree', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'new-module-'));
    cpSync(join(repo, TEMPLATE_DIR), join(root, TEMPLATE_DIR), { recursive: true });
    for (const f of ['apps/api/package.json', 'apps/web/src/app/router.tsx', 'tsconfig.base.json']) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      cpSync(join(repo, f), join(root, f));
    }
    mkdirSync(join(root, 'apps/api/src'), { recursive: true });
    writeFileSync(join(root, 'apps/api/src/modules.ts'), MODULES_FIXTURE);
    // The generated module resolves @openprovince/* (and drizzle, typebox …) from the repository's packages.
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('copies the template with every name replaced, and wires the api and the web app', () => {
    const result = generateModule({ root, name: 'land-records', rank: 5 });
    expect(result.changed).toEqual([
      'apps/api/src/modules.ts',
      'apps/api/package.json',
      'apps/web/src/app/router.tsx',
    ]);
    expect(result.created).toContain('modules/land-records/src/module.ts');
    expect(result.created).toContain('modules/land-records/src/land-records.db.test.ts');
    expect(result.created).toContain('apps/web/src/pages/land-records.page.tsx');
    expect(result.created).not.toContain('modules/land-records/README.md');

    const dir = join(root, 'modules/land-records');
    for (const f of listFiles(dir)) {
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/starter|Starter|STARTER/);
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: '@openprovince/land-records', openprovince: { rank: 5 } });
    expect(readFileSync(join(dir, 'src/module.ts'), 'utf8')).toContain(
      'export const landRecordsModule = defineModule',
    );
    expect(readFileSync(join(dir, 'src/index.ts'), 'utf8')).toContain(
      "export { landRecordsModule } from './module.ts';",
    );
    expect(readFileSync(join(dir, 'src/db/schema.ts'), 'utf8')).toContain("pgSchema('land_records')");

    const modules = readFileSync(join(root, 'apps/api/src/modules.ts'), 'utf8');
    expect(modules).toContain("import { landRecordsModule } from '@openprovince/land-records';");
    expect(modules).toMatch(/pkiModule,\n {2}landRecordsModule,\n\] as const;/);
    expect(JSON.parse(readFileSync(join(root, 'apps/api/package.json'), 'utf8')).dependencies).toMatchObject({
      '@openprovince/land-records': '0.1.0',
    });
    const router = readFileSync(join(root, 'apps/web/src/app/router.tsx'), 'utf8');
    expect(router).toContain("const LandRecordsPage = lazy(() => import('../pages/land-records.page.tsx'));");
    expect(router).toMatch(
      /<Route path="\/land-records" element=\{<RequireAuth><LandRecordsPage \/><\/RequireAuth>\} \/>\s*<Route path="\*"/,
    );

    expect(() => generateModule({ root, name: 'land-records', rank: 5 })).toThrow(/already exists/);
  });

  it('generates a module that compiles', () => {
    const dir = join(root, 'modules/land-records');
    const files = listFiles(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(dir, f));
    const base = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.base.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    );
    const program = ts.createProgram(files, { ...base?.options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  }, 180_000);
});
