/**
 * The web shell's journey in Debian's Chromium against the real platform started in this process:
 * in-memory PGlite, the Trà Vinh demo seed, the API with the built web app served at /.
 *
 *   officials' log-in page in Vietnamese → a wrong password shows the problem and its request id → log in as the
 *   one-stop officer → who am I → agency directory: accent-free search, drill into the department, detail
 *   → deadline 05/02/2021 16:40 + 3 working days = 17/02/2021 (Tết 2021) → English → log out
 *   → an administrator's log-in asks for the TOTP code (wrong code refused, right code accepted).
 *
 * Every page is checked with axe-core (serious and critical violations fail the test) and photographed to
 * test-results/screenshots/. Run: npm run test:e2e
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, seedDemo } from '@openprovince/api';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '@openprovince/db';
import { DEMO_TOTP_SECRET, totpAt } from '@openprovince/identity';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  axeSummary,
  CHROMIUM_ARGS,
  checkAccessibility,
  DIST,
  ensureWebBuild,
  snap,
} from './support/browser.ts';

/**
 * First-page budget (gzip): the shell plus the log-in page. Raise it deliberately, not by accident.
 * 300 → 320 KiB (28/11/2026): the workspace shell now carries the session-expiry warning (WCAG 2.2.1) and the
 * texts and navigation of the administration, catalogue and certificate screens (305 KiB measured). The
 * citizen portal keeps its own, tighter budget of 150 KB (e2e/one-stop.e2e.test.ts and `npm run bench`).
 */
const FIRST_PAGE_BUDGET_BYTES = 320 * 1024;
const OFFICER = { username: 'motcua.stttt', password: 'OpenProvince@2021' };

let db: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let baseUrl: string;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const firstPageAssets = new Set<string>();

