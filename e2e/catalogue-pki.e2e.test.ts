/**
 * The procedure catalogue and certificates journey in Debian's Chromium against the platform started in this
 * process (in-memory PGlite, the Trà Vinh demo seed with its demo certificates, the API serving the built app):
 *
 *   the system administrator (password + TOTP) adds a procedure with a fee and a dossier component whose
 *   e-form JSON is first refused then corrected → a citizen finds it in the portal's accent-free search →
 *   the administrator raises its online service level from today (partial → full), then retires it
 *   (last day today, confirmed in a pop-up);
 *   the certificate officer of Sở TT&TT requests a SIM PKI certificate for an official, approves and issues it,
 *   revokes it (reason in a dialog) and finds it among revoked certificates;
 *   a citizen on a 360 px phone checks a PDF signed by the department's leader (produced beforehand through
 *   the documents API) → valid, and a copy with one byte changed → not valid, modified after signing.
 *
 * Every page is checked with axe-core (serious/critical violations fail) and photographed to
 * test-results/screenshots/6x-*.png. Run: npm run test:e2e
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

const PKI_MASTER_KEY = 'test-pki-master-key-test-pki-master-key';
const CODE = '2.999123';
const NAME = 'Cấp giấy phép tổ chức lễ hội Ok Om Bok cấp tỉnh (thử nghiệm)';

let db: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let baseUrl: string;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
let signedPdf: Buffer;
let adminPage: Page;

async function newPage(
  viewport = { width: 1280, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Europe/London' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() === 403) consoleErrors.push(`403 ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 40[0-9]/.test(message.text()))
      consoleErrors.push(message.text());
  });
  return { context, page };
}

async function signIn(page: Page, username: string, totp = false): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  if (totp) {
    await page.getByLabel('Mã xác thực (6 chữ số)').fill(totpAt(DEMO_TOTP_SECRET, new Date()));
    await page.getByTestId('login-submit').click();
  }
  // Officials land on their work page (not their account page).
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** Opens an antd Select by its label, types to filter and picks the first option containing `text`. */
async function choose(
  page: Page,
  label: string,
  text: string,
  scope = page.locator('body'),
  optionText: string | RegExp = text,
): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  if (await input.isEditable()) await input.fill(text);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: optionText })
    .first();
  await option.waitFor();
  await option.click();
}

