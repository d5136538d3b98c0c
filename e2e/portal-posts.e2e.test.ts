/**
 * The portal news journey in Debian's Chromium against the platform started in this process (in-memory
 * PGlite, the Trà Vinh demo seed with 324 Vietnamese and 138 Khmer posts to 30/06/2021):
 *
 *   an anonymous visitor reads the Vietnamese news, switches to Khmer (ភាសាខ្មែរ), opens a Khmer post: the
 *   Khmer blocks carry lang="km", the self-hosted Khmer font is the one that draws them (Chromium's own
 *   account of the fonts used for the node), and a coeng cluster (ខ្មែរ) is shaped, not drawn as separate
 *   glyphs or boxes → the portal's editor of Sở TT&TT (bientap.stttt) writes a Khmer post, saves it as a
 *   draft, publishes it, and it appears first in the public Khmer list.
 *
 * Every page is checked with axe-core (serious/critical violations fail) and photographed to
 * test-results/screenshots/10x-*.png. Run: npm run test:e2e
 */
import type { AddressInfo } from 'node:net';
import { buildApp, seedDemo } from '@openprovince/api';
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
  settle,
  snap,
} from './support/browser.ts';

const KHMER_FONT = 'OpenProvince Khmer';
const NEW_TITLE = 'សេចក្តីជូនដំណឹង ស្តីពីការចុះឈ្មោះចាក់វ៉ាក់សាំង ឆ្នាំ២០២១';
const NEW_BODY =
  'សូមបងប្អូន\u200bប្រជាជន\u200bចុះឈ្មោះ\u200bនៅ\u200bគណៈកម្មាធិការ\u200bប្រជាជន\u200bឃុំ។\n\nសូមយកអត្តសញ្ញាណប័ណ្ណមកជាមួយ។';

let db: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let baseUrl: string;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const fontRequests: string[] = [];

async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Europe/London' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (/noto-sans-khmer/.test(request.url())) fontRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 40[14]/.test(message.text()))
      consoleErrors.push(message.text());
  });
  return page;
}

/**
 * Evidence that Khmer is drawn with our font and shaped: Chromium's DevTools protocol reports which fonts
 * actually drew a node's text (a web font is `isCustomFont`); and in that font the coeng cluster ខ្មែរ
 * (ម written below ខ) is narrower than ខមែរ without the coeng, which only holds when the shaper stacks the
 * subscript (an unshaped or missing glyph adds width instead).
 */
async function khmerRendering(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as {
    fonts: { familyName: string; postScriptName?: string; isCustomFont: boolean; glyphCount: number }[];
  };
  await cdp.detach();
  const metrics = (await page.evaluate(`(async () => {
    await document.fonts.load('32px "${KHMER_FONT}"', 'ខ្មែរ');
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '32px "${KHMER_FONT}"';
    return {
      check: document.fonts.check('32px "${KHMER_FONT}"', 'ខ្មែរ'),
      loaded: [...document.fonts].filter((f) => f.family.replace(/"/g, '') === '${KHMER_FONT}' && f.status === 'loaded').length,
      coeng: ctx.measureText('ខ្មែរ').width,
      plain: ctx.measureText('ខមែរ').width,
      subscriptBase: ctx.measureText('ម').width,
    };
  })()`)) as { check: boolean; loaded: number; coeng: number; plain: number; subscriptBase: number };
  return { fonts, ...metrics };
}

