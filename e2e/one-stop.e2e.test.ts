/**
 * The one-stop journey in Debian's Chromium against the platform started in this process (in-memory
 * PGlite, the Trà Vinh demo seed without demo dossiers, the API serving the built web app):
 *
 *   citizen portal / on a phone (light first page, reflows at 320 px) → accent-free search "giay phep buu
 *   chinh" → procedure page (fees 15.000.000 đ, time limit) → sign in as citizen 084190000001 → one question
 *   per page, filled in from the account → the supporting documents (uploaded when chosen; missing and
 *   wrong-type files in the error summary) → the applicant page asks the phone once → check your answers
 *   (kept across a reload) → double-click "send" → one dossier with its file, confirmation with its code →
 *   the one-stop officer lands on the work queue, reads the applicant's declaration and accepts it from the
 *   online queue (If-Match, confirmed in a dialog), the appointment slip is a PDF printing the 8-day online
 *   limit its due date uses → anyone looks it up by code + phone → a second dossier is refused, which needs
 *   a reason → the officer forwards the first; the confirmation names the specialist step and agency → the
 *   specialist finds it in the work queue and requests the fee → the citizen sees the VietQR code and
 *   notice, pays with the gateway simulator, the receipt job marks it paid → the specialist hands over to
 *   the leader (control slip) → the leader approves with a comment → the officer presses "Trả kết quả"
 *   without the file (a fully online service: the error shows next to the file field), picks the result
 *   file and returns it with the same button → the citizen downloads the result and rates 5/5 by keyboard →
 *   the leader's dashboard shows the new figures, charts and the map.
 *
 * Every page is checked with axe-core (serious/critical violations fail) and photographed to
 * test-results/screenshots/. Run: npm run test:e2e
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, composePlatform, seedDemo, testConfig } from '@openprovince/api';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '@openprovince/db';
import { QUEUES, startJobWorker } from '@openprovince/jobs';
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
/** A small but real PDF (the API reads the type from the content). */
const pdfFile = (text: string) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`, 'utf8');
const SUPPORTING_PDF = pdfFile('Phuong an kinh doanh');
const RESULT_PDF = pdfFile('Giay phep buu chinh');

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
let dossierId = '';
let procedureId = '';
let worker: { stop(): Promise<void> } | undefined;
let officer: Page;
let specialist: Page;
let leaderPage: Page;

/** Officials land on their work queue, not on their account page. */
async function signInOfficial(username: string): Promise<Page> {
  const { page } = await newPage({ width: 1280, height: 860 });
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/office$/);
  await page.getByTestId('queue-todo').waitFor();
  return page;
}

/** The text of a PDF as a person's tools read it (qpdf checks the file first). */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'one-stop-'));
  try {
    const file = join(dir, 'slip.pdf');
    writeFileSync(file, bytes);
    execFileSync('qpdf', ['--check', file]);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens the dossier from the official's work queue ("Việc cần làm", the default queue). */
async function openFromWorkQueue(page: Page, shot: string, photo = true): Promise<void> {
  await page.goto(`${baseUrl}/office`);
  const link = page.getByTestId('queue-dossier-link').filter({ hasText: dossierCode });
  await link.waitFor();
  expect(await page.getByTestId('queue-todo').getAttribute('aria-current')).toBe('page');
  if (photo) await snap(page, shot);
  await checkAccessibility(page, shot);
  await link.click();
  await page.getByTestId('dossier-workspace').waitFor();
}

/**
 * Takes an action by keyboard alone: focus the button, press Enter, read who receives the dossier in the
 * confirmation dialog, type the comment if any, confirm, wait for the result. Returns the dialog's
 * recipient line and the success message.
 */
async function act(
  page: Page,
  action: string,
  state: string,
  options: { comment?: string; shot?: string } = {},
): Promise<{ recipient: string; done: string }> {
  await page.getByTestId(`action-${action}`).focus();
  await page.keyboard.press('Enter');
  const recipient = (await page.getByTestId('action-recipient').textContent()) ?? '';
  if (options.comment) await page.getByTestId('action-note').fill(options.comment);
  if (options.shot) {
    await snap(page, options.shot);
    await checkAccessibility(page, options.shot);
  }
  await page.getByTestId('action-confirm').click();
  await page.getByTestId('action-done').waitFor();
  await expect.poll(() => page.getByTestId('dossier-state').textContent()).toBe(state);
  return { recipient, done: (await page.getByTestId('action-done').textContent()) ?? '' };
}

describe('one-stop journey: citizen → officer → leader (Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    db = await openDatabase({});
    await migrateDatabase(db);
    await seedDemo(db.db, { dossiers: 0 });
    const config = testConfig({ webDist: DIST });
    const platform = composePlatform({ db: db.db, config });
    app = await buildApp({ db: db.db, config, platform });
    // The payment receipt runs as a job after the gateway's callback, as in production (main.ts).
    worker = startJobWorker(db.db, {
      handlers: { [QUEUES.paymentReceived]: platform.jobHandlers[QUEUES.paymentReceived]! },
      pollMs: 250,
    });
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
    await worker?.stop();
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
    // The demo catalogue assigns levels pseudo-randomly: take a fully online (toàn trình) postal licence,
    // whose result is delivered online and whose online time limit is shorter (8 of 10 working days).
    const list = (await (
      await fetch(`${baseUrl}/api/procedures?q=${encodeURIComponent('cap giay phep buu chinh')}&limit=50`)
    ).json()) as {
      items: {
        id: string;
        name: string;
        serviceLevel: { level: string } | null;
        onlineTimeLimit: { amount: number } | null;
      }[];
    };
    const online = list.items.find((p) => ['4', 'full'].includes(p.serviceLevel?.level ?? ''));
    expect(online, 'a fully online postal-licence procedure').toBeDefined();
    expect(online!.onlineTimeLimit?.amount).toBe(8);
    procedureId = online!.id;
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

    // The account fills in the name; an empty required answer shows the error summary first.
    expect(await citizen.getByTestId('question-input').inputValue()).toBe('Nguyễn Văn An');
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
      if (/\/apply\/(attachments|applicant)/.test(url)) break;
      const property = /to-khai\.(\w+)/.exec(url)?.[1] ?? '';
      // The phone is asked once, on the applicant page, and fills the e-form's phone too.
      expect(property).not.toBe('soDienThoai');
      const radio = citizen.locator('.op-radios input[type=radio]');
      if (await radio.count()) await radio.first().check();
      else await citizen.getByTestId('question-input').fill(answers[property] ?? 'Trả lời');
      if (property === 'ngaySinh') await snap(citizen, '25-question-date');
      await citizen.getByTestId('wizard-continue').click();
      await citizen.waitForURL((u) => u.toString() !== url);
    }
    // The supporting documents: one file input per component without an e-form.
    await citizen.waitForURL(/\/apply\/attachments$/);
    await citizen.getByTestId('wizard-continue').click();
    await citizen.locator('.op-error-summary').waitFor();
    expect(await citizen.locator('.op-error-summary').textContent()).toContain('Vui lòng chọn tệp cho:');
    await citizen
      .getByTestId('file-giay-to-kem-theo')
      .setInputFiles({ name: 'phuong-an.docx', mimeType: 'application/msword', buffer: SUPPORTING_PDF });
    await citizen.getByTestId('wizard-continue').click();
    await expect
      .poll(() => citizen.locator('.op-error-summary').textContent())
      .toContain('chỉ nhận tệp PDF, PNG hoặc JPEG');
    await snap(citizen, '70-attachments-error');
    await checkAccessibility(citizen, '70-attachments-error');
    // The summary's link leads to the field; the keyboard then reaches the file input.
    await citizen.locator('.op-error-summary a').first().focus();
    await citizen.keyboard.press('Enter');
    await expect.poll(() => citizen.evaluate('document.activeElement?.id')).toBe('file-giay-to-kem-theo');
    await citizen.getByTestId('file-giay-to-kem-theo').setInputFiles({
      name: 'Phương án kinh doanh.pdf',
      mimeType: 'application/pdf',
      buffer: SUPPORTING_PDF,
    });
    // Uploaded as soon as it is chosen, and kept with the draft on the server.
    await expect
      .poll(() => citizen.getByTestId('file-status-giay-to-kem-theo').textContent())
      .toContain('Đã tải lên: Phương án kinh doanh.pdf');
    await citizen.getByTestId('wizard-continue').click();
    await citizen.waitForURL(/\/apply\/applicant$/);
    // Filled in from the account: the name, the phone and the e-mail.
    expect(await citizen.getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Văn An');
    expect(await citizen.getByLabel('Số điện thoại').inputValue()).toBe(CITIZEN.phone);
    // The commune of residence (for the leader's map): part of its name typed without accents, then chosen.
    await citizen.getByLabel('Tìm xã, phường nơi cư trú').fill('long duc');
    const commune = citizen.getByLabel('Xã, phường nơi cư trú (không bắt buộc)', { exact: true });
    await expect
      .poll(() => commune.locator('option').allTextContents())
      .toEqual(['— Chưa chọn (1 xã, phường phù hợp) —', 'Phường Long Đức']);
    await commune.selectOption({ label: 'Phường Long Đức' });
    await checkAccessibility(citizen, '26-applicant');
    await citizen.getByTestId('wizard-continue').click();
    await citizen.waitForURL(/\/apply\/check$/);
    expect(await citizen.getByTestId('check-answers').textContent()).toContain('05/02/1990');
    await expect
      .poll(() => citizen.getByTestId('check-applicant').textContent())
      .toContain('Phường Long Đức');
    // Autosave: a reload keeps every answer.
    await citizen.reload();
    await citizen.getByTestId('check-answers').waitFor();
    expect(await citizen.getByTestId('check-answers').textContent()).toContain(
      'Công ty TNHH Bưu chính Trà Vinh',
    );
    // …and the chosen file (kept with the draft on the server).
    expect(await citizen.getByTestId('check-files').textContent()).toContain('Phương án kinh doanh.pdf');
    await snap(citizen, '27-check-answers');
    await checkAccessibility(citizen, '27-check-answers');
  });

  it('sends once even when the button is double-clicked, and shows the code and due date', async () => {
    await citizen.getByTestId('wizard-submit').dblclick();
    await citizen.waitForURL(/\/submitted\//);
    dossierCode = ((await citizen.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(dossierCode.length).toBeGreaterThan(8);
    // An online dossier's date is set when the one-stop section accepts it; until then, the date acceptance
    // now would give (from the work calendar), with the time limit it comes from.
    await expect
      .poll(() => citizen.getByTestId('dossier-due-note').textContent())
      .toMatch(/^Dự kiến, nếu hồ sơ được tiếp nhận ngay: thời hạn giải quyết là 8 ngày làm việc kể từ khi/);
    const due = await citizen.getByTestId('dossier-due').textContent();
    expect(due).toMatch(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}Dự kiến/);

    console.log(`dossier ${dossierCode}`);
    const mine = (await citizen.evaluate('fetch("/api/dossiers").then((r) => r.json())')) as {
      total: number;
      items: { id: string }[];
    };
    expect(mine.total).toBe(1);
    dossierId = mine.items[0]!.id;
    const full = (await citizen.evaluate(`fetch("/api/dossiers/${dossierId}").then((r) => r.json())`)) as {
      attachments: { componentKey: string; fileName: string; mediaType: string }[];
    };
    expect(full.attachments).toEqual([
      expect.objectContaining({
        componentKey: 'giay-to-kem-theo',
        fileName: 'Phương án kinh doanh.pdf',
        mediaType: 'application/pdf',
      }),
    ]);
    await snap(citizen, '28-confirmation');
    await checkAccessibility(citizen, '28-confirmation');
  });

  it('lets the one-stop officer read the declaration and accept it from the online queue; the slip prints the online limit', async () => {
    const page = await signInOfficial('motcua.stttt');
    officer = page;
    const context = page.context();
    await snap(page, '29-office-landing');
    await page.goto(`${baseUrl}/office?queue=online`);
    const link = page.getByTestId('queue-dossier-link').filter({ hasText: dossierCode });
    await link.waitFor();
    await snap(page, '30-office-queue');
    await checkAccessibility(page, '30-office-queue');

    await link.click();
    await page.getByTestId('dossier-workspace').waitFor();
    expect(await page.getByTestId('dossier-state').textContent()).toBe('Mới đăng ký');
    // The applicant's declaration, as the citizen typed it, and the files under their component.
    const declaration = (await page.getByTestId('dossier-declaration').textContent()) ?? '';
    expect(declaration).toContain('Số định danh cá nhân');
    expect(declaration).toContain(CITIZEN.personalId);
    expect(declaration).toContain('Ngày, tháng, năm sinh05/02/1990');
    expect(declaration).toContain('Công ty TNHH Bưu chính Trà Vinh');
    expect(await page.getByTestId('applicant-phone').textContent()).toBe(CITIZEN.phone);
    expect(await page.getByTestId('attachment-group-giay-to-kem-theo').textContent()).toContain(
      'Phương án kinh doanh.pdf',
    );
    await page.getByTestId('dossier-declaration').scrollIntoViewIfNeeded();
    await snap(page, '31-office-dossier-declaration');
    await checkAccessibility(page, '31-office-dossier-new');
    await page.getByTestId('action-accept').click();
    expect(await page.getByTestId('action-recipient').textContent()).toBe(
      'Hồ sơ sẽ chuyển đến: Bộ phận Một cửa — Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    );
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('action-done').waitFor();
    await expect.poll(() => page.getByTestId('dossier-state').textContent()).toBe('Được tiếp nhận');
    const due = (await page.getByTestId('dossier-due').textContent()) ?? '';
    expect(due).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    const href = await page.getByTestId('document-receipt.pdf').getAttribute('href');
    const pdf = await context.request.get(`${baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // The slip's time limit is the one its due date was computed with (the online limit), not the 10 days.
    const slip = pdfText(await pdf.body());
    expect(slip).toContain('Thời hạn giải quyết: 8 ngày làm việc (hồ sơ nộp trực tuyến;');
    expect(slip).toContain(`Ngày hẹn trả kết quả: ${due.match(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)![0]}`);
    expect(slip).toContain('Hình thức nhận kết quả: trực tuyến');
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

  it('refuses a second dossier only with a reason, kept in its history', async () => {
    // A second application by the same citizen, sent through the API as the wizard does.
    const second = (await citizen.evaluate(
      async (body) => {
        const res = await fetch('/api/dossiers', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': 'e2e-second-dossier-0001' },
          body: JSON.stringify(body),
        });
        return res.json();
      },
      {
        procedureId,
        applicant: { name: 'Nguyễn Văn An', phone: CITIZEN.phone },
        answers: {
          'to-khai': {
            hoTen: 'Nguyễn Văn An',
            soDinhDanh: CITIZEN.personalId,
            tenToChuc: 'Công ty TNHH Bưu chính Trà Vinh',
            phamVi: 'Nội tỉnh',
          },
        },
      },
    )) as { id: string; code: string };
    expect(second.code).toBeTruthy();
    await officer.goto(`${baseUrl}/office/dossiers/${second.id}`);
    await officer.getByTestId('dossier-workspace').waitFor();
    await officer.getByTestId('action-refuse').click();
    expect(await officer.getByTestId('action-recipient').textContent()).toBe(
      'Sau khi xác nhận: Người nộp hồ sơ được thông báo; hồ sơ chuyển sang trạng thái “Không được tiếp nhận”.',
    );
    // Wrong order: confirm without a reason.
    await officer.getByTestId('action-confirm').click();
    await expect
      .poll(() => officer.locator('.ant-modal .ant-form-item-explain-error').textContent())
      .toBe('Vui lòng nhập lý do, ý kiến.');
    expect(await officer.getByTestId('dossier-state').textContent()).toBe('Mới đăng ký');
    await snap(officer, '80-office-refusal-needs-reason');
    await checkAccessibility(officer, '80-office-refusal-needs-reason');
    await officer.getByTestId('action-note').fill('Hồ sơ trùng với hồ sơ đã nộp trước đó');
    await officer.getByTestId('action-confirm').click();
    await officer.getByTestId('action-done').waitFor();
    await expect.poll(() => officer.getByTestId('dossier-state').textContent()).toBe('Không được tiếp nhận');
    expect(await officer.getByTestId('dossier-history').textContent()).toContain(
      'Ý kiến: Hồ sơ trùng với hồ sơ đã nộp trước đó',
    );
  });

  it('the officer forwards it; the specialist finds it in the work queue and requests the fee', async () => {
    await officer.goto(`${baseUrl}/office/dossiers/${dossierId}`);
    await officer.getByTestId('dossier-workspace').waitFor();
    const forward = await act(officer, 'forward', 'Đang xử lý', { shot: '81-office-forward-confirm' });
    // The confirmation and the result name who receives it: the specialist step of the agency.
    expect(forward.recipient).toBe(
      'Hồ sơ sẽ chuyển đến: Chuyên viên — bước “Thẩm định hồ sơ” — Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    );
    expect(forward.done).toBe(
      'Đã thực hiện: Chuyển xử lý. Đã chuyển đến: Chuyên viên — bước “Thẩm định hồ sơ” — Sở Thông tin và Truyền thông tỉnh Trà Vinh.',
    );
    await snap(officer, '82-office-forwarded');
    const page = await signInOfficial('chuyenvien.stttt');
    await openFromWorkQueue(page, '71-specialist-queue');
    expect(await page.getByTestId('dossier-state').textContent()).toBe('Đang xử lý');
    // The citizen's file is there for the specialist.
    expect(await page.getByTestId('dossier-attachments').textContent()).toContain('Phương án kinh doanh.pdf');
    await act(page, 'request_payment', 'Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(await page.getByTestId('action-send_back').count()).toBe(0);
    await page.getByTestId('document-payment.pdf').waitFor();
    await snap(page, '72-specialist-payment-requested');
    await checkAccessibility(page, '72-specialist-payment-requested');
    specialist = page;
  });

  it('shows the citizen the VietQR payment request; the simulator pays and the receipt arrives', async () => {
    await citizen.goto(`${baseUrl}/my-dossiers/${dossierId}`);
    await citizen.getByTestId('payment-panel').waitFor();
    expect(await citizen.getByTestId('payment-amount').textContent()).toBe('15.000.000 đ');
    expect(await citizen.getByTestId('payment-code').textContent()).toMatch(/\S{6,}/);
    await expect
      .poll(() =>
        citizen
          .getByTestId('payment-qr')
          .evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
      )
      .toBeGreaterThan(100);
    const notice = await citizen
      .context()
      .request.get(`${baseUrl}${await citizen.getByTestId('payment-notice').getAttribute('href')}`);
    expect(notice.headers()['content-type']).toContain('application/pdf');
    expect((await notice.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await snap(citizen, '73-citizen-payment');
    await checkAccessibility(citizen, '73-citizen-payment');

    await citizen.getByTestId('payment-simulate').focus();
    await citizen.keyboard.press('Enter');
    // The gateway's callback enqueues the receipt; the job moves the dossier on; the page asks again.
    await citizen.getByTestId('payment-receipts').waitFor({ timeout: 20_000 });
    expect(await citizen.getByTestId('payment-receipts').textContent()).toMatch(
      /^Đã nộp 15\.000\.000 đ lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}, biên lai số \S+\.$/,
    );
    expect(await citizen.getByTestId('payment-simulate').count()).toBe(0);
    await snap(citizen, '74-citizen-paid');
    await checkAccessibility(citizen, '74-citizen-paid');
  });

  it('the specialist hands over to the leader with the control slip; the leader approves', async () => {
    await specialist.reload();
    await expect.poll(() => specialist.getByTestId('dossier-state').textContent()).toBe('Đang xử lý');
    // Paid: no second payment request is offered.
    expect(await specialist.getByTestId('action-request_payment').count()).toBe(0);
    const handover = await act(specialist, 'process', 'Đang xử lý', {
      comment: 'Đủ điều kiện, đề xuất cấp phép',
    });
    expect(handover.recipient).toBe(
      'Hồ sơ sẽ chuyển đến: Lãnh đạo — bước “Phê duyệt kết quả” — Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    );
    // The processing-control slip (Circular 01/2018) records the hand-over; the leader's step is next.
    const history = await specialist.getByTestId('dossier-history').textContent();
    expect(history).toContain('Hoàn thành bước xử lý');
    expect(history).toContain(
      'Chuyển đến bước: Phê duyệt kết quả — Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    );
    expect(history).toContain('Ý kiến: Đủ điều kiện, đề xuất cấp phép');
    expect(history).toContain('Hệ thống (tự động)');
    const control = await specialist
      .context()
      .request.get(`${baseUrl}${await specialist.getByTestId('document-control.pdf').getAttribute('href')}`);
    expect((await control.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await snap(specialist, '75-specialist-handover');
    await checkAccessibility(specialist, '75-specialist-handover');

    const leader = await signInOfficial('lanhdao.stttt');
    await openFromWorkQueue(leader, '76-leader-queue');
    const approval = await act(leader, 'approve', 'Đã xử lý xong', { comment: 'Đồng ý cấp phép' });
    expect(approval.recipient).toBe(
      'Hồ sơ sẽ chuyển đến: Bộ phận Một cửa — Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    );
    expect(await leader.getByTestId('dossier-history').textContent()).toContain('Ý kiến: Đồng ý cấp phép');
    await snap(leader, '77-leader-approved');
    await checkAccessibility(leader, '77-leader-approved');
    leaderPage = leader;
  });

  it('the officer returns the result with its file by the prominent button (not without it)', async () => {
    await openFromWorkQueue(officer, 'office-todo-return', false);
    expect(await officer.getByTestId('dossier-state').textContent()).toBe('Đã xử lý xong');
    // Wrong order: "Trả kết quả" before picking the file of a fully online service.
    await officer.getByTestId('action-return').click();
    const error = officer.getByTestId('result-file-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'Dịch vụ công trực tuyến toàn trình: cần gửi kèm tệp kết quả, hoặc chọn "Trả kết quả bằng bản giấy"',
    );
    expect(await officer.getByTestId('result-file').getAttribute('aria-describedby')).toContain(
      'result-file-error',
    );
    expect(await officer.evaluate('document.activeElement?.id')).toBe('result-file');
    expect(await officer.getByTestId('dossier-state').textContent()).toBe('Đã xử lý xong');
    await snap(officer, '83-office-return-needs-file');
    await checkAccessibility(officer, '83-office-return-needs-file');

    await officer
      .getByTestId('result-file')
      .setInputFiles({ name: 'Giấy phép bưu chính.pdf', mimeType: 'application/pdf', buffer: RESULT_PDF });
    expect(await error.count()).toBe(0);
    await officer.getByTestId('action-return').focus();
    await officer.keyboard.press('Enter');
    expect(await officer.getByTestId('action-recipient').textContent()).toBe(
      'Trả kết quả kèm tệp “Giấy phép bưu chính.pdf”; người nộp tải về trên Cổng dịch vụ công.',
    );
    await officer.getByTestId('action-confirm').click();
    await officer.getByTestId('action-done').waitFor();
    await expect.poll(() => officer.getByTestId('dossier-state').textContent()).toBe('Đã trả kết quả');
    expect(await officer.getByTestId('action-done').textContent()).toBe(
      'Đã thực hiện: Trả kết quả. Kết quả đã trả trực tuyến.',
    );
    expect(await officer.getByTestId('attachment-group-ket-qua').textContent()).toBe(
      'Kết quả giải quyết Giấy phép bưu chính.pdf',
    );
    await snap(officer, '78-office-returned');
    await checkAccessibility(officer, '78-office-returned');
  });

  it('lets the citizen download the result and rate the service by keyboard', async () => {
    await citizen.goto(`${baseUrl}/my-dossiers/${dossierId}`);
    await citizen.getByTestId('result-panel').waitFor();
    const download = citizen.getByTestId('result-download');
    expect(await download.textContent()).toBe('Tải kết quả: Giấy phép bưu chính.pdf');
    expect(await citizen.getByTestId('result-delivery').textContent()).toBe(
      'Kết quả được trả trực tuyến: tải tệp dưới đây.',
    );
    const file = await citizen.context().request.get(`${baseUrl}${await download.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    expect((await file.body()).equals(RESULT_PDF)).toBe(true);

    // Keyboard only: Tab into the scores, arrow keys move the choice, Enter sends.
    await citizen.locator('#rating-5').focus();
    await citizen.keyboard.press('Space');
    expect(await citizen.locator('#rating-5').isChecked()).toBe(true);
    await citizen.keyboard.press('Tab');
    await citizen.keyboard.type('Cán bộ hướng dẫn tận tình.');
    await citizen.keyboard.press('Tab');
    await citizen.keyboard.press('Enter');
    await expect
      .poll(() => citizen.getByTestId('rating-done').textContent())
      .toBe('Cảm ơn bạn đã đánh giá (5/5).');
    await snap(citizen, '79-citizen-result-rated');
    await checkAccessibility(citizen, '79-citizen-result-rated');
  });

  it("shows the leader's dashboard with the new figures, charts and the commune map", async () => {
    const page = leaderPage;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Bảng điều hành' })
      .click();
    await page.getByTestId('dashboard-figures').waitFor();
    await expect.poll(() => page.getByTestId('kpi-received').textContent()).toBe('1');
    expect(await page.getByTestId('kpi-online-rate').textContent()).toBe('100 %');
    // The journey's dossier is finished (on time) and rated: the period's figures say so.
    const kpi = (label: string) =>
      page.locator('.op-kpis li').filter({ hasText: label }).locator('.op-kpi-value').textContent();
    expect(await kpi('Tỷ lệ đúng hạn')).toBe('100 %');
    expect(await kpi('Mức hài lòng')).toBe('5,00');
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