/** A document of Sở TT&TT signed by its leader, through the same API the documents workspace uses. */
async function makeSignedPdf(): Promise<Buffer> {
  const login = async (username: string) => {
    const context = await browser.newContext();
    contexts.push(context);
    const res = await context.request.post(`${baseUrl}/api/auth/login`, {
      data: { username, password: PASSWORD },
    });
    expect(res.status(), `log-in of ${username}`).toBe(200);
    return context.request;
  };
  const officer = await login('chungthu.stttt');
  const certificates = (await (
    await officer.get(`${baseUrl}/api/pki/certificates?status=active`)
  ).json()) as {
    id: string;
    kind: string;
    holderName: string;
  }[];
  const leaderCert = certificates.find(
    (c) => c.kind === 'personal' && /Lãnh đạo|Thạch Sô Phênh/.test(c.holderName),
  );
  expect(leaderCert, 'the leader’s demo certificate').toBeDefined();

  const specialist = await login('chuyenvien.stttt');
  const created = await specialist.post(`${baseUrl}/api/documents`, {
    data: {
      kind: 'administrative',
      typeCode: 'KH',
      subject: 'Kế hoạch kiểm tra chữ ký số trên văn bản điện tử năm 2026',
      content: 'Sở Thông tin và Truyền thông đề nghị các cơ quan kiểm tra chữ ký số trên văn bản nhận được.',
      recipients: [{ name: 'Các sở, ban, ngành tỉnh' }],
      generateFromTemplate: true,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  let doc = (await created.json()) as { id: string; version: number };
  const submitted = await specialist.post(`${baseUrl}/api/documents/${doc.id}/submit`, {
    data: {},
    headers: { 'if-match': `"${doc.version}"` },
  });
  expect(submitted.status(), await submitted.text()).toBe(200);
  doc = (await submitted.json()) as typeof doc;

  const leader = await login('lanhdao.stttt');
  const signed = await leader.post(`${baseUrl}/api/documents/${doc.id}/sign`, {
    data: { password: PASSWORD, certificateId: leaderCert!.id, position: 'Giám đốc Sở' },
    headers: { 'if-match': `"${doc.version}"` },
  });
  expect(signed.status(), await signed.text()).toBe(200);
  const file = await leader.get(`${baseUrl}/api/documents/${doc.id}/file`);
  expect(file.status()).toBe(200);
  return Buffer.from(await file.body());
}

/**
 * A copy with one byte of the signed bytes changed: the binary comment on the PDF's second line (the file
 * stays readable; the hash no longer matches what was signed).
 */
function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('\n%', 0, 'latin1') + 2;
  expect(at, 'a binary comment after the header').toBeGreaterThan(2);
  expect(copy[at]! >= 0x80, 'the header comment is binary').toBe(true);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

/**
 * A copy with an incremental update appended after the last signature (a new annotation object, nothing a
 * signature covers is touched): every signature stays valid for what was signed, the file is not.
 */
function appendAfterSigning(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const last = <T>(re: RegExp, f: (m: RegExpMatchArray) => T) => f([...text.matchAll(re)].at(-1)!);
  const prev = last(/startxref\s+(\d+)/g, (m) => m[1]!);
  const size = last(/\/Size\s+(\d+)/g, (m) => Number(m[1]));
  const root = last(/\/Root\s+(\d+\s+\d+\s+R)/g, (m) => m[1]!);
  const object = `\n${size} 0 obj\n<< /Type /Annot /Subtype /FreeText /Rect [40 600 300 640] /Contents (DA SUA) >>\nendobj\n`;
  const xrefAt = pdf.length + object.length;
  const update =
    `${object}xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${size + 1} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}

describe('catalogue and certificates journey: add and raise a procedure, issue and revoke a certificate, check a signed PDF (Chromium)', () => {
  beforeAll(async () => {
    ensureWebBuild();
    await prepareTestDatabases();
    db = await createTestDatabase();
    await seedDemo(db.db, { dossiers: 0, pkiMasterKey: PKI_MASTER_KEY });
    app = await buildApp({ db: db.db, config: { webDist: DIST, pkiMasterKey: PKI_MASTER_KEY } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    signedPdf = await makeSignedPdf();
  });

  afterAll(async () => {
    if (axeSummary.length) console.log(`axe-core:\n  ${axeSummary.join('\n  ')}`);
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.close();
    await db?.destroy();
  });

  it('lets the administrator add a procedure; a wrong e-form schema is explained before saving', async () => {
    const { page } = await newPage();
    adminPage = page;
    await signIn(page, 'admin', true);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Danh mục thủ tục' })
      .click();
    await page.getByTestId('catalogue-table').waitFor();
    await page.getByTestId('catalogue-stats-total').waitFor();
    const before = Number(
      (await page.getByTestId('catalogue-stats-total').textContent())!.replace(/\./g, ''),
    );
    expect(before).toBeGreaterThan(0);
    await snap(page, '60-catalogue-admin');
    await checkAccessibility(page, '60-catalogue-admin');

    await page.getByTestId('catalogue-new').click();
    const form = page.getByTestId('procedure-editor');
    await form.waitFor();
    await form.getByLabel('Mã thủ tục').fill(CODE);
    await form.getByLabel('Tên thủ tục').fill(NAME);
    await choose(page, 'Lĩnh vực', 'Văn hóa');
    await choose(page, 'Cơ quan thực hiện', 'Sở Văn hóa', page.locator('body'), /^Sở Văn hóa/);
    await form.getByLabel('Có hiệu lực từ ngày').fill('01/01/2026');
    await form.getByLabel('Có hiệu lực từ ngày').press('Enter');
    await choose(page, 'Mức độ dịch vụ công trực tuyến từ ngày có hiệu lực', 'Một phần');
    await form.getByLabel('Thời hạn', { exact: true }).fill('10');
    await form.getByLabel('Tên kết quả').fill('Văn bản chấp thuận tổ chức lễ hội');
    await form
      .getByLabel('Căn cứ pháp lý')
      .fill('Nghị định số 110/2018/NĐ-CP quy định về quản lý và tổ chức lễ hội');
    await page.getByTestId('editor-add-fee').click();
    await form.getByLabel('Khoản phí, lệ phí 1', { exact: true }).fill('Lệ phí thẩm định');
    await form.getByLabel('Số tiền (đồng)').fill('150000');
    await page.getByTestId('editor-add-component').click();
    await form.getByLabel('Tên giấy tờ').fill('Văn bản đề nghị tổ chức lễ hội');
    await form.getByLabel('Tên giấy tờ').blur();
    expect(await form.getByLabel('Mã thành phần').inputValue()).toBe('van-ban-de-nghi-to-chuc-le-hoi');
    await page
      .getByTestId('editor-schema-0')
      .fill('{"type":"object","properties":{"ten le hoi":{"type":"text"}},"required":["khac"]}');
    await page.getByTestId('editor-save').click();
    const error = form.locator('.ant-form-item-explain-error').filter({ hasText: 'Tên trường "ten le hoi"' });
    await error.waitFor();
    expect(await error.textContent()).toContain('"required" phải là danh sách tên trường');
    expect(page.url()).toMatch(/\/admin\/procedures\/new$/);
    await snap(page, '61-procedure-editor-schema-error');
    await checkAccessibility(page, '61-procedure-editor-schema-error');

    await page.getByTestId('editor-schema-0').fill(
      JSON.stringify({
        type: 'object',
        properties: {
          tenLeHoi: { type: 'string', title: 'Tên lễ hội', maxLength: 200 },
          ngayToChuc: { type: 'string', title: 'Ngày tổ chức', format: 'date' },
        },
        required: ['tenLeHoi', 'ngayToChuc'],
      }),
    );
    await page.getByTestId('editor-save').click();
    await page.waitForURL(/\/admin\/procedures\/[0-9a-f-]{36}$/);
    await page.getByTestId('editor-saved').waitFor();
    expect(await page.locator('h1').textContent()).toBe(NAME);
    expect(await page.getByTestId('service-level-history').textContent()).toContain('Một phần');
  });

  it('shows the new procedure in the public, accent-free search', async () => {
    const { page } = await newPage({ width: 360, height: 780 });
    await page.goto(baseUrl);
    await page.getByLabel('Tìm thủ tục hành chính').fill('le hoi ok om bok');
    await page.getByTestId('procedure-search-submit').click();
    await page.getByTestId('procedure-results').waitFor();
    expect(await page.getByTestId('procedure-results').textContent()).toContain(NAME);
  });

  it('lets the administrator declare internal steps, one at another agency (liên thông), kept after a reload', async () => {
    const page = adminPage;
    const steps = page.getByTestId('editor-steps');
    // Without steps the default ones (24 working hours) apply: a 2-working-day limit (16 h) is too short.
    const limit = page.getByTestId('procedure-editor').getByLabel('Thời hạn', { exact: true });
    await limit.fill('2');
    await steps.getByTestId('steps-default-over').waitFor();
    expect(await steps.getByTestId('steps-default-over').textContent()).toContain(
      'Quy trình mặc định mất 24 giờ làm việc, vượt thời hạn giải quyết 16 giờ làm việc',
    );
    await limit.fill('10');
    await steps.getByTestId('steps-default-over').waitFor({ state: 'detached' });
    await page.getByTestId('editor-add-step').click();
    await page.getByTestId('editor-add-step').click();
    const first = page.getByTestId('editor-step-0');
    const second = page.getByTestId('editor-step-1');
    await first.getByLabel('Tên bước', { exact: true }).fill('Xác minh lý lịch tư pháp');
    await first.getByLabel('Thời gian (giờ làm việc)').fill('16');
    // Optional fields carry "(tùy chọn)" in their label, so not an exact match here.
    const agency = first.getByLabel('Cơ quan thực hiện bước liên thông');
    await agency.click();
    await agency.fill('Tư pháp');
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^Sở Tư pháp/ })
      .first();
    await option.waitFor();
    await option.click();
    await second.getByLabel('Tên bước', { exact: true }).fill('Phê duyệt kết quả');
    expect(await steps.getByTestId('steps-total').textContent()).toContain('24 giờ làm việc');
    await page.getByTestId('editor-save').click();
    await page.getByTestId('editor-saved').waitFor();
    await page.reload();
    await page.getByTestId('editor-step-1').waitFor();
    expect(await first.getByLabel('Tên bước', { exact: true }).inputValue()).toBe('Xác minh lý lịch tư pháp');
    // The step's agency is shown by name once the directory answers (its id is what is stored).
    await expect.poll(() => first.textContent(), { timeout: 15_000 }).toContain('Sở Tư pháp');
    expect(await second.getByLabel('Tên bước', { exact: true }).inputValue()).toBe('Phê duyệt kết quả');
    expect(await second.textContent()).toContain('Lãnh đạo');
    await steps.scrollIntoViewIfNeeded();
    await snap(page, '61b-procedure-steps');
    await checkAccessibility(page, '61b-procedure-steps');
  });

  it('lets the administrator raise its service level from today', async () => {
    const page = adminPage;
    const panel = page.getByTestId('service-level-panel');
    expect(await panel.getByLabel('Mức độ mới').count()).toBe(1);
    await choose(page, 'Mức độ mới', 'Toàn trình', panel);
    await page.getByTestId('level-submit').click();
    await page.getByTestId('level-done').waitFor();
    const rows = page.getByTestId('service-level-history').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Toàn trình');
    expect(await rows.nth(1).textContent()).toContain('Một phần');
    await snap(page, '62-procedure-admin-level-raised');
    await checkAccessibility(page, '62-procedure-admin-level-raised');

    // The catalogue now counts it among the "full" online services.
    const api = (await (await page.request.get(`${baseUrl}/api/procedures/${CODE}`)).json()) as {
      serviceLevel: { level: string } | null;
    };
    expect(api.serviceLevel?.level).toBe('full');
  });

  it('lets the administrator retire it from a last day, after a confirmation', async () => {
    const page = adminPage;
    await page.getByTestId('retire-submit').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Bãi bỏ' }).click();
    await page.getByTestId('retired-note').waitFor();
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    expect(await page.getByTestId('retired-note').textContent()).toContain(today);
    // A retired procedure keeps its history but can no longer change level or be edited.
    expect(await page.getByTestId('level-submit').count()).toBe(0);
    expect(await page.getByTestId('procedure-editor').count()).toBe(0);
    await snap(page, '69-procedure-retired');
    await checkAccessibility(page, '69-procedure-retired');
  });

  it('lets the certificate officer request, approve, issue and revoke a certificate', async () => {
    const { page } = await newPage();
    await signIn(page, 'chungthu.stttt');
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Yêu cầu chứng thư số' })
      .click();
    const form = page.getByTestId('request-form');
    await form.waitFor();
    await form.getByLabel('SIM PKI').check();
    await choose(page, 'Cán bộ được cấp', 'Nguyễn Thị Mai');
    expect(await form.getByLabel('Họ và tên').inputValue()).toBe('Nguyễn Thị Mai');
    await page.getByTestId('request-submit').click();
    await page.getByTestId('request-created').waitFor();
    const row = page
      .getByTestId('request-table')
      .locator('tbody tr')
      .filter({ hasText: 'Nguyễn Thị Mai' })
      .first();
    await expect.poll(() => row.getByTestId('request-status').textContent()).toBe('Chờ duyệt');
    await snap(page, '63-pki-requests');
    await checkAccessibility(page, '63-pki-requests');

    await row.getByTestId('request-approve').click();
    await expect.poll(() => row.getByTestId('request-status').textContent()).toBe('Đã duyệt, chờ cấp');
    await row.getByTestId('request-issue').click();
    await page.waitForURL(/\/pki\/certificates\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('certificate-detail');
    await detail.waitFor();
    expect(await detail.getByTestId('certificate-status').textContent()).toBe('Đang hoạt động');
    expect(await detail.textContent()).toContain('SIM PKI');
    expect(await detail.textContent()).toMatch(/Từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}/);
    const serial = (await page.getByTestId('certificate-serial').textContent()) ?? '';
    expect(serial).not.toBe('');
    const download = page.waitForEvent('download');
    await page.getByTestId('download-pem').click();
    expect((await download).suggestedFilename()).toMatch(/^nguyen-thi-mai-[0-9a-f]+\.pem$/);
    await snap(page, '64-pki-certificate');
    await checkAccessibility(page, '64-pki-certificate');

    await page.getByTestId('certificate-revoke').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await choose(page, 'Lý do thu hồi', 'Thay đổi vị trí công tác', dialog);
    await snap(page, '65-pki-revoke-dialog');
    await checkAccessibility(page, '65-pki-revoke-dialog');
    await dialog.getByRole('button', { name: 'Thu hồi chứng thư số' }).click();
    await expect.poll(() => page.getByTestId('certificate-status').textContent()).toBe('Đã thu hồi');
    expect(await page.getByTestId('certificate-history').textContent()).toContain(
      'Thu hồi — Thay đổi vị trí công tác, cơ quan',
    );
    expect(await page.getByTestId('certificate-revoke').count()).toBe(0);

    await page.getByRole('link', { name: 'Về danh sách chứng thư số' }).click();
    await page.getByTestId('pki-stats-revoked').waitFor();
    expect(Number(await page.getByTestId('pki-stats-revoked').textContent())).toBeGreaterThanOrEqual(1);
    await page.getByTestId('certificate-filter-revoked').click();
    await page.waitForURL(/status=revoked$/);
    const revoked = page
      .getByTestId('certificate-table')
      .locator('tbody tr')
      .filter({ hasText: 'Nguyễn Thị Mai' });
    // The unfiltered list stays on screen while the filtered one loads (and already holds the revoked row):
    // wait until every status shown is "revoked" rather than reading the table once.
    await expect
      .poll(async () => [
        ...new Set(
          await page.getByTestId('certificate-table').getByTestId('certificate-status').allTextContents(),
        ),
      ])
      .toEqual(['Đã thu hồi']);
    expect(await revoked.first().getByTestId('certificate-status').textContent()).toBe('Đã thu hồi');
    await snap(page, '66-pki-certificates-revoked');
    await checkAccessibility(page, '66-pki-certificates-revoked');
  });

  it('lets a citizen on a phone check a signed PDF: valid, and a changed copy not valid', async () => {
    const { page } = await newPage({ width: 360, height: 780 });
    await page.goto(baseUrl);
    await page.getByTestId('portal-verify').click();
    await page.waitForURL(/\/verify$/);
    // The portal stays light: no antd on this page.
    expect(await page.locator('[class*="ant-"]').count()).toBe(0);
    const input = page.getByLabel('Tệp PDF cần kiểm tra');
    await input.setInputFiles({ name: 'cong-van-stttt.pdf', mimeType: 'application/pdf', buffer: signedPdf });
    // Keyboard only: from the file input, Tab reaches the button and Enter submits.
    await input.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(`document.activeElement?.getAttribute('data-testid')`)).toBe('verify-submit');
    await page.keyboard.press('Enter');
    await page.getByTestId('verify-result').waitFor();
    expect(await page.getByTestId('verify-overall').getAttribute('data-indication')).toBe('PASSED');
    const signatures = page.getByTestId('verify-signature');
    expect(await signatures.count()).toBeGreaterThanOrEqual(1);
    const first = signatures.first();
    expect(await first.getByTestId('verify-indication').textContent()).toBe('Hợp lệ');
    expect(await first.getByTestId('verify-signer').textContent()).toMatch(/Lãnh đạo Sở Thông tin/);
    expect(await first.getByTestId('verify-modified').textContent()).toBe('Không');
    expect(await first.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await snap(page, '67-verify-passed');
    await checkAccessibility(page, '67-verify-passed');

    await input.setInputFiles({
      name: 'cong-van-da-sua.pdf',
      mimeType: 'application/pdf',
      buffer: tamper(signedPdf),
    });
    await page.getByTestId('verify-submit').click();
    await expect
      .poll(() => page.getByTestId('verify-overall').getAttribute('data-indication'))
      .toBe('FAILED');
    const changed = page.getByTestId('verify-signature').first();
    expect(await changed.getByTestId('verify-indication').textContent()).toBe('Không hợp lệ');
    expect(await changed.getByTestId('verify-modified').getAttribute('data-modified')).toBe('yes');
    expect(await changed.textContent()).toContain('Nội dung văn bản đã bị thay đổi sau khi ký');
    await snap(page, '68-verify-failed');
    await checkAccessibility(page, '68-verify-failed');

    // Something added after the last signature: each signature is still valid for what was signed, marked
    // changed after signing; the file as a whole is not to be relied on (ADR 0008).
    await input.setInputFiles({
      name: 'cong-van-bo-sung.pdf',
      mimeType: 'application/pdf',
      buffer: appendAfterSigning(signedPdf),
    });
    await page.getByTestId('verify-submit').click();
    await expect
      .poll(() => page.getByTestId('verify-result').textContent())
      .toContain('cong-van-bo-sung.pdf');
    expect(await page.getByTestId('verify-overall').getAttribute('data-indication')).toBe('FAILED');
    expect(await page.getByTestId('verify-overall').textContent()).toContain('đã bị thay đổi sau khi ký');
    expect(await page.getByTestId('verify-document-reasons').textContent()).toContain(
      'Sau chữ ký hợp lệ cuối cùng, tệp đã được thêm nội dung không được ký.',
    );
    const stillValid = page.getByTestId('verify-signature').first();
    expect(await stillValid.getByTestId('verify-indication').textContent()).toBe('Hợp lệ');
    expect(await stillValid.getByTestId('verify-modified').getAttribute('data-modified')).toBe('yes');
    await checkAccessibility(page, '68b-verify-changed-after-signing');
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
