/**
 * `npm run new:module -- <name> --rank N`: a new module from the template (modules/_template), wired into
 * the composition root and the web app. What it does, step by step (docs/adding-a-module.md):
 *  1. copies modules/_template to modules/<name>, replacing the template's name in file names and contents
 *     (`starter-kit` → `<name>`, `starter_kit` → `<name_with_underscores>` (the PostgreSQL schema),
 *     `starterKit` → `<camelName>`, `StarterKit` → `<PascalName>`, `STARTER_KIT` → `<CONSTANT_NAME>`), and
 *     sets `openprovince.rank` to N in its package.json;
 *  2. apps/api/src/modules.ts: imports `<camelName>Module` and appends it to `export const MODULES = [...]`;
 *  3. apps/api/package.json: declares the new workspace as a dependency;
 *  4. apps/web: a screen stub (src/pages/<name>.page.tsx) and its route in src/app/router.tsx.
 * Then it tells what to run: npm install (links the workspace), npm run db:generate (the migration of the
 * module's table), the module's tests.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const TEMPLATE_DIR = 'modules/_template';
/** Files of the template that describe the template itself and are not copied. */
const TEMPLATE_ONLY = new Set(['README.md']);
const TEMPLATE_NAME = 'starter-kit';

export interface ModuleNames {
  /** `land-records`: folder, package, URLs, permissions. */
  kebab: string;
  /** `land_records`: the PostgreSQL schema. */
  snake: string;
  /** `landRecords`: `landRecordsModule`, `landRecordsApi`. */
  camel: string;
  /** `LandRecords`: `LandRecordsDeps`, `LandRecordsPage`. */
  pascal: string;
  /** `LAND_RECORDS`: `LAND_RECORDS_PERMISSIONS`. */
  constant: string;
}

export function namesOf(name: string): ModuleNames {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
    throw new Error(
      `"${name}" is not a module name: lower-case words separated by hyphens (e.g. land-records)`,
    );
  }
  const words = name.split('-');
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return {
    kebab: name,
    snake: words.join('_'),
    camel: words[0] + words.slice(1).map(cap).join(''),
    pascal: words.map(cap).join(''),
    constant: words.join('_').toUpperCase(),
  };
}

/** Replaces the template's name in every spelling. */
export function renameText(text: string, to: ModuleNames): string {
  const from = namesOf(TEMPLATE_NAME);
  return text
    .replaceAll(from.kebab, to.kebab)
    .replaceAll(from.snake, to.snake)
    .replaceAll(from.constant, to.constant)
    .replaceAll(from.pascal, to.pascal)
    .replaceAll(from.camel, to.camel);
}

function copyTemplate(root: string, names: ModuleNames, rank: number): string[] {
  const source = join(root, TEMPLATE_DIR);
  const target = join(root, 'modules', names.kebab);
  const created: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(source, rel))) {
      const from = posix.join(rel, entry);
      if (rel === '' && TEMPLATE_ONLY.has(entry)) continue;
      const to = renameText(from, names);
      if (statSync(join(source, from)).isDirectory()) {
        mkdirSync(join(target, to), { recursive: true });
        walk(from);
      } else {
        let text = renameText(readFileSync(join(source, from), 'utf8'), names);
        if (from === 'package.json') text = text.replace(/"rank": \d+/, `"rank": ${rank}`);
        mkdirSync(dirname(join(target, to)), { recursive: true });
        writeFileSync(join(target, to), text);
        created.push(posix.join('modules', names.kebab, to));
      }
    }
  };
  walk('');
  return created.sort();
}

/**
 * Adds `import { <camel>Module } from '@openprovince/<name>'` (in the sorted place among the package imports)
 * and appends `<camel>Module` to the `MODULES` array literal.
 */
export function addToModulesList(text: string, names: ModuleNames): string {
  const sf = ts.createSourceFile('modules.ts', text, ts.ScriptTarget.Latest, true);
  const manifest = `${names.camel}Module`;
  const specifier = `@openprovince/${names.kebab}`;
  let list: ts.ArrayLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'MODULES') {
      let init = node.initializer;
      while (
        init &&
        (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))
      ) {
        init = init.expression;
      }
      if (init && ts.isArrayLiteralExpression(init)) list = init;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!list) {
    throw new Error(
      'apps/api/src/modules.ts has no `export const MODULES = [...]` array: add ' +
        `\`import { ${manifest} } from '${specifier}';\` and ${manifest} to the list by hand`,
    );
  }
  if (list.elements.some((e) => ts.isIdentifier(e) && e.text === manifest)) {
    throw new Error(`${manifest} is already in MODULES`);
  }
  // Insert from the end of the file backwards so that positions stay valid.
  const last = list.elements.at(-1);
  const at = last ? last.getEnd() : list.getStart(sf) + 1;
  // One element per line when the list is written so (Biome's style for long lists), else inline.
  const multiline = last !== undefined && text.slice(at, list.getEnd()).includes('\n');
  const indent = last ? (/[ \t]*$/.exec(text.slice(0, last.getStart(sf)))?.[0] ?? '') : '';
  const entry = !last ? manifest : multiline ? `,\n${indent}${manifest}` : `, ${manifest}`;
  let out = `${text.slice(0, at)}${entry}${text.slice(at)}`;
  const imports = sf.statements.filter(ts.isImportDeclaration);
  const line = `import { ${manifest} } from '${specifier}';\n`;
  const next = imports.find((i) => {
    const s = (i.moduleSpecifier as ts.StringLiteral).text;
    return !s.startsWith('.') && s.localeCompare(specifier) > 0;
  });
  const lastPackage = [...imports]
    .reverse()
    .find((i) => !(i.moduleSpecifier as ts.StringLiteral).text.startsWith('.'));
  const insertAt = next ? next.getStart(sf) : lastPackage ? lastPackage.getEnd() + 1 : 0;
  out = `${out.slice(0, insertAt)}${line}${out.slice(insertAt)}`;
  return out;
}

