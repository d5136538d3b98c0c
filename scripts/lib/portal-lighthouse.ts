/**
 * Lighthouse 12 on the citizen portal, against the local build served by the API started in this process
 * (in-memory PGlite with the Trà Vinh demo data, no demo dossiers) and Debian's Chromium (no download).
 *
 * Pages: the home page `/`, a procedure page, the dossier lookup `/lookup` and, signed in as the demo
 * citizen, the first question of the application wizard. Also a minimal static HTML page served by the
 * same server (`/__bench/minimal.html`, registered here only), measured with the same settings, as the
 * floor of what this machine and this Lighthouse give to a page with nothing to load.
 *
 * Lighthouse runs with its defaults: mobile form factor (Moto G Power emulation) and simulated throttling
 * (slow 4G, 4× CPU slowdown), performance and accessibility categories only. Each page is measured `runs`
 * times, round after round, and the run with the median performance score is kept (Lighthouse's own
 * advice against variability).
 *
 * The kept run's Lighthouse reports go to .bench/lighthouse/<page>.{html,json}.
 *
 * Run alone: `npx tsx scripts/lib/portal-lighthouse.ts [home procedure lookup apply]` (prints the figures as JSON); the benchmark
 * apps/web/bench/portal.bench.ts turns them into figures with budgets (`npm run bench -- portal`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildApp, seedDemo } from '@openprovince/api';
import { migrateDatabase, openDatabase } from '@openprovince/db';
import { ensureWebBuild, REPO_ROOT, WEB_DIST } from '@openprovince/testing';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';

/** The demo citizen (demo data only) and the password of every demo account. */
const CITIZEN = { personalId: '084190000001', password: 'OpenProvince@2021' };

/** The kept run of each page, as Lighthouse's own HTML and JSON reports (git-ignored). */
export const REPORT_DIR = join(REPO_ROOT, '.bench/lighthouse');

export const MINIMAL_PAGE_PATH = '/__bench/minimal.html';
const MINIMAL_PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Trang tối thiểu</title>
  </head>
  <body>
    <main>
      <h1>Dịch vụ công trực tuyến</h1>
      <p>Trang HTML tĩnh tối thiểu, dùng làm mốc so sánh cho Lighthouse.</p>
    </main>
  </body>
</html>
`;

export interface PageMeasure {
  /** A short name: home, procedure, lookup, apply, minimal. */
  page: string;
  /** The path Lighthouse opened and the one it ended on (client-side redirects). */
  path: string;
  finalPath: string;
  /** Lighthouse scores, 0–100. */
  performance: number;
  accessibility: number;
  /** Metrics of the kept run (milliseconds; CLS unitless). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Same-origin JavaScript the page loaded: gzip of the built files, and the bytes the server sent. */
  jsFiles: string[];
  jsGzipBytes: number;
  jsTransferBytes: number;
  /** Every run's performance score, to see the spread. */
  performanceRuns: number[];
  /** The failing audits of the kept run that weigh on either score (id: title). */
  failingAudits: string[];
}

export interface PortalMeasures {
  lighthouseVersion: string;
  chromium: string;
  runs: number;
  /**
   * Lighthouse's measure of the host CPU (median over the runs). Lighthouse's default 4× slowdown assumes
   * a fast desktop (about 1500); under 1000 it warns that the host is slower than it expects and that the
   * performance score suffers from it.
   */
  benchmarkIndex: number;
  pages: PageMeasure[];
  minimal: PageMeasure;
}

function score(lhr: LighthouseResult, category: 'performance' | 'accessibility'): number {
  const value = lhr.categories[category]?.score;
  if (typeof value !== 'number')
    throw new Error(`Lighthouse gave no ${category} score for ${lhr.finalDisplayedUrl}`);
  return Math.round(value * 100);
}

function metric(lhr: LighthouseResult, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${lhr.finalDisplayedUrl}`);
  return value;
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

function scripts(lhr: LighthouseResult, origin: string): { files: string[]; transfer: number } {
  const details = lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined;
  const items = (details?.items ?? []).filter(
    (i) => i.resourceType === 'Script' && new URL(i.url).origin === origin,
  );
  return {
    files: [...new Set(items.map((i) => new URL(i.url).pathname))].sort(),
    transfer: items.reduce((sum, i) => sum + (i.transferSize ?? 0), 0),
  };
}

function failingAudits(lhr: LighthouseResult): string[] {
  const weighed = new Set(
    ['performance', 'accessibility'].flatMap(
      (c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? [],
    ),
  );
  return Object.values(lhr.audits)
    .filter((a) => weighed.has(a.id) && typeof a.score === 'number' && a.score < 0.9)
    .map((a) => `${a.id} (${a.score}): ${a.displayValue ?? a.title}`);
}

function measureOf(page: string, path: string, lhr: LighthouseResult, origin: string, runs: number[]) {
  const js = scripts(lhr, origin);
  const measure: PageMeasure = {
    page,
    path,
    finalPath: new URL(lhr.finalDisplayedUrl).pathname,
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    fcpMs: metric(lhr, 'first-contentful-paint'),
    lcpMs: metric(lhr, 'largest-contentful-paint'),
    tbtMs: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    jsFiles: js.files,
    jsGzipBytes: js.files.reduce((sum, f) => sum + gzipSync(readFileSync(join(WEB_DIST, f))).length, 0),
    jsTransferBytes: js.transfer,
    performanceRuns: runs,
    failingAudits: failingAudits(lhr),
  };
  return measure;
}

/**
 * One Lighthouse navigation. Headless Chromium on a busy machine now and then loses the trace's start
 * (NO_NAVSTART, a Lighthouse runtime error, not a score): such a run is redone, at most twice.
 */
async function runLighthouse(
  url: string,
  port: number,
  cookie: string | undefined,
  cpuSlowdown: number | undefined,
  log: (line: string) => void,
): Promise<{ lhr: LighthouseResult; html: string }> {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(cpuSlowdown
        ? { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: cpuSlowdown } }
        : {}),
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const error = result.lhr.runtimeError;
    if (!error) return { lhr: result.lhr, html: String(result.report[1] ?? '') };
    if (attempt >= 3) throw new Error(`Lighthouse on ${url}: ${error.code} ${error.message}`);
    log(`Lighthouse on ${url}: ${error.code}, run again`);
  }
}

