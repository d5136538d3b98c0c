/**
 * A citizen opens an account on the portal, in Debian's Chromium against the platform started in this
 * process (in-memory PGlite, the Trà Vinh demo seed):
 *
 *   a newcomer picks a common password ("matkhau2024") → the refusal shows in Vietnamese next to the
 *   password field → a better one → signed in, on their dossiers; somebody registers the demo citizen's
 *   ID number (084190000001) again → the same answer from the API, no new account, and the page says the
 *   number already had one and how its owner gets back in.
 *
 * Every page is checked with axe-core and photographed to test-results/screenshots/11x-*.png.
 */
import type { AddressInfo } from 'node:net';
import { buildApp, seedDemo } from '@openprovince/api';
import { createTestDatabase, prepareTestDatabases, type TestDatabase } from '@openprovince/testing';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  checkAccessibility,
  DIST,
  ensureWebBuild,
  PASSWORD,
  snap,
} from './support/browser.ts';

let db: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let baseUrl: string;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
      consoleErrors.push(message.text());
  });
  return page;
}

async function fillRegistration(
  page: Page,
  values: { personalId: string; fullName: string; phone: string; password: string },
) {
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill(values.personalId);
  await page.getByLabel('Họ và tên').fill(values.fullName);
  await page.getByLabel('Số điện thoại').fill(values.phone);
  await page.getByLabel(/^Mật khẩu/).fill(values.password);
}

describe('citizen registration: common passwords refused, existing ID numbers not revealed by the API (Chromium)', () => {
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
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.close();
    await db?.destroy();
  });

  it('refuses a common password next to the field, then opens the account with a better one', async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl}/citizen/register`);
    expect(response?.headers()['permissions-policy']).toContain('camera=()');
    const values = {
      personalId: '084201000555',
      fullName: 'Thạch Thị Sa Rây',
      phone: '0912000555',
      password: 'matkhau2024',
    };
    await fillRegistration(page, values);
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    const password = page.getByLabel(/^Mật khẩu/);
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await password.getAttribute('aria-describedby');
    const message = await page.locator(`#${describedBy}`).textContent();
    expect(message).toContain('Mật khẩu này quá phổ biến');
    expect(message).not.toContain('this password is common');
    await snap(page, '110-register-common-password');
    await checkAccessibility(page, '110-register-common-password');

    await password.fill('Cây dừa sáp Cầu Kè 2021');
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/citizen/register'));
    const me = (await page.evaluate(`fetch('/api/auth/me').then((r) => r.json())`)) as { fullName: string };
    expect(me.fullName).toBe('Thạch Thị Sa Rây');
    await snap(page, '111-register-signed-in');
  });

  it('answers a repeated ID number like a new one; the page tells how the owner gets back in', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/citizen/register`);
    await fillRegistration(page, {
      personalId: '084190000001',
      fullName: 'Người Khác',
      phone: '0900000001',
      password: 'Một câu khác dài hơn 2021',
    });
    const [registration] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/citizens') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Đăng ký' }).click(),
    ]);
    expect(registration.status()).toBe(202);
    const notice = page.getByTestId('register-already');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('đã có tài khoản từ trước');
    expect(await notice.textContent()).toContain('VNeID');
    expect(page.url()).toMatch(/\/citizen\/register$/);
    await snap(page, '112-register-existing-number');
    await checkAccessibility(page, '112-register-existing-number');

    // The demo citizen's own password still works: nothing was changed.
    const signIn = await fetch(`${baseUrl}/api/auth/citizen-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personalId: '084190000001', password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
  });

  it('raised no uncaught errors and no console errors in the pages', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
