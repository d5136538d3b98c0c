/**
 * Architecture check (`npm run check:architecture`). Scans every import in the workspaces' sources, tests,
 * benchmarks, e2e/ and scripts/, and enforces the rules below. Prints `file:line: message` per violation and
 * exits 1 if there is any.
 *
 * Rules (see docs/CONVENTIONS.md):
 *  - boundary:  another workspace is imported by its package name only, through a subpath its package.json
 *               `exports` declares; a relative import never leaves its workspace (scripts/ and e2e/ count as
 *               the root, which is not a workspace either).
 *  - rank:      every workspace declares `"openprovince": { "rank": N }` in its package.json (missing: a
 *               violation) and imports only workspaces of lower rank. Same-rank imports need an entry in
 *               ALLOWED_EDGES, with a reason. scripts/ and e2e/ sit above everything.
 *  - testing:   @openprovince/testing, and a workspace's test support (`src/testing/`, exported as
 *               `@openprovince/<name>/testing`), are imported only from tests, bench files and scripts.
 *               Test support counts as test code itself (it may import db/schema.ts and @openprovince/testing).
 *  - api-in-tests: tests (and only tests) may import @openprovince/api whatever their rank, to build the
 *               HTTP app for route tests. The importing workspace still declares it (devDependencies).
 *  - schema:    `src/db/schema.ts` is imported only from its own workspace's src/repositories/, src/db/ and tests.
 *  - web:       apps/web/src imports only `@openprovince/<module>/contracts` (everything else, platform
 *               included, pulls in server code such as fastify); apps/web/src/ui/ does not import
 *               apps/web/src/modules/.
 *  - declared:  every imported @openprovince/* package is declared in the importer's package.json
 *               (dependencies, devDependencies, peerDependencies or optionalDependencies). The root
 *               (scripts/, e2e/) is exempt: it links every workspace.
 *  - manifest:  every modules/* workspace has `src/module.ts` exporting `<camelName>Module` and `src/index.ts`
 *               re-exports it (the composition root loops over these manifests).
 *  - layout:    a module's `src/` holds only the canonical entries (CANONICAL_SRC_ENTRIES) and test files.
 *  - contracts: files under a module's `src/contracts/` are browser-safe: they import only
 *               CONTRACTS_MAY_IMPORT, other workspaces' `/contracts`, and relative files inside contracts/.
 *  - door width (warning, not a failure): each export of a module's `src/index.ts` that no other workspace
 *               imports is listed, with a count per module; a summary of exports per door is printed.
 * manifest, layout and contracts skip PENDING_MODULES (modules still being moved into the canonical layout).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const SCOPE = '@openprovince/';

/** Rank of code outside the workspaces (scripts/, e2e/): above everything. */
export const ROOT_RANK = 100;

export interface AllowedEdge {
  from: string;
  to: string;
  reason: string;
}

/**
 * Imports between workspaces of the same rank that are allowed anyway. Every entry needs a reason.
 * Rank-4 modules may import each other only through an entry here.
 */
export const ALLOWED_EDGES: readonly AllowedEdge[] = [
  {
    from: '@openprovince/db',
    to: '@openprovince/platform',
    reason: 'rank 0 is itself ordered platform → db → testing: db raises platform errors',
  },
  {
    from: '@openprovince/testing',
    to: '@openprovince/platform',
    reason: 'rank 0 is itself ordered platform → db → testing: test helpers build actors and contexts',
  },
  {
    from: '@openprovince/testing',
    to: '@openprovince/db',
    reason: 'rank 0 is itself ordered platform → db → testing: test databases are db handles',
  },
];

export type RuleId =
  | 'boundary'
  | 'rank'
  | 'testing'
  | 'schema'
  | 'web'
  | 'declared'
  | 'manifest'
  | 'layout'
  | 'contracts';