describe('web shell journey (Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    db = await openDatabase({});
    await migrateDatabase(db);
    await seedDemo(db.db);
    app = await buildApp({ db: db.db, config: { webDist: DIST } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    // A zone other than Vietnam's: what the officer types and reads must not depend on the computer's zone.
    context = await browser.newContext({
      viewport: { width: 1280, height: 860 },
      locale: 'vi-VN',
      timezoneId: 'Europe/London',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // The anonymous GET /api/auth/me at start-up answers 401 by design; the browser logs it.
      if (message.type() === 'error' && !/status of 401/.test(message.text()))
        consoleErrors.push(message.text());
    });
  });

  afterAll(async () => {
    if (axeSummary.length) console.log(`axe-core:\n  ${axeSummary.join('\n  ')}`);
    await context?.close();
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('opens the officials’ log-in page, in Vietnamese, with a light first page', async () => {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/assets/')) firstPageAssets.add(url.pathname);
    });
    // `/` is the citizens' portal (e2e/one-stop.e2e.test.ts); officials start at /login.
    await page.goto(`${baseUrl}/login`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đăng nhập');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.title()).toBe('Đăng nhập — OpenProvince');
    await expect
      .poll(() => page.locator('.op-brand-name').textContent())
      .toBe('OpenProvince — Chính quyền số tỉnh Trà Vinh');
    expect(await page.getByLabel('Tên đăng nhập').isVisible()).toBe(true);
    expect(await page.getByLabel('Mật khẩu', { exact: true }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');

    let gzipBytes = gzipSync(readFileSync(join(DIST, 'index.html'))).length;
    for (const asset of firstPageAssets) gzipBytes += gzipSync(readFileSync(join(DIST, asset))).length;
    console.log(
      `first page (/login): ${firstPageAssets.size} assets, ${(gzipBytes / 1024).toFixed(1)} KiB gzip`,
    );
    expect(gzipBytes).toBeLessThan(FIRST_PAGE_BUDGET_BYTES);

    // Keyboard: the first Tab reaches the skip link, which then shows on screen.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.className')).toContain('op-skip-link');
    const box = await page.locator('.op-skip-link').boundingBox();
    expect(box && box.y >= 0).toBe(true);

    await snap(page, '01-login-vi');
    await checkAccessibility(page, '01-login-vi');
  });

  it('shows the problem of a wrong password with its request id', async () => {
    await page.getByLabel('Tên đăng nhập').fill(OFFICER.username);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
    await page.getByTestId('login-submit').click();
    const title = page.getByTestId('problem-title');
    await title.waitFor();
    expect(await title.textContent()).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(await page.getByTestId('problem-request-id').textContent()).toMatch(/^Mã yêu cầu: \S{8,}/);
    await snap(page, '02-login-error');
    await checkAccessibility(page, '02-login-error');
  });

  it('logs the one-stop officer in on the work queue, and shows who they are in words on the account page', async () => {
    await page.getByLabel('Mật khẩu', { exact: true }).fill(OFFICER.password);
    await page.getByTestId('login-submit').click();
    // The one-stop officer lands on the work queue ("Việc cần làm"), not on the account page.
    await page.waitForURL(/\/office$/);
    await page.getByTestId('queue-todo').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Tài khoản của tôi' }).click();
    await page.waitForURL(/\/me$/);
    const details = page.getByTestId('me-details');
    await details.waitFor();
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Nguyễn Thị Mai');
    expect(text).toContain('motcua.stttt');
    expect(text).toContain('Cán bộ một cửa');
    expect(await page.getByTestId('me-agency').textContent()).toContain('Sở Thông tin và Truyền thông');
    // Roles and permissions in words, no permission codes.
    expect(await page.getByTestId('me-permissions').textContent()).toContain('Nhận hồ sơ tại quầy');
    expect(text).not.toMatch(/dossiers:|identity:|documents:/);
    expect(await page.getByTestId('me-work-link').getAttribute('href')).toBe('/office');
    expect(await page.getByTestId('me-session-expires').textContent()).toMatch(
      /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/,
    );
    expect(await page.getByTestId('user-menu').textContent()).toContain('Nguyễn Thị Mai');
    await snap(page, '03-me');
    await checkAccessibility(page, '03-me');
  });

  it('searches the agency directory without diacritics and drills into the department', async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Danh bạ cơ quan' })
      .click();
    await page.waitForURL(/\/agencies/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Danh bạ cơ quan');
    await page.locator('[data-testid="agency-table"] tbody tr[data-row-key]').first().waitFor();
    await checkAccessibility(page, '04-agencies-roots');

    await page.getByLabel('Tìm theo tên, tên viết tắt hoặc mã').fill('so thong tin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=so\+thong\+tin|q=so%20thong%20tin/);
    // Its divisions match too ("Phòng … – Sở Thông tin và Truyền thông"); the department's own name starts so.
    const departmentLink = page.getByRole('link', { name: /^Sở Thông tin và Truyền thông/ });
    const row = page.locator('[data-testid="agency-table"] tbody tr', { has: departmentLink });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    await snap(page, '04-agencies-search');

    // Detail panel: code, abbreviation, validity date as dd/mm/yyyy.
    await row.first().getByTestId('agency-name-link').click();
    const detail = page.getByTestId('agency-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('Sở Thông tin và Truyền thông');
    expect(await page.getByTestId('agency-valid-from').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    // Drill down: the breadcrumb names the department, the list holds its divisions.
    const drill = row.first().getByTestId('agency-drill-link');
    expect(await drill.count(), 'the department has a sub-units link (API childCount > 0)').toBe(1);
    await drill.click();
    await page.waitForURL(/parent=/);
    const breadcrumb = page.getByTestId('agency-breadcrumb');
    await expect.poll(() => breadcrumb.textContent()).toContain('Sở Thông tin và Truyền thông');
    const children = page.locator('[data-testid="agency-table"] tbody tr[data-row-key]');
    await children.first().waitFor();
    expect(await children.count()).toBeGreaterThan(0);
    const childText = (await page.getByTestId('agency-table').textContent()) ?? '';
    expect(childText).not.toContain('Không có cơ quan nào phù hợp');
    expect(childText).toContain('Phòng Công nghệ thông tin');
    await snap(page, '05-agencies-drill');
    await checkAccessibility(page, '05-agencies-drill');

    // Back goes up the tree again (the state is in the address).
    await page.goBack();
    await page.waitForURL(/q=so/);
  });

  it('computes the deadline of a 3-working-day procedure received on Fri 05/02/2021 16:40', async () => {
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Tính hạn giải quyết' })
      .click();
    await page.waitForURL(/\/deadline$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tính hạn giải quyết');
    const start = page.getByLabel('Thời điểm tiếp nhận');
    await start.click();
    await start.fill('05/02/2021 16:40');
    await start.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByLabel('Thời hạn giải quyết').fill('3');
    await page.getByLabel('Ngày làm việc').check();
    await page.getByTestId('deadline-submit').click();
    const due = page.getByTestId('deadline-due');
    await due.waitFor();
    expect(await due.textContent()).toMatch(/^\d{2}:\d{2} 17\/02\/2021$/);
    expect(((await page.getByTestId('deadline-result').textContent()) ?? '').length).toBeGreaterThan(40);
    await snap(page, '06-deadline');
    await checkAccessibility(page, '06-deadline');
  });

  it('switches to English: labels and <html lang>', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Deadline calculator');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Agency directory' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Received at').isVisible()).toBe(true);
    expect(await page.getByTestId('language-switch').textContent()).toContain('Tiếng Việt');
    await snap(page, '07-deadline-en');
    await checkAccessibility(page, '07-deadline-en');

    await nav.getByRole('link', { name: 'Agency directory' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Agency directory');
    await page.locator('[data-testid="agency-table"] tbody tr[data-row-key]').first().waitFor();
    await snap(page, '08-agencies-en');
    await checkAccessibility(page, '08-agencies-en');
  });

  it('logs out from the user menu', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL(/\/login$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Log in');
    expect(await page.getByText('You have logged out.').isVisible()).toBe(true);
    const status = await page.evaluate('fetch("/api/auth/me").then((r) => r.status)');
    expect(status).toBe(401);
    await snap(page, '09-logged-out-en');
    await checkAccessibility(page, '09-logged-out-en');
  });

  it('shows API problems in English and asks an administrator for the TOTP code', async () => {
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect
      .poll(() => page.getByTestId('problem-title').textContent())
      .toBe('The username or password is incorrect');
    expect(await page.getByTestId('problem-request-id').textContent()).toMatch(/^Request ID: \S{8,}/);

    await page.getByLabel('Password', { exact: true }).fill(OFFICER.password);
    await page.getByTestId('login-submit').click();
    const totp = page.getByLabel('Verification code (6 digits)');
    await totp.waitFor();
    expect(await page.evaluate('document.activeElement?.getAttribute("autocomplete")')).toBe('one-time-code');
    await snap(page, '10-totp-en');
    await checkAccessibility(page, '10-totp-en');

    const code = totpAt(DEMO_TOTP_SECRET, new Date());
    await totp.fill(String((Number(code) + 500_000) % 1_000_000).padStart(6, '0'));
    await page.getByTestId('login-submit').click();
    await expect
      .poll(() => page.getByTestId('problem-title').textContent())
      .toBe('The one-time code is incorrect');

    await totp.fill(totpAt(DEMO_TOTP_SECRET, new Date()));
    await page.getByTestId('login-submit').click();
    // The system administrator lands on the administration of accounts.
    await page.waitForURL(/\/admin\/officials$/);
    await page.goto(`${baseUrl}/me`);
    const details = (await page.getByTestId('me-details').textContent()) ?? '';
    expect(details).toContain('Trần Minh Quản');
    expect(details).toContain('System administrator');
    await page.getByTestId('logout-button').click();
    await page.waitForURL(/\/login$/);
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
