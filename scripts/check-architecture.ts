/**
 * Architecture check (`npm run check:architecture`). Scans every import in the workspaces' sources, tests,
 * benchmarks, e2e/ and scripts/, and enforces the rules below. Prints `file:line: message` per violation and
 * exits 1 if there is any.
 *
 * Rules (see docs/CONVENTIONS.md):
 *  - boundary:  another workspace is imported by its package name only, through a subpath its package.json
 *               `exports` declares; a relative import never leaves its workspace (scripts/ and e2e/ count as
 *               the root, which is not a workspace either).
 *  - rank:      a workspace imports only workspaces of lower rank (RANKS). Same-rank imports need an entry
 *               in ALLOWED_EDGES, with a reason. scripts/ and e2e/ sit above everything.
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
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const SCOPE = '@openprovince/';

/** Dependency direction: a workspace may import only workspaces of strictly lower rank. */
export const RANKS: Readonly<Record<string, number>> = {
  '@openprovince/platform': 0,
  '@openprovince/db': 0,
  '@openprovince/testing': 0,
  '@openprovince/storage': 0,
  '@openprovince/pdf': 0,
  '@openprovince/jobs': 1,
  '@openprovince/audit': 1,
  '@openprovince/geography': 2,
  '@openprovince/identity': 3,
  // The work calendar is a foundation of every domain module that counts deadlines (dossiers, documents);
  // it depends only on platform, db and audit.
  '@openprovince/calendar': 3,
  // Any other modules/* workspace (services, dossiers, documents, pki, notifications, payments, portal, …) is rank 4.
  '@openprovince/portal': 4,
  '@openprovince/reporting': 5,
  '@openprovince/api': 6,
  '@openprovince/web': 6,
};

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

export type RuleId = 'boundary' | 'rank' | 'testing' | 'schema' | 'web' | 'declared';

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

export function rankOf(ws: Workspace | undefined): number {
  if (!ws) return ROOT_RANK;
  if (ws.rank !== undefined) return ws.rank;
  const known = RANKS[ws.name];
  if (known !== undefined) return known;
  if (ws.dir.startsWith('packages/')) return 0;
  if (ws.dir.startsWith('modules/')) return 4;
  return 6;
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

/** Workspaces from the root package.json's `workspaces` globs (only the `dir/*` form is used here). */
export function loadWorkspaces(root: string): Workspace[] {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  const out: Workspace[] = [];
  for (const pattern of rootPkg.workspaces ?? []) {
    const dirs = pattern.endsWith('/*')
      ? existsSync(join(root, pattern.slice(0, -2)))
        ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
            .filter((d) => d.isDirectory())
            .map((d) => posix.join(pattern.slice(0, -2), d.name))
        : []
      : [pattern];
    for (const dir of dirs.sort()) {
      const pkgPath = join(root, dir, 'package.json');
      if (!existsSync(pkgPath)) continue;
      out.push(workspaceFromPackageJson(dir, JSON.parse(readFileSync(pkgPath, 'utf8'))));
    }
  }
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

export function main(root: string): number {
  const workspaces = loadWorkspaces(root);
  const files = collectSources(root, workspaces);
  const violations = checkProject(files, { workspaces });
  for (const w of exportWarnings(root, workspaces)) console.warn(`warning: ${w}`);
  for (const v of violations) console.log(formatViolation(v));
  const noun = violations.length === 1 ? 'violation' : 'violations';
  console.log(
    `check:architecture: ${files.length} files in ${workspaces.length} workspaces, ${violations.length} ${noun}`,
  );
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