/**
 * Modules not yet moved into the canonical layout (docs/CONVENTIONS.md): exempt from the manifest, layout and
 * contracts rules until they land. Remove a module from this list in the commit that migrates it; the list
 * is meant to become empty.
 */
export const PENDING_MODULES: readonly string[] = [];

/** What a module's `src/` may hold at its top level, besides test files (docs/CONVENTIONS.md). */
export const CANONICAL_SRC_ENTRIES: ReadonlySet<string> = new Set([
  'index.ts',
  'module.ts',
  'api.ts',
  'deps.ts',
  'policies.ts',
  'statistics.ts',
  'jobs.ts',
  // The module's `npx openprovince <group>` commands, referenced by the manifest's `cli`.
  'cli.ts',
  'contracts',
  'db',
  'repositories',
  'use-cases',
  'routes',
  'domain',
  'adapters',
  'seed',
  'testing',
]);

/** Besides other workspaces' `/contracts` and relative files inside contracts/, what contracts may import. */
export const CONTRACTS_MAY_IMPORT: readonly string[] = [
  '@openprovince/platform/schema',
  '@openprovince/platform/workflow',
  'typebox',
];

export interface Workspace {
  /** Package name, e.g. `@openprovince/identity`. */
  name: string;
  /** Directory relative to the repository root, posix separators, e.g. `modules/identity`. */
  dir: string;
  /** Subpath → target file relative to `dir` (e.g. `./contracts` → `./src/contracts/index.ts`), from `exports`. */
  exports: Record<string, string | null>;
  /** Every package name declared in dependencies, devDependencies, peerDependencies, optionalDependencies. */
  declared: string[];
  /** `openprovince.rank` of its package.json, when declared. */
  rank?: number;
}

export interface ImportRef {
  specifier: string;
  /** 1-based. */
  line: number;
}

export interface Violation {
  file: string;
  line: number;
  rule: RuleId;
  message: string;
}

