/**
 * The administrator's journey in Debian's Chromium against the platform started in this process (in-memory
 * PGlite, the Trà Vinh demo seed, the API serving the built web app):
 *
 *   the system administrator signs in with a TOTP code → adds a unit under Sở TT&TT, renames it, and meets
 *   a version conflict (someone else saved first: 412 explained, nothing lost silently) → creates an
 *   official in the new unit with the Specialist role and a generated one-time password → the official
 *   signs in with it → the administrator deactivates the account, the official's session ends and signing
 *   in is refused → the roles page lists every role with what it may do → Sở Tư pháp's agency
 *   administrator (quantri.stp) sees only Sở Tư pháp's officials, and another agency's account is hidden
 *   from them (authorization) → the session-expiry warning (WCAG 2.2.1) appears before the idle timeout and
 *   "stay signed in" keeps the session.
 *
 * Every page is checked with axe-core (serious/critical violations fail) and photographed to
 * test-results/screenshots/5x-*.png. Run: npm run test:e2e
 */
import type { AddressInfo } from 'node:net';
import { buildApp, seedDemo } from '@openprovince/api';
import { DEMO_TOTP_SECRET, totpAt } from '@openprovince/identity';
import { createTestDatabase, prepareTestDatabases, type TestDatabase } from '@openprovince/testing';
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

const UNIT_NAME = 'Trung tâm Giám sát điều hành đô thị thông minh';
const UNIT_RENAMED = 'Trung tâm Điều hành thông minh tỉnh Trà Vinh';
const OFFICIAL = {
  fullName: 'Thạch Thị Sô Phia',
  username: 'sophia.ioc',
  email: 'sophia.ioc@travinh.gov.vn',
};

let db: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let baseUrl: string;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
let admin: Page;
let unitUrl = '';
let officialUrl = '';
let oneTimePassword = '';

async function newPage(options: { clock?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Europe/London',
  });
  contexts.push(context);
  if (options.clock) await context.clock.install();
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // 401 (refused sign-in), 404 (another agency's account), 409 (a user name already taken) and 412 (the
    // staged conflict) are expected here.
    if (message.type() === 'error' && !/status of 4(01|04|09|12)/.test(message.text()))
      consoleErrors.push(message.text());
  });
  return { context, page };
}

async function signIn(page: Page, username: string, password: string, totp?: boolean): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByTestId('login-submit').click();
  if (totp) {
    await page.getByLabel('Mã xác thực (6 chữ số)').fill(totpAt(DEMO_TOTP_SECRET, new Date()));
    await page.getByTestId('login-submit').click();
  }
  // Officials land on their work page (not their account page).
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