export async function measurePortal(
  options: {
    runs?: number;
    pages?: readonly string[];
    /**
     * Replaces Lighthouse's default 4× CPU slowdown, e.g. with the value Lighthouse's documentation
     * derives from the host's benchmark index (docs/throttling.md). Not the budget's setting: for diagnosis.
     */
    cpuSlowdown?: number;
    log?: (line: string) => void;
  } = {},
) {
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  ensureWebBuild();
  const db = await openDatabase({});
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    await migrateDatabase(db);
    await seedDemo(db.db, { dossiers: 0 });
    // Lighthouse opens many pages from one address: no rate limit in the way of the measure.
    app = await buildApp({
      db: db.db,
      config: { webDist: WEB_DIST, rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 } },
    });
    app.get(MINIMAL_PAGE_PATH, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(MINIMAL_PAGE),
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    // A procedure that accepts online dossiers (levels 3/4), for its page and the wizard.
    const list = (await (await fetch(`${origin}/api/procedures?limit=100`)).json()) as {
      items: { id: string; serviceLevel: { level: string } | null }[];
    };
    const online = list.items.find((p) =>
      ['3', '4', 'full', 'partial'].includes(p.serviceLevel?.level ?? ''),
    );
    if (!online) throw new Error('no procedure accepting online dossiers in the demo catalogue');

    const login = await fetch(`${origin}/api/auth/citizen-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CITIZEN),
    });
    if (login.status !== 200)
      throw new Error(`citizen sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      logLevel: 'silent',
    });
    const port = chrome.port;

    const targets = [
      { page: 'minimal', path: MINIMAL_PAGE_PATH },
      { page: 'home', path: '/' },
      { page: 'procedure', path: `/procedures/${encodeURIComponent(online.id)}` },
      { page: 'lookup', path: '/lookup' },
      { page: 'apply', path: `/procedures/${encodeURIComponent(online.id)}/apply`, cookie },
    ];
    const chosen = targets.filter(
      (t) => t.page === 'minimal' || !options.pages?.length || options.pages.includes(t.page),
    );
    const measures: PageMeasure[] = [];
    let lighthouseVersion = '';
    let chromium = '';
    const benchmarkIndexes: number[] = [];
    // Round after round over every page (not all runs of one page, then the next), so that a busy spell of
    // the machine weighs on every page alike.
    const results = new Map(chosen.map((t) => [t.page, [] as { lhr: LighthouseResult; html: string }[]]));
    for (let i = 0; i < runs; i++) {
      for (const target of chosen) {
        const run = await runLighthouse(
          `${origin}${target.path}`,
          port,
          target.cookie,
          options.cpuSlowdown,
          log,
        );
        results.get(target.page)?.push(run);
        lighthouseVersion = run.lhr.lighthouseVersion;
        chromium = run.lhr.environment.hostUserAgent;
        benchmarkIndexes.push(run.lhr.environment.benchmarkIndex);
        log(
          `${target.page} run ${i + 1}/${runs}: performance ${score(run.lhr, 'performance')}, accessibility ${score(run.lhr, 'accessibility')}`,
        );
      }
    }
    mkdirSync(REPORT_DIR, { recursive: true });
    for (const target of chosen) {
      const runsOfPage = results.get(target.page) ?? [];
      const sorted = [...runsOfPage].sort(
        (a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'),
      );
      const kept = sorted[Math.floor((sorted.length - 1) / 2)];
      if (!kept) throw new Error(`no Lighthouse run of ${target.page}`);
      const measure = measureOf(
        target.page,
        target.path,
        kept.lhr,
        origin,
        runsOfPage.map((r) => score(r.lhr, 'performance')),
      );
      if (target.page === 'apply' && !/\/apply\/[^/]+$/.test(measure.finalPath))
        throw new Error(`the wizard did not open its first question (ended on ${measure.finalPath})`);
      measures.push(measure);
      writeFileSync(join(REPORT_DIR, `${target.page}.html`), kept.html);
      writeFileSync(join(REPORT_DIR, `${target.page}.json`), `${JSON.stringify(kept.lhr, null, 2)}\n`);
    }
    const [minimal, ...pages] = measures as [PageMeasure, ...PageMeasure[]];
    const benchmarkIndex =
      [...benchmarkIndexes].sort((a, b) => a - b)[Math.floor(benchmarkIndexes.length / 2)] ?? 0;
    return { lighthouseVersion, chromium, runs, benchmarkIndex, pages, minimal } satisfies PortalMeasures;
  } finally {
    await chrome?.kill();
    await app?.close();
    await db.close();
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const pages = process.argv.slice(2);
  const cpuSlowdown = process.env.LIGHTHOUSE_CPU_SLOWDOWN
    ? Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN)
    : undefined;
  measurePortal({
    runs: Number(process.env.LIGHTHOUSE_RUNS ?? 1),
    pages,
    ...(cpuSlowdown ? { cpuSlowdown } : {}),
    log: (l) => console.error(l),
  }).then(
    (m) => {
      console.log(JSON.stringify(m, null, 2));
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
