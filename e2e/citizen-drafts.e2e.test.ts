/**
 * The citizen's side of issue 9 (items 9–10) in Debian's Chromium against the platform started in this
 * process (in-memory PGlite, the Trà Vinh demo seed):
 *
 *   search "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh" → nine results with one title, each naming its
 *   district People's Committee and level → narrowed by level and agency → the procedure page names the
 *   agency and the one-stop section → sign in → the wizard is filled in from the account (name, identity
 *   number), the phone is not asked in the e-form → the file is uploaded as soon as it is chosen → reload:
 *   the file is still there → "my dossiers" lists the draft, "continue" resumes it → a removed required file
 *   is said on the attachments page, never a silent return → submitted with its file, the draft gone →
 *   another draft started, an old local copy planted, sign-out: nothing of a draft left in the browser.
 *
 * Every page is checked with axe-core (serious/critical violations fail) and photographed to
 * test-results/screenshots/. Run: CHROMIUM_PATH=/usr/bin/chromium npx vitest run --project e2e e2e/citizen-drafts.e2e.test.ts
 */
import type { AddressInfo } from 'node:net';
import { buildApp, composePlatform, seedDemo, testConfig } from '@openprovince/api';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '@openprovince/db';
import { type Browser, chromium, type Page } from 'playwright-core';
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