/** Declares the new workspace in apps/api/package.json's dependencies (textually: keeps the formatting). */
export function addApiDependency(text: string, names: ModuleNames): string {
  const pkg = JSON.parse(text) as { dependencies?: Record<string, string> };
  const name = `@openprovince/${names.kebab}`;
  if (pkg.dependencies?.[name]) return text;
  const m = /"dependencies": \{\n/.exec(text);
  if (!m) throw new Error('apps/api/package.json has no dependencies object');
  const at = m.index + m[0].length;
  const out = `${text.slice(0, at)}    "${name}": "0.1.0",\n${text.slice(at)}`;
  JSON.parse(out);
  return out;
}

export function webPageStub(names: ModuleNames): string {
  return `import { PageHeading } from '../ui/page-heading.tsx';

/**
 * The ${names.kebab} screen, generated by \`npm run new:module\`: the route is in src/app/router.tsx; the page
 * reads the module's api through @openprovince/${names.kebab}/contracts types.
 */
export default function ${names.pascal}Page() {
  return <PageHeading intro="Mô-đun ${names.kebab} / The ${names.kebab} module">${names.kebab}</PageHeading>;
}
`;
}

/** The page's lazy import and its route (inside the officials' layout, before the catch-all). */
export function addWebRoute(text: string, names: ModuleNames): string {
  const page = `${names.pascal}Page`;
  const lazyLine = `const ${page} = lazy(() => import('../pages/${names.kebab}.page.tsx'));\n`;
  const notFound = text.indexOf('const NotFoundPage = lazy(');
  if (notFound < 0) throw new Error('router.tsx: no `const NotFoundPage = lazy(` to put the page before');
  let out = `${text.slice(0, notFound)}${lazyLine}${text.slice(notFound)}`;
  const catchAll = out.lastIndexOf('<Route path="*"');
  if (catchAll < 0) throw new Error('router.tsx: no catch-all <Route path="*"> to put the route before');
  const indent = /[ \t]*$/.exec(out.slice(0, catchAll))?.[0] ?? '';
  const route = `<Route path="/${names.kebab}" element={<RequireAuth><${page} /></RequireAuth>} />\n${indent}`;
  out = `${out.slice(0, catchAll)}${route}${out.slice(catchAll)}`;
  return out;
}

export interface GenerateResult {
  created: string[];
  changed: string[];
}

/** Everything but `npm install` and the migration; paths relative to `root`. */
export function generateModule(input: { root: string; name: string; rank: number }): GenerateResult {
  const { root, name, rank } = input;
  const names = namesOf(name);
  if (!Number.isInteger(rank) || rank < 1)
    throw new Error('--rank must be a whole number ≥ 1 (modules sit above packages)');
  if (!existsSync(join(root, TEMPLATE_DIR, 'package.json')))
    throw new Error(`no template at ${TEMPLATE_DIR}`);
  if (existsSync(join(root, 'modules', names.kebab)))
    throw new Error(`modules/${names.kebab} already exists`);

  const edits: Array<[string, (text: string) => string]> = [
    ['apps/api/src/modules.ts', (t) => addToModulesList(t, names)],
    ['apps/api/package.json', (t) => addApiDependency(t, names)],
    ['apps/web/src/app/router.tsx', (t) => addWebRoute(t, names)],
  ];
  // Compute every edit before writing anything: a failure leaves the tree as it was.
  const edited = edits.map(([path, edit]) => [path, edit(readFileSync(join(root, path), 'utf8'))] as const);
  const pagePath = `apps/web/src/pages/${names.kebab}.page.tsx`;
  if (existsSync(join(root, pagePath))) throw new Error(`${pagePath} already exists`);

  const created = copyTemplate(root, names, rank);
  for (const [path, text] of edited) {
    const tmp = join(root, `${path}.new-module.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, join(root, path));
  }
  mkdirSync(dirname(join(root, pagePath)), { recursive: true });
  writeFileSync(join(root, pagePath), webPageStub(names));
  return { created: [...created, pagePath].sort(), changed: edited.map(([p]) => p) };
}

function parseArgs(argv: string[]): { name: string; rank: number } {
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--rank');
  const r = argv.indexOf('--rank');
  const name = positional[0];
  if (!name || r < 0) throw new Error('usage: npm run new:module -- <name> --rank N');
  return { name, rank: Number(argv[r + 1]) };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const { name, rank } = parseArgs(process.argv.slice(2));
    const result = generateModule({ root, name, rank });
    const touched = [...result.created, ...result.changed];
    execFileSync('npx', ['biome', 'check', '--write', ...touched.filter((f) => /\.(tsx?|json)$/.test(f))], {
      cwd: root,
      stdio: 'inherit',
    });
    console.log(`created:\n  ${result.created.join('\n  ')}\nchanged:\n  ${result.changed.join('\n  ')}`);
    console.log(
      [
        '',
        'Next:',
        '  npm install                                   # links the new workspace',
        `  npm run db:generate -- --name=${namesOf(name).snake}   # the migration of its table (review the SQL)`,
        `  npx vitest run --project db modules/${name}   # its db test`,
        '  npm run check:architecture && npm run typecheck',
        'Recipe: docs/adding-a-module.md',
      ].join('\n'),
    );
  } catch (error) {
    console.error(`new:module: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
