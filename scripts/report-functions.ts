/**
 * `npm run report:functions [-- --top N] [--min L]`: the longest named functions of the source tree (tests
 * excluded), with their line counts, read with the TypeScript compiler API. Used to see where a file wants
 * splitting (issue 10 measures applyTransition, issueOutgoing, importEdxml, DashboardPage) and to compare
 * before and after a refactor. A report, not a check: it never fails.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { coveredFiles } from './typecheck-coverage.ts';

export interface FunctionLength {
  /** Relative to the root, posix. */
  file: string;
  /** 1-based line where the function starts. */
  line: number;
  name: string;
  lines: number;
}

/** `name` of a function-like node: its own, or the variable / property / method it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration): string | undefined {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
    const owner =
      ts.isMethodDeclaration(node) && ts.isClassLike(node.parent) && node.parent.name
        ? `${node.parent.name.text}.`
        : '';
    return owner + node.name.text;
  }
  const p = node.parent;
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
    return p.name.text;
  // `export const X = memo(function …)` and `forwardRef((…) => …)`: the variable names the component.
  if (ts.isCallExpression(p) && ts.isVariableDeclaration(p.parent) && ts.isIdentifier(p.parent.name)) {
    return p.parent.name.text;
  }
  return undefined;
}

/** Named functions of one file, with their length in lines (signature to closing brace). */
export function functionLengths(file: string, text: string): FunctionLength[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out: FunctionLength[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isArrowFunction(node) ||
        ts.isMethodDeclaration(node)) &&
      node.body
    ) {
      const name = nameOf(node);
      if (name) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        out.push({ file, line: start + 1, name, lines: end - start + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f) || /(^|\/)(test|e2e)\//.test(f) || f.startsWith('e2e/');

/** The longest named functions of every type-checked, non-test source file under `root`. */
export function longestFunctions(root: string, top = 25): FunctionLength[] {
  const files = [...coveredFiles(root)].filter((f) => !isTest(f) && !f.endsWith('.d.ts')).sort();
  return files
    .flatMap((f) => functionLengths(f, readFileSync(resolve(root, f), 'utf8')))
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file))
    .slice(0, top);
}

export function formatReport(rows: readonly FunctionLength[]): string {
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  return rows
    .map((r) => `${String(r.lines).padStart(5)}  ${r.name.padEnd(width)}  ${r.file}:${r.line}`)
    .join('\n');
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const rows = longestFunctions(root, flag('--top') ?? 25).filter((r) => r.lines >= (flag('--min') ?? 0));
  console.log(
    `lines  function  file:line   (longest named functions, tests excluded; root ${relative(process.cwd(), root) || '.'})`,
  );
  console.log(formatReport(rows));
}