const TITLE = 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh';
const CITIZEN = { personalId: '084190000001', fullName: 'Nguyễn Văn An', phone: '0912345678' };
const BIRTH_DATE = '05/02/1990';
const DISTRICT_COMMITTEES = [
  'Ủy ban nhân dân thành phố Trà Vinh',
  'Ủy ban nhân dân huyện Càng Long',
  'Ủy ban nhân dân huyện Cầu Kè',
  'Ủy ban nhân dân huyện Tiểu Cần',
  'Ủy ban nhân dân huyện Châu Thành',
  'Ủy ban nhân dân huyện Cầu Ngang',
  'Ủy ban nhân dân huyện Trà Cú',
  'Ủy ban nhân dân huyện Duyên Hải',
  'Ủy ban nhân dân thị xã Duyên Hải',
];
const pdfFile = (text: string) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`, 'utf8');

let db: DatabaseHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
let baseUrl: string;
let page: Page;
const pageErrors: string[] = [];
let procedure: { id: string; agencyName: string };

/** Everything the browser keeps for this site, keys and values. */
async function browserStorage(
  p: Page,
): Promise<{ local: Record<string, string>; session: Record<string, string> }> {
  return (await p.evaluate(`(() => {
    const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i))]));
    return { local: dump(window.localStorage), session: dump(window.sessionStorage) };
  })()`)) as { local: Record<string, string>; session: Record<string, string> };
}

/** Nothing personal of the application (identity number, date of birth, name, phone) in either storage. */
function expectNothingPersonal(stored: { local: Record<string, string>; session: Record<string, string> }) {
  const text = JSON.stringify(stored);
  for (const secret of [CITIZEN.personalId, BIRTH_DATE, '1990-02-05', CITIZEN.fullName, CITIZEN.phone]) {
    expect(text, `storage holds ${secret}: ${text}`).not.toContain(secret);
  }
  const keys = [...Object.keys(stored.local), ...Object.keys(stored.session)];
  expect(keys.filter((k) => /^openprovince\.(draft|files)\./.test(k))).toEqual([]);
}

describe('citizen drafts and agencies in search (Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    db = await openDatabase({});
    await migrateDatabase(db);
    await seedDemo(db.db, { dossiers: 0 });
    const config = testConfig({ webDist: DIST });
    const platform = composePlatform({ db: db.db, config });
    app = await buildApp({ db: db.db, config, platform });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    if (axeSummary.length) console.log(`axe-core:\n  ${axeSummary.join('\n  ')}`);
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('shows the agency and level of each result, so nine identical titles read as nine district committees', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByLabel('Tìm thủ tục hành chính').fill('cap lai giay chung nhan dang ky ho kinh doanh');
    await page.getByTestId('procedure-search-submit').click();
    await page.getByTestId('procedure-results').waitFor();
    const results = page.getByTestId('procedure-results').locator('li');
    const rows = await results.evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('.op-result-title')?.textContent ?? '',
        agency: li.querySelector('[data-testid="procedure-agency-name"]')?.textContent ?? '',
      })),
    );
    const same = rows.filter((r) => r.title === TITLE);
    expect(same).toHaveLength(9);
    const agencies = same.map((r) => /^Cơ quan thực hiện: (.+?)Cấp huyện$/.exec(r.agency)?.[1]);
    expect(new Set(agencies)).toEqual(new Set(DISTRICT_COMMITTEES));
    await snap(page, 'citizen-drafts-01-search-agencies');
    await checkAccessibility(page, 'citizen-drafts-01-search-agencies');

    // Narrow to one district: the level, then the agency (the list counts its procedures).
    const list = (await (
      await fetch(
        `${baseUrl}/api/procedures?q=${encodeURIComponent(TITLE)}&implementingLevel=district&limit=50`,
      )
    ).json()) as {
      items: { id: string; name: string; agencyName: string; serviceLevel: { level: string } | null }[];
    };
    // The demo assigns levels pseudo-randomly: take a district that accepts this one online.
    const online = list.items.find(
      (p) => p.name === TITLE && ['3', '4', 'full', 'partial'].includes(p.serviceLevel?.level ?? ''),
    );
    expect(online, 'a district accepting it online').toBeDefined();
    procedure = { id: online!.id, agencyName: online!.agencyName };
    await page.getByTestId('procedure-level').selectOption('district');
    const option = page.getByTestId('procedure-agency').locator('option', { hasText: procedure.agencyName });
    await page.getByTestId('procedure-agency').selectOption((await option.getAttribute('value'))!);
    await page.getByTestId('procedure-filter-submit').click();
    await expect.poll(() => page.url()).toContain('level=district');
    await expect
      .poll(async () =>
        (await page.getByTestId('procedure-agency-name').allTextContents()).every((t) =>
          t.includes(procedure.agencyName),
        ),
      )
      .toBe(true);
    expect(await page.locator('.op-result-title', { hasText: TITLE }).count()).toBe(1);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 375, height: 740 });
    await snap(page, 'citizen-drafts-02-search-filtered');
    await checkAccessibility(page, 'citizen-drafts-02-search-filtered');
  });

  it('names on the procedure page the agency that handles it and where to hand the dossier in', async () => {
    await page.locator('.op-result-title', { hasText: TITLE }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(TITLE);
    expect(await page.getByTestId('procedure-agency').textContent()).toBe(procedure.agencyName);
    expect(await page.getByTestId('procedure-one-stop').textContent()).toMatch(
      new RegExp(`^Bộ phận Tiếp nhận và Trả kết quả – ${procedure.agencyName}`),
    );
    await snap(page, 'citizen-drafts-03-procedure-agency');
    await checkAccessibility(page, 'citizen-drafts-03-procedure-agency');
  });

  it('fills the application in from the account, asks no phone in the e-form and uploads the file when chosen', async () => {
    await page.getByTestId('apply-start').click();
    await page.waitForURL(/\/citizen\/login$/);
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill(CITIZEN.personalId);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByTestId('citizen-login-submit').click();
    await page.waitForURL(/\/apply\/to-khai\.hoTen$/);
    const answers: Record<string, string> = {
      ngaySinh: BIRTH_DATE,
      tenDoanhNghiep: 'Hộ kinh doanh An Phát',
      vonDieuLe: '500000000',
    };
    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      const url = page.url();
      if (/\/apply\/attachments$/.test(url)) break;
      const property = /to-khai\.(\w+)/.exec(url)?.[1] ?? '';
      seen.push(property);
      const radio = page.locator('.op-radios input[type=radio]');
      if (await radio.count()) await radio.first().check();
      else if (property === 'hoTen' || property === 'soDinhDanh') {
        // Filled in from the account: the name and the identity number.
        const expected = property === 'hoTen' ? CITIZEN.fullName : CITIZEN.personalId;
        expect(await page.getByTestId('question-input').inputValue()).toBe(expected);
        await snap(page, `citizen-drafts-04-prefilled-${property}`);
        await checkAccessibility(page, `citizen-drafts-04-prefilled-${property}`);
      } else await page.getByTestId('question-input').fill(answers[property] ?? 'Trả lời');
      await page.getByTestId('wizard-continue').click();
      await page.waitForURL((u) => u.toString() !== url);
    }
    // Every e-form question had its page except the phone, which the applicant page asks once.
    expect(seen).toEqual(expect.arrayContaining(['hoTen', 'soDinhDanh', 'ngaySinh', 'tenDoanhNghiep']));
    expect(seen).not.toContain('soDienThoai');
    await page.waitForURL(/\/apply\/attachments$/);
    await page.getByTestId('file-giay-to-kem-theo').setInputFiles({
      name: 'Giấy chứng nhận cũ.pdf',
      mimeType: 'application/pdf',
      buffer: pdfFile('Giay chung nhan cu'),
    });
    await expect
      .poll(() => page.getByTestId('file-status-giay-to-kem-theo').textContent())
      .toContain('Đã tải lên: Giấy chứng nhận cũ.pdf');
    await snap(page, 'citizen-drafts-06-file-uploaded');
    await checkAccessibility(page, 'citizen-drafts-06-file-uploaded');
    // The wizard keeps nothing in the browser: the draft (identity number, date of birth) is on the server.
    expectNothingPersonal(await browserStorage(page));
  });

  it('keeps the chosen file across a reload, lists the draft in "my dossiers" and resumes it there', async () => {
    await page.reload();
    await expect
      .poll(() => page.getByTestId('file-status-giay-to-kem-theo').textContent())
      .toContain('Đã tải lên: Giấy chứng nhận cũ.pdf');
    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByTestId('my-drafts').waitFor();
    expect(await page.getByTestId('my-drafts').textContent()).toContain('Bản nháp');
    expect(await page.getByTestId('my-drafts').textContent()).toContain('1 tệp đính kèm');
    await snap(page, 'citizen-drafts-07-my-drafts');
    await checkAccessibility(page, 'citizen-drafts-07-my-drafts');
    await page.getByRole('link', { name: `Tiếp tục khai: ${TITLE}` }).click();
    await page.waitForURL(/\/apply\/attachments$/);
    await page.getByTestId('wizard-continue').click();
    await page.waitForURL(/\/apply\/applicant$/);
    // The phone, asked once here, comes from the account; so do the name and the e-mail.
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe(CITIZEN.fullName);
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe(CITIZEN.phone);
    expect(await page.getByLabel('Thư điện tử (không bắt buộc)').inputValue()).toBe('nguyenvanan@example.vn');
    await page.getByTestId('wizard-continue').click();
    await page.waitForURL(/\/apply\/check$/);
    expect(await page.getByTestId('check-files').textContent()).toContain('Giấy chứng nhận cũ.pdf');
  });

  it('says on the attachments page that a required file is missing, never a silent return', async () => {
    await page.goto(`${baseUrl}/procedures/${procedure.id}/apply/attachments`);
    await page.getByTestId('file-remove-giay-to-kem-theo').click();
    await expect
      .poll(() => page.getByTestId('file-status-giay-to-kem-theo').textContent())
      .toContain('Tệp PDF, PNG hoặc JPEG');
    await page.goto(`${baseUrl}/procedures/${procedure.id}/apply/check`);
    await page.getByTestId('wizard-submit').click();
    await page.waitForURL(/\/apply\/attachments$/);
    await page.locator('.op-error-summary').waitFor();
    expect(await page.locator('.op-error-summary').textContent()).toContain('Vui lòng chọn tệp cho:');
    expect(await page.getByTestId('files-missing-note').textContent()).toContain(
      'chưa có đủ giấy tờ bắt buộc',
    );
    await snap(page, 'citizen-drafts-08-missing-file');
    await checkAccessibility(page, 'citizen-drafts-08-missing-file');
  });

  it('submits after a reload with the file kept on the server; the draft is gone afterwards', async () => {
    await page.getByTestId('file-giay-to-kem-theo').setInputFiles({
      name: 'Giấy chứng nhận cũ.pdf',
      mimeType: 'application/pdf',
      buffer: pdfFile('Giay chung nhan cu'),
    });
    await expect
      .poll(() => page.getByTestId('file-status-giay-to-kem-theo').textContent())
      .toContain('Đã tải lên');
    await page.getByTestId('wizard-continue').click();
    await page.waitForURL(/\/apply\/applicant$/);
    await page.getByTestId('wizard-continue').click();
    await page.waitForURL(/\/apply\/check$/);
    await page.reload();
    await page.getByTestId('check-files').waitFor();
    expect(await page.getByTestId('check-answers').textContent()).toContain(BIRTH_DATE);
    await snap(page, 'citizen-drafts-09-check-after-reload');
    await checkAccessibility(page, 'citizen-drafts-09-check-after-reload');
    await page.getByTestId('wizard-submit').click();
    await page.waitForURL(/\/submitted\//);
    const dossierId = page.url().split('/').pop()!;
    const dossier = (await page.evaluate(`fetch("/api/dossiers/${dossierId}").then((r) => r.json())`)) as {
      applicant: { phone: string };
      answers: Record<string, Record<string, unknown>>;
      attachments: { componentKey: string; fileName: string }[];
    };
    expect(dossier.attachments).toEqual([
      expect.objectContaining({ componentKey: 'giay-to-kem-theo', fileName: 'Giấy chứng nhận cũ.pdf' }),
    ]);
    // The e-form's phone is the applicant's, typed once.
    expect(dossier.applicant.phone).toBe(CITIZEN.phone);
    expect(dossier.answers['to-khai']).toMatchObject({
      hoTen: CITIZEN.fullName,
      soDinhDanh: CITIZEN.personalId,
      ngaySinh: '1990-02-05',
      soDienThoai: CITIZEN.phone,
    });
    const drafts = (await page.evaluate('fetch("/api/dossier-drafts").then((r) => r.json())')) as {
      items: unknown[];
    };
    expect(drafts.items).toEqual([]);
    await snap(page, 'citizen-drafts-10-submitted');
  });

  it('leaves nothing of a draft in the browser after sign-out', async () => {
    // Another application started (its draft on the server), and a copy an older version kept locally.
    await page.goto(`${baseUrl}/procedures/${procedure.id}/apply`);
    await page.waitForURL(/\/apply\/to-khai\.hoTen$/);
    await page.getByTestId('wizard-continue').click();
    await page.waitForURL((u) => !u.toString().endsWith('to-khai.hoTen'));
    await page.evaluate(
      `(() => {
        localStorage.setItem('openprovince.draft.${procedure.id}', JSON.stringify({ values: { 'to-khai.soDinhDanh': '${CITIZEN.personalId}', 'to-khai.ngaySinh': '${BIRTH_DATE}' } }));
        sessionStorage.setItem('openprovince.files.${procedure.id}', JSON.stringify({ 'giay-to-kem-theo': { name: '${CITIZEN.fullName}.pdf' } }));
      })()`,
    );
    expect(JSON.stringify(await browserStorage(page))).toContain(CITIZEN.personalId);
    await page.getByTestId('citizen-logout').click();
    await page.waitForURL(/\/citizen\/login$/);
    await expect
      .poll(async () => JSON.stringify(await browserStorage(page)))
      .not.toContain(CITIZEN.personalId);
    expectNothingPersonal(await browserStorage(page));
    // Signed out, the draft API answers nothing to this browser.
    const status = await page.evaluate('fetch("/api/dossier-drafts").then((r) => r.status)');
    expect(status).toBe(401);
    await snap(page, 'citizen-drafts-11-signed-out');
    await checkAccessibility(page, 'citizen-drafts-11-signed-out');
    expect(pageErrors).toEqual([]);
  });
});
