/**
 * What the end-to-end journeys share: where the built web app and the reports go, the Chromium flags this
 * workplace needs (no network, no sandbox as root), a web build that is redone only when its sources
 * changed, axe-core checks (serious and critical violations fail) and full-page screenshots.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB = join(ROOT, 'apps/web');
export const DIST = join(WEB, 'dist');
export const SHOTS = join(ROOT, 'test-results/screenshots');
export const AXE_DIR = join(ROOT, 'test-results/axe');
export const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The password of every demo account (demo data only). */
export const PASSWORD = 'OpenProvince@2021';

// The build is shared with the portal benchmark (apps/web/bench); re-exported for the journeys.
export { ensureWebBuild, newestMtime } from '@openprovince/testing';

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export const axeSummary: string[] = [];

export async function settle(page: Page): Promise<void> {
  // A function, not a string: while a spinner shows, Playwright polls inside the page, and a string predicate
  // is evaluated there with eval, which the app's Content-Security-Policy (script-src 'self') refuses.
  // (The e2e code is compiled without the DOM library, hence the page's document typed by hand.)
  await page.waitForFunction(
    () =>
      !(
        globalThis as unknown as { document: { querySelector(selector: string): unknown } }
      ).document.querySelector('.ant-spin-spinning, .op-spinner'),
  );
}

export async function checkAccessibility(page: Page, name: string): Promise<void> {
  await settle(page);
  const hasAxe = await page.evaluate('typeof window.axe !== "undefined"');
  if (!hasAxe) await page.evaluate(`(() => { ${readFileSync(AXE_SOURCE, 'utf8')}\n})()`);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
       id: v.id, impact: v.impact, help: v.help,
       nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  )) as AxeViolation[];
  mkdirSync(AXE_DIR, { recursive: true });
  writeFileSync(join(AXE_DIR, `${name}.json`), `${JSON.stringify(violations, null, 2)}\n`);
  axeSummary.push(
    `${name}: ${violations.length ? violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ') : 'no violations'}`,
  );
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking, `${name}: ${JSON.stringify(blocking, null, 2)}`).toEqual([]);
}

export async function snap(page: Page, name: string): Promise<void> {
  await settle(page);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}
