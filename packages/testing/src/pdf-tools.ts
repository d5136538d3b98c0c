import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The tools people open PDFs with, as the judge of every PDF the platform produces: `qpdf --check` (the
 * structure), poppler's `pdfinfo` (what Evince, Okular and most Linux tools use to open a file) and
 * `pdftotext` (the text a reader shows, copies or searches).
 */
const TOOLS = [
  ['qpdf', '--version', 'qpdf'],
  ['pdfinfo', '-v', 'poppler-utils'],
  ['pdftotext', '-v', 'poppler-utils'],
] as const;

/** The tools that are not installed (with the Debian package that brings each). */
export function missingPdfTools(): string[] {
  return TOOLS.filter(([bin, flag]) => spawnSync(bin, [flag]).error !== undefined).map(
    ([bin, , pkg]) => `${bin} (${pkg})`,
  );
}

/**
 * True when the tools are there. On a developer machine without them the caller skips, and this says so
 * on the console; in CI (`.ci/run` installs them) a missing tool is an error, never a silent skip.
 */
export function requirePdfTools(): boolean {
  const missing = missingPdfTools();
  if (missing.length === 0) return true;
  const message = `PDF tool checks skipped: not installed: ${missing.join(', ')} (apt-get install qpdf poppler-utils)`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
  return false;
}

export interface PdfToolsReport {
  qpdf: { status: number; output: string };
  pdfinfo: { status: number; output: string; pages: number | null };
  /** pdftotext's output (UTF-8, NFC), or '' when it failed. */
  text: string;
  textStatus: number;
}

/** Runs qpdf --check, pdfinfo and pdftotext on the bytes. */
export function inspectPdf(pdf: Uint8Array): PdfToolsReport {
  const dir = mkdtempSync(join(tmpdir(), 'op-pdf-tools-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const run = (bin: string, args: string[]) => {
      const res = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      return {
        status: res.status ?? -1,
        output: `${res.stdout ?? ''}${res.stderr ?? ''}`,
        stdout: res.stdout ?? '',
      };
    };
    const qpdf = run('qpdf', ['--check', file]);
    const info = run('pdfinfo', [file]);
    const pages = /^Pages:\s+(\d+)/m.exec(info.stdout);
    const text = run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
    return {
      qpdf: { status: qpdf.status, output: qpdf.output },
      pdfinfo: { status: info.status, output: info.output, pages: pages ? Number(pages[1]) : null },
      text: text.status === 0 ? text.stdout.normalize('NFC') : '',
      textStatus: text.status,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What is wrong with the PDF for people's tools, or [] when qpdf finds no error or warning, pdfinfo opens it
 * without complaint and pdftotext reads it.
 */
export function pdfToolProblems(report: PdfToolsReport): string[] {
  const problems: string[] = [];
  if (report.qpdf.status !== 0 || !/No syntax or stream encoding errors found/.test(report.qpdf.output))
    problems.push(`qpdf --check (exit ${report.qpdf.status}): ${report.qpdf.output.trim()}`);
  if (report.pdfinfo.status !== 0 || /Syntax Error|Internal Error/.test(report.pdfinfo.output))
    problems.push(`pdfinfo (exit ${report.pdfinfo.status}): ${report.pdfinfo.output.trim()}`);
  if (!report.pdfinfo.pages) problems.push('pdfinfo finds no page');
  if (report.textStatus !== 0) problems.push(`pdftotext exits ${report.textStatus}`);
  return problems;
}