describe('portal news in Vietnamese and Khmer: read, and an editor publishes a Khmer post (Chromium)', () => {
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
    if (axeSummary.length) console.log(`axe-core:\n  ${axeSummary.join('\n  ')}`);
    for (const c of contexts) await c.close();
    await browser?.close();
    await app?.close();
    await db?.destroy();
  });

  it('the report figures: 324 Vietnamese and 138 Khmer posts to 30/06/2021', async () => {
    const res = await fetch(`${baseUrl}/api/portal/posts/stats?from=2021-01-01&to=2021-06-30`);
    expect(await res.json()).toMatchObject({ byLanguage: { vi: 324, km: 138 }, total: 462 });
  });

  it('an anonymous visitor reads the Vietnamese news, switches to Khmer and reads a Khmer post', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    await page.locator('#procedure-q').waitFor();
    await settle(page);
    // A page without Khmer text does not download the Khmer font (unicode-range).
    expect(fontRequests).toEqual([]);
    await page.getByTestId('portal-nav-news').click();
    await page.getByTestId('news-results').waitFor();
    expect(await page.getByTestId('news-count').textContent()).toMatch(/tin, bài/);
    expect(await page.getByTestId('news-language-vi').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('[data-testid="news-results"] a[lang="vi"]').count()).toBe(10);
    await snap(page, '100-news-vi-list');
    await checkAccessibility(page, '100-news-vi-list');

    // Accent-free search in Vietnamese.
    await page.getByLabel('Tìm tin, bài').fill('tiem vac-xin');
    await page.getByTestId('news-search-submit').click();
    await page.getByRole('link', { name: 'Trà Vinh triển khai tiêm vắc-xin phòng Covid-19 đợt 3' }).waitFor();
    await snap(page, '101-news-vi-search');
    await checkAccessibility(page, '101-news-vi-search');

    await page.getByTestId('news-language-km').click();
    await page.waitForURL(/lang=km/);
    await page.locator('[data-testid="news-results"] a[lang="km"]').first().waitFor();
    const titles = page.locator('[data-testid="news-results"] li a.op-result-title');
    expect(await titles.count()).toBe(10);
    expect(
      await page.locator('[data-testid="news-results"] li a.op-result-title:not([lang="km"])').count(),
    ).toBe(0);
    expect(await page.locator('h2#news-list-heading').textContent()).toBe('Tin, bài tiếng Khmer');
    await snap(page, '102-news-km-list');
    await checkAccessibility(page, '102-news-km-list');

    // Khmer search: words found inside running text without spaces ("Ok Om Bok").
    await page.getByLabel('Tìm tin, bài').fill('អកអំបុក');
    await page.getByTestId('news-search-submit').click();
    const okOmBok = page.getByRole('link', { name: 'ពិធីបុណ្យអកអំបុក សំពះព្រះខែ ឆ្នាំ២០២១ នៅខេត្តត្រាវិញ' });
    await okOmBok.waitFor();
    await okOmBok.click();
    await page.getByTestId('post-body').waitFor();
    expect(await page.locator('h1').getAttribute('lang')).toBe('km');
    expect(await page.getByTestId('post-body').getAttribute('lang')).toBe('km');
    expect(await page.locator('.op-post-summary').getAttribute('lang')).toBe('km');
    const rendering = await khmerRendering(page, 'h1');
    expect(rendering.check).toBe(true);
    expect(rendering.loaded).toBeGreaterThan(0);
    const custom = rendering.fonts.filter((f) => f.isCustomFont);
    expect(custom.length, JSON.stringify(rendering.fonts)).toBe(1);
    expect(custom[0]!.familyName).toMatch(/Khmer/);
    expect(custom[0]!.glyphCount).toBeGreaterThan(20);
    // No installed Khmer font had to stand in for a missing glyph.
    expect(rendering.fonts.filter((f) => !f.isCustomFont && /khmer/i.test(f.familyName))).toEqual([]);
    expect(rendering.coeng).toBeLessThan(rendering.plain - rendering.subscriptBase / 2);
    expect(fontRequests.some((u) => /khmer-khmer-400-normal/.test(u))).toBe(true);
    await snap(page, '103-news-km-post');
    await checkAccessibility(page, '103-news-km-post');
  });

  it('a Khmer post reflows on a 320 px phone', async () => {
    const page = await newPage({ width: 320, height: 640 });
    await page.goto(`${baseUrl}/news?lang=km`);
    await page.locator('[data-testid="news-results"] a[lang="km"]').first().click();
    await page.getByTestId('post-body').waitFor();
    const overflow = (await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    )) as number;
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, '104-news-km-post-320');
    await checkAccessibility(page, '104-news-km-post-320');
  });

  it('the portal editor of Sở TT&TT writes a Khmer post, publishes it, and it leads the public Khmer list', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill('bientap.stttt');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    // Officials land on their work page (not their account page).
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Biên tập tin, bài' })
      .click();
    await page.getByTestId('portal-editor-table').waitFor();
    await page.locator('[data-testid="portal-editor-link"]').first().waitFor();
    await snap(page, '105-editor-list');
    await checkAccessibility(page, '105-editor-list');

    await page.getByTestId('portal-post-new').click();
    await page.getByTestId('post-form').waitFor();
    await page.getByTestId('post-language').getByText('ភាសាខ្មែរ').click();
    await page.getByTestId('post-title').fill(NEW_TITLE);
    await page.getByTestId('post-summary').fill('សេចក្តីជូនដំណឹងពីមន្ទីរ');
    await page.getByTestId('post-body-input').fill(NEW_BODY);
    expect(await page.getByTestId('post-title').getAttribute('lang')).toBe('km');
    await snap(page, '106-editor-new-km');
    await checkAccessibility(page, '106-editor-new-km');
    await page.getByTestId('post-save').click();
    await page.waitForURL(/\/portal-editor\/[0-9a-f-]{36}$/);
    await page.getByTestId('post-publish').waitFor();
    expect(await page.getByTestId('post-status').textContent()).toBe('Bản nháp');
    // The draft is not public yet.
    const id = page.url().split('/').pop()!;
    expect((await fetch(`${baseUrl}/api/portal/posts/${id}`)).status).toBe(404);
    await snap(page, '107-editor-draft');
    await checkAccessibility(page, '107-editor-draft');

    await page.getByTestId('post-publish').click();
    await expect.poll(() => page.getByTestId('post-status').textContent()).toBe('Đang đăng');
    await page.getByTestId('post-public-link').waitFor();
    await snap(page, '108-editor-published');
    await checkAccessibility(page, '108-editor-published');

    // The public Khmer list, as an anonymous visitor: the new post comes first, its ZWSP intact.
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/news?lang=km`);
    const first = visitor.locator('[data-testid="news-results"] li a.op-result-title').first();
    await expect.poll(() => first.textContent()).toBe(NEW_TITLE);
    await first.click();
    await visitor.getByTestId('post-body').waitFor();
    expect(await visitor.locator('h1[lang="km"]').textContent()).toBe(NEW_TITLE);
    expect(await visitor.getByTestId('post-body').textContent()).toContain('បងប្អូន\u200bប្រជាជន');
    expect(await visitor.locator('.op-post-meta').textContent()).toContain('Sở Thông tin và Truyền thông');
    await snap(visitor, '109-news-new-km-post');
    await checkAccessibility(visitor, '109-news-new-km-post');
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
