/**
 * The one-stop journey in Debian's Chromium against the platform started in this process (in-memory
 * PGlite, the Trà Vinh demo seed without demo dossiers, the API serving the built web app):
 *
 *   citizen portal / on a phone (light first page, reflows at 320 px) → accent-free search "giay phep buu
 *   chinh" → procedure page (fees 15.000.000 đ, time limit) → sign in as citizen 084190000001 → one question
 *   per page → check your answers → double-click "send" → one dossier, confirmation with its code
 *   → the one-stop officer accepts it from the online queue (If-Match), the appointment slip is a PDF
 *   → anyone looks it up by code + phone → the leader's dashboard shows the figures, charts and the map.
 *
 * Every page is checked with axe-core (serious/critical violations fail) and photographed to
 * test-results/screenshots/. Run: npm run test:e2e
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, seedDemo } from '@openprovince/api';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '@openprovince/db';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  axeSummary,
  CHROMIUM_ARGS,
  checkAccessibility,
  DIST,
  ensureWebBuild,
  PASSWORD,
  snap,
} from './support/browser.ts';

/** The citizen portal's first page (gzip JS + CSS + HTML): no antd, no charts. */
const PORTAL_BUDGET_BYTES = 150 * 1024;
const CITIZEN = { personalId: '084190000001', phone: '0912345678' };

async function newPage(viewport: {
  width: number;
  height: number;
}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Europe/London' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() === 403) consoleErrors.push(`403 ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 40[14]/.test(message.text()))
      consoleErrors.push(message.text());
  });
  return { context, page };
}

let db: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let baseUrl: string;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
let citizen: Page;
let dossierCode = '';