describe('administrator journey: agencies, officials, roles, agency scoping (Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    await prepareTestDatabases();
    db = await createTestDatabase();
    await seedDemo(db.db, { dossiers: 0 });
    app = await buildApp({ db: db.db, config: { webDist: DIST } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    admin = (await newPage()).page;
    await signIn(admin, 'admin', PASSWORD, true);
  });

  afterAll(async () => {
    if (axeSummary.length) console.log(`axe-core:\n  ${axeSummary.join('\n  ')}`);
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.close();
    await db?.destroy();
  });

  it('lets the system administrator add a unit under Sở TT&TT and rename it', async () => {
    const page = admin;
    await nav(page).getByRole('link', { name: 'Quản lý cơ quan' }).click();
    await page.getByTestId('agency-table').waitFor();
    await page.getByLabel('Tìm theo tên, tên viết tắt hoặc mã').fill('stttt');
    await page.getByTestId('agency-search-submit').click();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'STTTT', exact: true }) })
      .first();
    await row.getByTestId('agency-drill-link').click();
    await expect
      .poll(() => page.getByTestId('agency-breadcrumb').textContent())
      .toContain('Sở Thông tin và Truyền thông');
    await snap(page, '50-admin-agencies');
    await checkAccessibility(page, '50-admin-agencies');

    await page.getByTestId('agency-new').click();
    await page.getByTestId('agency-create-form').waitFor();
    // The parent comes from the level the list was showing.
    await expect.poll(() => page.getByTestId('agency-create-form').textContent()).toContain('Sở Thông tin');
    await page.getByLabel('Tên cơ quan').fill(UNIT_NAME);
    await page.getByLabel('Tên viết tắt').fill('IOC');
    await page.getByLabel('Mã định danh điện tử').fill('000.99.31.e2e');
    expect(await page.getByLabel('Mã định danh điện tử').inputValue()).toBe('000.99.31.E2E');
    await page.getByLabel('Tên tiếng Anh').fill('Intelligent Operations Centre');
    await snap(page, '51-admin-agency-new');
    await checkAccessibility(page, '51-admin-agency-new');
    await page.getByTestId('agency-create-submit').click();
    await page.waitForURL(/\/admin\/agencies\/[0-9a-f-]{36}$/);
    unitUrl = page.url();
    await page.getByTestId('agency-created').waitFor();
    expect(await page.getByTestId('agency-version').textContent()).toBe('1');

    await page.getByLabel('Tên cơ quan').fill(UNIT_RENAMED);
    await page.getByTestId('agency-save').click();
    await expect.poll(() => page.getByTestId('agency-notice').textContent()).toBe('Đã lưu thay đổi.');
    expect(await page.getByTestId('agency-version').textContent()).toBe('2');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(UNIT_RENAMED);
    const api = (await (await fetch(`${baseUrl}/api/agencies/${unitUrl.split('/').pop()}`)).json()) as {
      name: string;
      parentId: string;
    };
    expect(api.name).toBe(UNIT_RENAMED);
    await snap(page, '52-admin-agency-renamed');
    await checkAccessibility(page, '52-admin-agency-renamed');
  });

  it('explains a version conflict (412) when someone else saved the agency first', async () => {
    const page = admin;
    const id = unitUrl.split('/').pop();
    // Another administrator changes the English name meanwhile (same session is enough for the API).
    const status = await page.evaluate(`fetch('/api/agencies/${id}', { method: 'PATCH',
      headers: { 'content-type': 'application/json', 'if-match': '"2"' },
      body: JSON.stringify({ nameEn: 'Trà Vinh Intelligent Operations Centre' }) }).then((r) => r.status)`);
    expect(status).toBe(200);
    await page.getByLabel('Tên viết tắt').fill('TTĐHTM');
    await page.getByTestId('agency-save').click();
    await page.getByTestId('version-conflict').waitFor();
    expect(await page.getByTestId('version-conflict').textContent()).toContain(
      'Thay đổi của bạn chưa được lưu',
    );
    // The screen now shows the other person's version; the abbreviation was not written.
    await expect.poll(() => page.getByTestId('agency-version').textContent()).toBe('3');
    expect(await page.getByLabel('Tên tiếng Anh').inputValue()).toBe(
      'Trà Vinh Intelligent Operations Centre',
    );
    expect(await page.getByLabel('Tên viết tắt').inputValue()).toBe('IOC');
    await snap(page, '53-admin-agency-conflict');
    await checkAccessibility(page, '53-admin-agency-conflict');
  });

  it('lets the administrator create an official in the new unit with a role and a one-time password', async () => {
    const page = admin;
    await nav(page).getByRole('link', { name: 'Quản lý cán bộ' }).click();
    await page.getByTestId('official-table').waitFor();
    await expect.poll(() => page.getByTestId('official-link').count()).toBeGreaterThan(5);
    await snap(page, '54-admin-officials');
    await checkAccessibility(page, '54-admin-officials');

    await page.getByTestId('official-new').click();
    await page.getByTestId('official-create-form').waitFor();
    await page.getByLabel('Cơ quan', { exact: true }).click();
    await page.getByLabel('Cơ quan', { exact: true }).fill('dieu hanh thong minh');
    const option = page.locator('.ant-select-item-option').filter({ hasText: UNIT_RENAMED }).first();
    await option.waitFor();
    await option.click();
    await page.getByLabel('Họ và tên').fill(OFFICIAL.fullName);
    await page.getByLabel('Thư điện tử').fill(OFFICIAL.email);
    await page.getByTestId('official-roles').getByLabel('Chuyên viên').check();
    oneTimePassword = await page.getByLabel('Mật khẩu ban đầu').inputValue();
    expect(oneTimePassword).toMatch(/^[^-]{4}-[^-]{4}-[^-]{4}$/);
    // A user name someone already has: the API's refusal (409) is shown in Vietnamese under that field.
    await page.getByLabel('Tên đăng nhập').fill('chuyenvien.stttt');
    await page.getByTestId('official-create-submit').click();
    const usernameItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('Tên đăng nhập') });
    await expect
      .poll(() => usernameItem.locator('.ant-form-item-explain-error').textContent())
      .toBe('Tên đăng nhập chuyenvien.stttt đã có người dùng, hãy chọn tên khác');
    expect(await page.getByLabel('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');
    const alert = page.locator('[data-problem-code="CONFLICT"]');
    expect(await alert.textContent()).toContain('Vui lòng sửa các trường được đánh dấu bên dưới.');
    expect(await page.locator('main').textContent()).not.toMatch(/\/body|username|already exists/);
    expect(page.url()).toMatch(/\/admin\/officials\/new(\?|$)/);
    await snap(page, '54a-admin-official-username-taken');
    await checkAccessibility(page, '54a-admin-official-username-taken');
    // Changing the field takes the API's message away; the new name is accepted.
    await page.getByLabel('Tên đăng nhập').fill(OFFICIAL.username);
    await expect.poll(() => usernameItem.locator('.ant-form-item-explain-error').count()).toBe(0);
    await page.getByTestId('official-create-submit').click();
    await page.waitForURL(/\/admin\/officials\/[0-9a-f-]{36}$/);
    officialUrl = page.url();
    expect(await page.getByTestId('official-one-time-password').textContent()).toBe(oneTimePassword);
    expect(await page.getByTestId('official-status').textContent()).toBe('Đang hoạt động');
    await snap(page, '55-admin-official-created');
    await checkAccessibility(page, '55-admin-official-created');
    // Shown once: a reload does not show it again.
    await page.reload();
    await page.getByTestId('official-edit').waitFor();
    expect(await page.getByTestId('official-one-time-password').count()).toBe(0);
  });

  it('lets the new official sign in; once deactivated, their session ends and signing in is refused', async () => {
    const { page: official } = await newPage();
    await signIn(official, OFFICIAL.username, oneTimePassword);
    // Signed in: the header names them (officials land on their work queue, not on a page about themselves).
    await expect.poll(() => official.getByTestId('user-menu').textContent()).toContain(OFFICIAL.fullName);

    const page = admin;
    await page.goto(officialUrl);
    await page.getByTestId('official-deactivate').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Khóa tài khoản' }).click();
    await expect.poll(() => page.getByTestId('official-status').textContent()).toBe('Đã khóa');
    expect(await page.getByTestId('official-notice').textContent()).toBe('Đã khóa tài khoản.');
    await snap(page, '56-admin-official-deactivated');
    await checkAccessibility(page, '56-admin-official-deactivated');

    // The open session no longer works…
    const me = await official.evaluate(`fetch('/api/auth/me').then((r) => r.status)`);
    expect(me).toBe(401);
    // …and a new sign-in is refused.
    await official.goto(`${baseUrl}/login`);
    await official.getByLabel('Tên đăng nhập').fill(OFFICIAL.username);
    await official.getByLabel('Mật khẩu', { exact: true }).fill(oneTimePassword);
    await official.getByTestId('login-submit').click();
    const alert = official.getByRole('alert').filter({ hasText: /./ }).first();
    await alert.waitFor();
    expect(await official.locator('[data-problem-code]').getAttribute('data-problem-code')).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(official.url()).toMatch(/\/login$/);
    await snap(official, '57-deactivated-sign-in-refused');
    await checkAccessibility(official, '57-deactivated-sign-in-refused');
  });

  it('lists the platform roles with their Vietnamese names and what each may do', async () => {
    const page = admin;
    await nav(page).getByRole('link', { name: 'Vai trò và quyền' }).click();
    await page.getByTestId('role-table').waitFor();
    await expect.poll(() => page.getByTestId('role-name').count()).toBe(9);
    const names = await page.getByTestId('role-name').allTextContents();
    // The composed table: identity's administrators first, then each module's roles in MODULES order.
    expect(names).toEqual([
      'Quản trị hệ thống',
      'Quản trị cơ quan',
      'Kiểm toán viên',
      'Cán bộ một cửa',
      'Chuyên viên',
      'Lãnh đạo',
      'Cán bộ quản lý chứng thư số',
      'Văn thư',
      'Biên tập viên cổng thông tin',
    ]);
    const specialist = page.getByRole('row').filter({ hasText: 'specialist' });
    expect(await specialist.textContent()).toContain('Soạn thảo văn bản đi và trình duyệt');
    await snap(page, '58-admin-roles');
    await checkAccessibility(page, '58-admin-roles');
  });

  it('authorization: the agency administrator of Sở Tư pháp sees only Sở Tư pháp’s officials; the session warning keeps them signed in, and the log-in page says when time ran out', async () => {
    const { page } = await newPage({ clock: true });
    await signIn(page, 'quantri.stp', PASSWORD, true);
    // Agency administrators manage accounts, not the directory.
    expect(await nav(page).getByRole('link', { name: 'Quản lý cơ quan' }).count()).toBe(0);
    await nav(page).getByRole('link', { name: 'Quản lý cán bộ' }).click();
    await page.getByTestId('official-table').waitFor();
    await expect.poll(() => page.getByTestId('official-link').count()).toBeGreaterThan(0);
    const agencies = await page
      .getByTestId('official-table')
      .locator('tbody tr.ant-table-row td:nth-child(3)')
      .allTextContents();
    expect(agencies.length).toBeGreaterThan(0);
    for (const agency of agencies) expect(agency).toContain('Sở Tư pháp');
    expect(await page.getByLabel('Cơ quan', { exact: true }).count()).toBe(0);
    await page.getByLabel('Họ tên hoặc tên đăng nhập').fill('sophia');
    await page.getByTestId('official-search-submit').click();
    await expect
      .poll(() => page.getByTestId('official-table').textContent())
      .toContain('Không có cán bộ nào phù hợp');
    await snap(page, '59-agency-admin-officials');
    await checkAccessibility(page, '59-agency-admin-officials');

    // Another agency's account by its address: hidden (404), as if it did not exist.
    await page.goto(officialUrl);
    await page.locator('[data-problem-code="NOT_FOUND"]').waitFor();
    expect(await page.getByTestId('official-edit').count()).toBe(0);

    // WCAG 2.2.1: about two minutes before the 30-minute idle timeout, a dialog offers to stay signed in.
    await page.goto(`${baseUrl}/admin/officials`);
    await page.getByTestId('official-table').waitFor();
    await page.clock.fastForward('27:30');
    const dialog = page.getByRole('dialog', { name: 'Phiên làm việc sắp hết hạn' });
    await dialog.waitFor();
    // The person reads it for a second: with the page's clock stopped, the dialog's opening animation (whose
    // end has a timer as fallback) only finishes when time moves, and a button still moving is not clicked.
    await page.clock.runFor(1000);
    expect(await dialog.textContent()).toMatch(/phút \d+ giây/);
    await snap(page, '59-session-warning');
    await checkAccessibility(page, '59-session-warning');
    await dialog.getByRole('button', { name: 'Tiếp tục làm việc' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(`fetch('/api/auth/me').then((r) => r.status)`)).toBe(200);

    // When the time runs out (the server has forgotten the session), the log-in page says why.
    await page.context().clearCookies();
    await page.clock.fastForward('31:00');
    await page.waitForURL(/\/login$/);
    await expect
      .poll(() => page.getByTestId('session-expired').textContent())
      .toContain('Phiên làm việc đã kết thúc');
    await snap(page, '59-session-expired');
    await checkAccessibility(page, '59-session-expired');
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