export interface SourceText {
  /** Relative to the repository root, posix separators. */
  path: string;
  text: string;
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

function scriptKind(fileName: string): ts.ScriptKind {
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (fileName.endsWith('.jsx')) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/.test(fileName)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/**
 * Every module specifier in the file: `import … from`, side-effect `import '…'`, `export … from`,
 * `import('…')` (calls and type positions), `import x = require('…')` and `require('…')`.
 */
export function parseImports(text: string, fileName = 'file.ts'): ImportRef[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const found: ImportRef[] = [];
  const add = (node: ts.Node | undefined): void => {
    if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
      found.push({
        specifier: node.text,
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression);
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isDynamicImport || isRequire) && node.arguments.length > 0) add(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Workspaces

/** Reads a package.json `exports` field into subpath → target (null when no plain target can be found). */
export function normalizeExports(exportsField: unknown, main?: string): Record<string, string | null> {
  const target = (value: unknown): string | null => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(target).find((t) => t !== null) ?? null;
    if (value && typeof value === 'object') {
      const conditions = value as Record<string, unknown>;
      for (const key of ['import', 'node', 'default', 'types']) {
        if (key in conditions) {
          const t = target(conditions[key]);
          if (t !== null) return t;
        }
      }
      for (const v of Object.values(conditions)) {
        const t = target(v);
        if (t !== null) return t;
      }
    }
    return null;
  };
  // Without `exports`, nothing is declared: the package is not meant to be imported (e.g. apps/web).
  if (exportsField === undefined) return main ? { '.': main } : {};
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) return { '.': target(exportsField) };
  if (exportsField && typeof exportsField === 'object') {
    const entries = Object.entries(exportsField as Record<string, unknown>);
    // An object whose keys are conditions (no leading dot) describes the root export only.
    if (entries.length > 0 && entries.every(([k]) => !k.startsWith('.')))
      return { '.': target(exportsField) };
    return Object.fromEntries(entries.filter(([k]) => k.startsWith('.')).map(([k, v]) => [k, target(v)]));
  }
  return {};
}

export function workspaceFromPackageJson(dir: string, pkg: Record<string, unknown>): Workspace {
  const declared = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = pkg[field];
    if (deps && typeof deps === 'object') for (const name of Object.keys(deps)) declared.add(name);
  }
  return {
    name: String(pkg.name ?? dir),
    dir,
    exports: normalizeExports(pkg.exports, typeof pkg.main === 'string' ? pkg.main : undefined),
    declared: [...declared].sort(),
    ...(typeof (pkg.openprovince as { rank?: unknown } | undefined)?.rank === 'number'
      ? { rank: (pkg.openprovince as { rank: number }).rank }
      : {}),
  };
}

/**
 * The workspace's declared rank; NaN when it declares none (compares false both ways, so only the missing
 * rank itself is reported, by `checkWorkspaces`).
 */
export function rankOf(ws: Workspace | undefined): number {
  if (!ws) return ROOT_RANK;
  return ws.rank ?? Number.NaN;
}

/** Resolves a subpath against exports (exact keys, then `*` patterns). Undefined when not exported. */
export function resolveExport(ws: Workspace, subpath: string): { target: string | null } | undefined {
  if (subpath in ws.exports) return { target: ws.exports[subpath] ?? null };
  for (const [key, target] of Object.entries(ws.exports)) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= key.length - 1) {
      const matched = subpath.slice(prefix.length, subpath.length - suffix.length);
      return { target: target ? target.replaceAll('*', matched) : null };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Classifying files

/** Test-support code inside a workspace: `src/testing/` (factories other modules' tests import via `/testing`). */
export function isTestSupportFile(path: string): boolean {
  return /^(packages|modules|apps)\/[^/]+\/src\/testing\//.test(path);
}

/** Tests: `*.test.ts` (db and e2e included), e2e/, a workspace's test/ folder, and test support. */
export function isTestFile(path: string): boolean {
  return (
    /\.test\.[cm]?[jt]sx?$/.test(path) ||
    path.startsWith('e2e/') ||
    /^(packages|modules|apps)\/[^/]+\/test\//.test(path) ||
    isTestSupportFile(path)
  );
}

export function isBenchFile(path: string): boolean {
  return /\.bench\.[cm]?[jt]sx?$/.test(path) || /^(packages|modules|apps)\/[^/]+\/bench\//.test(path);
}

export function isScriptFile(path: string): boolean {
  return path.startsWith('scripts/');
}

export function workspaceOfPath(path: string, workspaces: readonly Workspace[]): Workspace | undefined {
  let best: Workspace | undefined;
  for (const ws of workspaces) {
    if ((path === ws.dir || path.startsWith(`${ws.dir}/`)) && (!best || ws.dir.length > best.dir.length)) {
      best = ws;
    }
  }
  return best;
}

/** `<workspace>/src/db/schema.ts` (or a `schema/` folder, or the same name without or with another extension). */
export function isSchemaPath(path: string): boolean {
  return /^(packages|modules|apps)\/[^/]+\/src\/db\/schema(\.[cm]?[jt]sx?|\/.*)?$/.test(path);
}

function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

function describeWorkspace(ws: Workspace | undefined): string {
  return ws ? ws.name : 'the repository root (scripts/, e2e/)';
}

// ---------------------------------------------------------------------------------------------------------
// Rules

export interface CheckContext {
  workspaces: readonly Workspace[];
  allowedEdges?: readonly AllowedEdge[];
  /** Modules exempt from the manifest, layout and contracts rules; PENDING_MODULES when absent. */
  pendingModules?: readonly string[];
}

/** Checks the imports of one file. `file` is relative to the repository root. */
export function checkImports(file: string, imports: readonly ImportRef[], ctx: CheckContext): Violation[] {
  const { workspaces } = ctx;
  const allowed = ctx.allowedEdges ?? ALLOWED_EDGES;
  const out: Violation[] = [];
  const from = workspaceOfPath(file, workspaces);
  const fromRank = rankOf(from);
  const test = isTestFile(file);
  const mayUseTesting = test || isBenchFile(file) || isScriptFile(file);
  const inWeb = from?.name === '@openprovince/web' && file.startsWith(`${from.dir}/src/`);
  const webUi = inWeb && from ? `${from.dir}/src/ui/` : undefined;
  const webModules = inWeb && from ? `${from.dir}/src/modules/` : undefined;
  const contractsDir = contractsDirOf(file, ctx.pendingModules ?? PENDING_MODULES);

  for (const { specifier, line } of imports) {
    const report = (rule: RuleId, message: string): void => {
      out.push({ file, line, rule, message });
    };
    let targetFile: string | undefined;

    if (isRelative(specifier)) {
      const resolved = posix.normalize(posix.join(posix.dirname(file), specifier));
      targetFile = resolved;
      const to = resolved.startsWith('../') ? undefined : workspaceOfPath(resolved, workspaces);
      if (resolved.startsWith('../') || to !== from) {
        const where = to
          ? `into ${to.name}`
          : resolved.startsWith('../')
            ? 'outside the repository'
            : 'to the root';
        report(
          'boundary',
          `relative import '${specifier}' leaves ${describeWorkspace(from)} (${where}); ` +
            (to ? `import '${to.name}' (or a subpath its package.json exports) instead` : 'move the code'),
        );
      }
      if (webUi && webModules && file.startsWith(webUi) && resolved.startsWith(webModules)) {
        report('web', `apps/web/src/ui/ must not import from apps/web/src/modules/ ('${specifier}')`);
      }
    } else if (specifier.startsWith(SCOPE)) {
      const rest = specifier.slice(SCOPE.length);
      const slash = rest.indexOf('/');
      const name = SCOPE + (slash < 0 ? rest : rest.slice(0, slash));
      const subpath = slash < 0 ? '.' : `./${rest.slice(slash + 1)}`;
      const to = workspaces.find((ws) => ws.name === name);
      if (!to) {
        report('boundary', `'${name}' is not a workspace of this repository`);
        continue;
      }
      const exported = resolveExport(to, subpath);
      if (!exported) {
        report(
          'boundary',
          `'${specifier}' is not exported by ${name} (its package.json exports: ${Object.keys(to.exports).join(', ') || 'nothing'})`,
        );
      } else if (exported.target) {
        targetFile = posix.normalize(posix.join(to.dir, exported.target));
      }

      if (inWeb && !/^\.\/contracts(\/|$)/.test(subpath)) {
        report(
          'web',
          `the web app may import only '@openprovince/<module>/contracts', not '${specifier}' (it would pull server code into the browser)`,
        );
      }

      if (to !== from) {
        const toRank = rankOf(to);
        const edge = allowed.find((e) => e.from === from?.name && e.to === to.name);
        if (to.name === '@openprovince/testing') {
          if (!mayUseTesting) {
            report('testing', `${name} may be imported only from tests (*.test.ts), bench files and scripts`);
          }
        } else if (to.name === '@openprovince/api' && test) {
          // Allowed: route tests build the HTTP app (see header).
        } else if (toRank >= fromRank && !edge) {
          report(
            'rank',
            `${describeWorkspace(from)} (rank ${fromRank}) may not import ${name} (rank ${toRank}): ` +
              'dependencies point to lower ranks only (add an allow-listed edge with a reason if it must)',
          );
        }
        if (from && !from.declared.includes(name)) {
          report('declared', `${name} is imported but not declared in ${from.dir}/package.json dependencies`);
        }
      }
    }

    const intoTestSupport =
      (targetFile !== undefined && isTestSupportFile(targetFile)) ||
      (!isRelative(specifier) && /^@openprovince\/[^/]+\/testing(\/|$)/.test(specifier));
    if (intoTestSupport && !mayUseTesting) {
      report(
        'testing',
        `test support ('${specifier}') may be imported only from tests, bench files and scripts`,
      );
    }

    if (contractsDir && !contractsMayImport({ specifier, resolved: targetFile, contractsDir, from })) {
      report(
        'contracts',
        `contracts are browser-safe: they may import only ${CONTRACTS_MAY_IMPORT.join(', ')}, ` +
          `other workspaces' '/contracts' and files inside ${contractsDir}, not '${specifier}'`,
      );
    }

    if (targetFile && isSchemaPath(targetFile)) {
      const owner = workspaceOfPath(targetFile, workspaces);
      const ownsIt = owner !== undefined && owner === from;
      const allowedHere =
        ownsIt &&
        (file.startsWith(`${owner.dir}/src/repositories/`) ||
          file.startsWith(`${owner.dir}/src/db/`) ||
          test);
      if (!allowedHere) {
        report(
          'schema',
          `only ${owner ? `${owner.dir}/` : ''}src/repositories/, src/db/ and tests may import db/schema.ts ('${specifier}')`,
        );
      }
    }
  }
  return out;
}

/** `modules/<name>/src/contracts/` when `file` is a (non-test) contracts file of a module the rule applies to. */
function contractsDirOf(file: string, pending: readonly string[]): string | undefined {
  const m = /^modules\/([^/]+)\/src\/contracts\//.exec(file);
  if (!m?.[1] || pending.includes(m[1]) || isTestFile(file)) return undefined;
  return m[0];
}

function contractsMayImport(input: {
  specifier: string;
  resolved: string | undefined;
  contractsDir: string;
  from: Workspace | undefined;
}): boolean {
  const { specifier, resolved, contractsDir, from } = input;
  if (isRelative(specifier)) return resolved?.startsWith(contractsDir) === true;
  if (CONTRACTS_MAY_IMPORT.includes(specifier) || specifier.startsWith('typebox/')) return true;
  const m = /^(@openprovince\/[^/]+)\/contracts(\/.*)?$/.exec(specifier);
  return m !== null && m[1] !== from?.name;
}

export function checkProject(files: readonly SourceText[], ctx: CheckContext): Violation[] {
  const all: Violation[] = [];
  for (const f of files) all.push(...checkImports(f.path, parseImports(f.text, f.path), ctx));
  return all.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}: ${v.message} [${v.rule}]`;
}

// ---------------------------------------------------------------------------------------------------------
// Disk

const SOURCE_EXT = /\.(tsx?|mts|cts|jsx?|mjs|cjs)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '.bench', 'test-results']);

function listFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return [];
  const out: string[] = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const rel = posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) out.push(...listFiles(root, rel));
    } else if (entry.isFile() && SOURCE_EXT.test(entry.name)) {
      out.push(rel);
    }
  }
  return out;
}

/** The module template `npm run new:module` copies: not a workspace, but checked like a migrated module. */
export const TEMPLATE_DIR = 'modules/_template';

/**
 * Workspaces from the root package.json's `workspaces` globs (only the `dir/*` form and `!dir` exclusions
 * are used here), plus the module template when there is one (`withTemplate`).
 */
export function loadWorkspaces(root: string, options: { withTemplate?: boolean } = {}): Workspace[] {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  const patterns = rootPkg.workspaces ?? [];
  const excluded = new Set(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
  const out: Workspace[] = [];
  const add = (dir: string) => {
    const pkgPath = join(root, dir, 'package.json');
    if (existsSync(pkgPath))
      out.push(workspaceFromPackageJson(dir, JSON.parse(readFileSync(pkgPath, 'utf8'))));
  };
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const dirs = pattern.endsWith('/*')
      ? existsSync(join(root, pattern.slice(0, -2)))
        ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
            .filter((d) => d.isDirectory())
            .map((d) => posix.join(pattern.slice(0, -2), d.name))
        : []
      : [pattern];
    for (const dir of dirs.sort()) if (!excluded.has(dir)) add(dir);
  }
  if (options.withTemplate) add(TEMPLATE_DIR);
  return out;
}

/** Source folders scanned: each workspace's src/, test/ and bench/, plus e2e/ and scripts/. */
export function collectSources(root: string, workspaces: readonly Workspace[]): SourceText[] {
  const dirs = [
    ...workspaces.flatMap((ws) => ['src', 'test', 'bench'].map((d) => `${ws.dir}/${d}`)),
    'e2e',
    'scripts',
  ];
  return dirs
    .flatMap((d) => listFiles(root, d))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** Problems with the package.json files themselves; printed as warnings, they do not fail the check. */
export function exportWarnings(root: string, workspaces: readonly Workspace[]): string[] {
  const out: string[] = [];
  for (const ws of workspaces) {
    for (const [subpath, target] of Object.entries(ws.exports)) {
      if (target && !target.includes('*') && !existsSync(join(root, ws.dir, target))) {
        out.push(`${ws.dir}/package.json: exports '${subpath}' points at ${target}, which does not exist`);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Module shape: ranks declared, manifest present, canonical layout, door width

/** `work-calendar` → `workCalendar`: the prefix of `<camelName>Module`, `<camelName>Api`. */
export function camelName(name: string): string {
  return name.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The module name of a `modules/*` workspace (its package name without the scope: the folder's name, or
 * `starter-kit` for the template), undefined for packages and apps.
 */
export function moduleNameOf(ws: Workspace): string | undefined {
  if (!/^modules\/[^/]+$/.test(ws.dir)) return undefined;
  return ws.name.startsWith(SCOPE) ? ws.name.slice(SCOPE.length) : ws.dir.slice('modules/'.length);
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

/** Resolves a relative specifier of `fromFile` to an existing file (`.ts`, `.tsx`, `/index.ts`, `.js` → `.ts`). */
function resolveRelative(root: string, fromFile: string, specifier: string): string | undefined {
  const base = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
  const candidates = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, `${base}.tsx`, `${base}/index.ts`];
  return candidates.find((c) => existsSync(join(root, c)) && statSync(join(root, c)).isFile());
}

/**
 * The names a file exports (values and types), following `export * from './relative.ts'`. A star re-export
 * of another package adds `*` (the names are not known here).
 */
export function exportedNames(root: string, file: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(file) || !existsSync(join(root, file))) return out;
  seen.add(file);
  const sf = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st)) {
      const spec =
        st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
      if (!st.exportClause) {
        const target = spec && isRelative(spec) ? resolveRelative(root, file, spec) : undefined;
        if (target) for (const n of exportedNames(root, target, seen)) out.add(n);
        else out.add('*');
      } else if (ts.isNamespaceExport(st.exportClause)) {
        out.add(st.exportClause.name.text);
      } else {
        for (const el of st.exportClause.elements) out.add(el.name.text);
      }
    } else if (ts.isExportAssignment(st)) {
      out.add('default');
    } else if (hasExportModifier(st)) {
      if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) for (const n of bindingNames(d.name)) out.add(n);
      } else if (
        (ts.isFunctionDeclaration(st) ||
          ts.isClassDeclaration(st) ||
          ts.isInterfaceDeclaration(st) ||
          ts.isTypeAliasDeclaration(st) ||
          ts.isEnumDeclaration(st) ||
          ts.isModuleDeclaration(st)) &&
        st.name
      ) {
        out.add(
          (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
            ? 'default'
            : st.name.text,
        );
      }
    }
  }
  return out;
}

export interface ImportBinding {
  specifier: string;
  /** Imported names (the exporter's names), or `*` when the whole namespace is taken. */
  names: string[] | '*';
}

/** What each import of a file takes from its module: named, default, namespace, `import('x').T`, re-exports. */
export function parseImportBindings(text: string, fileName = 'file.ts'): ImportBinding[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const out: ImportBinding[] = [];
  const literal = (n: ts.Node | undefined): string | undefined =>
    n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const specifier = literal(node.moduleSpecifier);
      const clause = node.importClause;
      if (specifier && clause) {
        const names: string[] = [];
        let all = false;
        if (clause.name) names.push('default');
        const nb = clause.namedBindings;
        if (nb && ts.isNamespaceImport(nb)) all = true;
        else if (nb) for (const el of nb.elements) names.push((el.propertyName ?? el.name).text);
        out.push({ specifier, names: all ? '*' : names });
      }
    } else if (ts.isExportDeclaration(node)) {
      const specifier = literal(node.moduleSpecifier);
      if (specifier) {
        const clause = node.exportClause;
        out.push({
          specifier,
          names:
            !clause || ts.isNamespaceExport(clause)
              ? '*'
              : clause.elements.map((el) => (el.propertyName ?? el.name).text),
        });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const specifier = literal(node.argument.literal);
      if (specifier) {
        let q = node.qualifier;
        while (q && ts.isQualifiedName(q)) q = q.left;
        out.push({ specifier, names: q ? [q.text] : '*' });
      }
    } else if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const specifier = literal(node.arguments[0]);
      if ((isDynamicImport || isRequire) && specifier) out.push({ specifier, names: '*' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Rank declared, and for migrated modules: manifest present and canonical `src/` layout. */
export function checkWorkspaces(
  root: string,
  workspaces: readonly Workspace[],
  pending: readonly string[] = PENDING_MODULES,
): Violation[] {
  const out: Violation[] = [];
  for (const ws of workspaces) {
    if (ws.rank === undefined) {
      out.push({
        file: `${ws.dir}/package.json`,
        line: 1,
        rule: 'rank',
        message: `${ws.name} declares no rank: add "openprovince": { "rank": N } (N above every workspace it imports)`,
      });
    }
    const name = moduleNameOf(ws);
    if (!name || pending.includes(name)) continue;
    const camel = `${camelName(name)}Module`;
    const manifest = `${ws.dir}/src/module.ts`;
    const door = `${ws.dir}/src/index.ts`;
    if (!existsSync(join(root, manifest))) {
      out.push({
        file: manifest,
        line: 1,
        rule: 'manifest',
        message: `module ${name} has no src/module.ts (export const ${camel} = defineModule({...}))`,
      });
    } else if (!exportedNames(root, manifest).has(camel)) {
      out.push({
        file: manifest,
        line: 1,
        rule: 'manifest',
        message: `src/module.ts does not export ${camel}`,
      });
    }
    if (!reExportsManifest(root, door, camel)) {
      out.push({
        file: door,
        line: 1,
        rule: 'manifest',
        message: `src/index.ts does not re-export ${camel} from './module.ts'`,
      });
    }
    const src = join(root, ws.dir, 'src');
    const entries = existsSync(src) ? readdirSync(src) : [];
    for (const entry of entries.sort()) {
      if (CANONICAL_SRC_ENTRIES.has(entry) || /\.test\.tsx?$/.test(entry)) continue;
      out.push({
        file: `${ws.dir}/src/${entry}`,
        line: 1,
        rule: 'layout',
        message: `'${entry}' is not part of the canonical module layout (docs/CONVENTIONS.md): move it into domain/, adapters/, use-cases/, repositories/ or one of ${[...CANONICAL_SRC_ENTRIES].join(', ')}`,
      });
    }
  }
  return out;
}

function reExportsManifest(root: string, door: string, camel: string): boolean {
  if (!existsSync(join(root, door))) return false;
  const sf = ts.createSourceFile(door, readFileSync(join(root, door), 'utf8'), ts.ScriptTarget.Latest, true);
  return sf.statements.some((st) => {
    if (!ts.isExportDeclaration(st) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) {
      return false;
    }
    if (!/^\.\/module(\.[jt]s)?$/.test(st.moduleSpecifier.text)) return false;
    return (
      !st.exportClause ||
      (ts.isNamedExports(st.exportClause) && st.exportClause.elements.some((el) => el.name.text === camel))
    );
  });
}

export interface DoorReport {
  module: string;
  /** Relative to the root. */
  door: string;
  exports: string[];
  /** Exports no other workspace (nor scripts/, e2e/) imports. */
  unused: string[];
}

/**
 * For each module's door (`src/index.ts`, its package.json `.` export): what it exports, and what of that no
 * other workspace imports. A namespace import of the door counts as using everything.
 */
export function doorReports(
  root: string,
  workspaces: readonly Workspace[],
  files: readonly SourceText[],
): DoorReport[] {
  const used = new Map<string, Set<string> | '*'>();
  for (const f of files) {
    const from = workspaceOfPath(f.path, workspaces);
    for (const b of parseImportBindings(f.text, f.path)) {
      if (!/^@openprovince\/[^/]+$/.test(b.specifier) || b.specifier === from?.name) continue;
      const prev = used.get(b.specifier) ?? new Set<string>();
      if (prev === '*' || b.names === '*') used.set(b.specifier, '*');
      else used.set(b.specifier, new Set([...prev, ...b.names]));
    }
  }
  const out: DoorReport[] = [];
  for (const ws of workspaces) {
    const name = moduleNameOf(ws);
    const target = ws.exports['.'];
    // The template's door is imported by nothing until it is copied.
    if (!name || !target || ws.dir === TEMPLATE_DIR) continue;
    const door = posix.normalize(posix.join(ws.dir, target));
    const exports = [...exportedNames(root, door)].sort();
    const u = used.get(ws.name) ?? new Set<string>();
    out.push({ module: name, door, exports, unused: u === '*' ? [] : exports.filter((e) => !u.has(e)) });
  }
  return out;
}

export interface ArchitectureResult {
  files: number;
  workspaces: number;
  violations: Violation[];
  warnings: string[];
  doors: DoorReport[];
}

/** Every rule over the tree at `root`; what `main` prints. */
export function runChecks(
  root: string,
  options: { pendingModules?: readonly string[] } = {},
): ArchitectureResult {
  const pending = options.pendingModules ?? PENDING_MODULES;
  // The template is checked too: what new:module copies must already pass every rule.
  const workspaces = loadWorkspaces(root, { withTemplate: true });
  const files = collectSources(root, workspaces);
  const violations = [
    ...checkWorkspaces(root, workspaces, pending),
    ...checkProject(files, { workspaces, pendingModules: pending }),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const doors = doorReports(root, workspaces, files);
  const warnings = [
    ...exportWarnings(root, workspaces),
    ...doors
      .filter((d) => d.unused.length > 0)
      .map(
        (d) =>
          `${d.door}: ${d.unused.length} of ${d.exports.length} exports not imported by any other workspace ` +
          `(narrow the door): ${d.unused.join(', ')}`,
      ),
  ];
  return { files: files.length, workspaces: workspaces.length, violations, warnings, doors };
}

export function main(root: string): number {
  const { files, workspaces, violations, warnings, doors } = runChecks(root);
  for (const w of warnings) console.warn(`warning: ${w}`);
  for (const v of violations) console.log(formatViolation(v));
  const total = doors.reduce((n, d) => n + d.exports.length, 0);
  console.log(
    `doors (exports of each module's src/index.ts, unused elsewhere in brackets): ${doors
      .map((d) => `${d.module} ${d.exports.length} [${d.unused.length}]`)
      .join(', ')}; total ${total}`,
  );
  const noun = violations.length === 1 ? 'violation' : 'violations';
  console.log(`check:architecture: ${files} files in ${workspaces} workspaces, ${violations.length} ${noun}`);
  return violations.length > 0 ? 1 : 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = process.argv[2]
    ? resolve(process.argv[2])
    : resolve(dirname(fileURLToPath(import.meta.url)), '..');
  process.exitCode = main(root);
}