describe('one-stop journey: citizen → officer → leader (Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    db = await openDatabase({});
    await migrateDatabase(db);
    await seedDemo(db.db, { dossiers: 0 });
    app = await buildApp({ db: db.db, config: { webDist: DIST } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    citizen = (await newPage({ width: 375, height: 740 })).page;
  });

  afterAll(async () => {
    if (axeSummary.length) console.log(`axe-core:\n  ${axeSummary.join('\n  ')}`);
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('opens the citizen portal on a phone with a light first page that reflows at 320 px', async () => {
    const assets = new Set<string>();
    citizen.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/assets/')) assets.add(url.pathname);
    });
    await citizen.goto(`${baseUrl}/`);
    await expect.poll(() => citizen.locator('h1').textContent()).toBe('Dịch vụ công trực tuyến');
    await citizen.waitForLoadState('networkidle');
    let gzipBytes = gzipSync(readFileSync(join(DIST, 'index.html'))).length;
    for (const asset of assets) gzipBytes += gzipSync(readFileSync(join(DIST, asset))).length;
    const names = [...assets].map((a) => a.replace('/assets/', ''));
    console.log(`first page (/): ${assets.size} assets, ${(gzipBytes / 1024).toFixed(1)} KiB gzip`);
    expect(
      names.some((n) => /antd|table|date-picker|dashboard|echarts/.test(n)),
      names.join(', '),
    ).toBe(false);
    expect(gzipBytes).toBeLessThan(PORTAL_BUDGET_BYTES);
    await snap(citizen, '20-portal-home-mobile');
    await checkAccessibility(citizen, '20-portal-home-mobile');

    await citizen.setViewportSize({ width: 320, height: 640 });
    expect(await citizen.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await citizen.setViewportSize({ width: 375, height: 740 });
  });

  it('finds a procedure without diacritics and shows its fees, time limit and level', async () => {
    await citizen.getByLabel('Tìm thủ tục hành chính').fill('giay phep buu chinh');
    await citizen.getByTestId('procedure-search-submit').click();
    await citizen.getByTestId('procedure-results').waitFor();
    expect(await citizen.getByTestId('procedure-count').textContent()).toMatch(/^\d+ thủ tục cho/);
    // The demo catalogue assigns levels pseudo-randomly: take a result that accepts online dossiers.
    const list = (await (
      await fetch(`${baseUrl}/api/procedures?q=${encodeURIComponent('cap giay phep buu chinh')}&limit=50`)
    ).json()) as { items: { id: string; name: string; serviceLevel: { level: string } | null }[] };
    const online = list.items.find((p) =>
      ['3', '4', 'full', 'partial'].includes(p.serviceLevel?.level ?? ''),
    );
    expect(online, 'a postal-licence procedure at level 3/4').toBeDefined();
    await snap(citizen, '21-portal-search');
    await checkAccessibility(citizen, '21-portal-search');

    await citizen.goto(`${baseUrl}/procedures/${online!.id}`);
    await expect.poll(() => citizen.locator('h1').textContent()).toBe(online!.name);
    expect(await citizen.getByTestId('procedure-fees').textContent()).toBe('15.000.000 đ');
    expect(await citizen.getByTestId('procedure-time-limit').textContent()).toMatch(/^10 ngày làm việc/);
    await snap(citizen, '22-procedure');
    await checkAccessibility(citizen, '22-procedure');
  });

  it('signs the citizen in and walks the application one question per page', async () => {
    await citizen.getByTestId('apply-start').click();
    await citizen.waitForURL(/\/citizen\/login$/);
    await checkAccessibility(citizen, '23-citizen-login');
    await citizen.getByLabel('Số định danh cá nhân (CCCD)').fill(CITIZEN.personalId);
    await citizen.getByLabel('Mật khẩu').fill(PASSWORD);
    await citizen.getByTestId('citizen-login-submit').click();
    await citizen.waitForURL(/\/apply\/to-khai\.hoTen$/);

    // An empty required answer shows the error summary first.
    await citizen.getByTestId('question-input').fill('');
    await citizen.getByTestId('wizard-continue').click();
    await citizen.locator('.op-error-summary').waitFor();
    await snap(citizen, '24-question-error');
    await checkAccessibility(citizen, '24-question-error');

    const answers: Record<string, string> = {
      hoTen: 'Nguyễn Văn An',
      soDinhDanh: CITIZEN.personalId,
      ngaySinh: '05/02/1990',
      soDienThoai: CITIZEN.phone,
      tenToChuc: 'Công ty TNHH Bưu chính Trà Vinh',
    };
    for (let i = 0; i < 10; i++) {
      const url = citizen.url();
      if (/\/apply\/applicant/.test(url)) break;
      const property = /to-khai\.(\w+)/.exec(url)?.[1] ?? '';
      const radio = citizen.locator('.op-radios input[type=radio]');
      if (await radio.count()) await radio.first().check();
      else await citizen.getByTestId('question-input').fill(answers[property] ?? 'Trả lời');
      if (property === 'ngaySinh') await snap(citizen, '25-question-date');
      await citizen.getByTestId('wizard-continue').click();
      await citizen.waitForURL((u) => u.toString() !== url);
    }
    await citizen.waitForURL(/\/apply\/applicant$/);
    expect(await citizen.getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Văn An');
    await citizen.getByLabel('Số điện thoại').fill(CITIZEN.phone);
    await checkAccessibility(citizen, '26-applicant');
    await citizen.getByTestId('wizard-continue').click();
    await citizen.waitForURL(/\/apply\/check$/);
    expect(await citizen.getByTestId('check-answers').textContent()).toContain('05/02/1990');
    // Autosave: a reload keeps every answer.
    await citizen.reload();
    await citizen.getByTestId('check-answers').waitFor();
    expect(await citizen.getByTestId('check-answers').textContent()).toContain(
      'Công ty TNHH Bưu chính Trà Vinh',
    );
    await snap(citizen, '27-check-answers');
    await checkAccessibility(citizen, '27-check-answers');
  });

  it('sends once even when the button is double-clicked, and shows the code and due date', async () => {
    await citizen.getByTestId('wizard-submit').dblclick();
    await citizen.waitForURL(/\/submitted\//);
    dossierCode = ((await citizen.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(dossierCode.length).toBeGreaterThan(8);
    // An online dossier's date is set when the one-stop section accepts it; until then, the time limit.
    await expect
      .poll(() => citizen.getByTestId('dossier-due').textContent())
      .toMatch(/\d+ ngày làm việc kể từ khi/);
    console.log(`dossier ${dossierCode}`);
    const mine = (await citizen.evaluate('fetch("/api/dossiers").then((r) => r.json())')) as {
      total: number;
    };
    expect(mine.total).toBe(1);
    await snap(citizen, '28-confirmation');
    await checkAccessibility(citizen, '28-confirmation');
  });

  it('lets the one-stop officer accept it from the online queue; the slip is a PDF', async () => {
    const { context, page } = await newPage({ width: 1280, height: 860 });
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill('motcua.stttt');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/me$/);
    await page.goto(`${baseUrl}/office?queue=online`);
    const link = page.getByTestId('queue-dossier-link').filter({ hasText: dossierCode });
    await link.waitFor();
    await snap(page, '30-office-queue');
    await checkAccessibility(page, '30-office-queue');

    await link.click();
    await page.getByTestId('dossier-workspace').waitFor();
    expect(await page.getByTestId('dossier-state').textContent()).toBe('Mới đăng ký');
    await checkAccessibility(page, '31-office-dossier-new');
    await page.getByTestId('action-accept').click();
    await page.getByTestId('action-done').waitFor();
    await expect.poll(() => page.getByTestId('dossier-state').textContent()).toBe('Được tiếp nhận');
    expect(await page.getByTestId('dossier-due').textContent()).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    const href = await page.getByTestId('document-receipt.pdf').getAttribute('href');
    const pdf = await context.request.get(`${baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await snap(page, '32-office-dossier-accepted');
    await checkAccessibility(page, '32-office-dossier-accepted');
  });

  it('lets anyone look the dossier up by code and phone', async () => {
    const { page } = await newPage({ width: 375, height: 740 });
    await page.goto(`${baseUrl}/lookup`);
    await page.getByLabel('Mã hồ sơ').fill(dossierCode);
    await page.getByLabel('Số điện thoại').fill(CITIZEN.phone);
    await page.getByTestId('lookup-submit').click();
    await page.getByTestId('lookup-result').waitFor();
    expect(await page.getByTestId('lookup-state').textContent()).toBe('Được tiếp nhận');
    await snap(page, '33-lookup');
    await checkAccessibility(page, '33-lookup');
  });

  it("shows the leader's dashboard with figures, charts and the commune map", async () => {
    const { page } = await newPage({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill('lanhdao.stttt');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/me$/);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Bảng điều hành' })
      .click();
    await page.getByTestId('dashboard-figures').waitFor();
    await expect.poll(() => page.getByTestId('kpi-received').textContent()).toBe('1');
    expect(await page.getByTestId('kpi-online-rate').textContent()).toBe('100 %');
    await page.getByTestId('commune-map').waitFor();
    expect(await page.locator('[data-testid="commune-map"] svg path').count()).toBe(41);
    await expect.poll(() => page.locator('.op-chart svg').count()).toBe(2);
    await page.locator('[data-testid="commune-map"] svg path').first().focus();
    expect(await page.getByTestId('map-selected').textContent()).toMatch(/km²/);
    await snap(page, '34-dashboard');
    await checkAccessibility(page, '34-dashboard');

    // "Xuất Excel": the agency table as an .xlsx package (a ZIP holding the sheet).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('dashboard-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^thong-ke-ho-so-\d{4}\.xlsx$/);
    const workbook = readFileSync(await download.path());
    expect(workbook.subarray(0, 2).toString()).toBe('PK');
    expect(workbook.toString('utf8')).toContain('xl/worksheets/sheet1.xml');
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
