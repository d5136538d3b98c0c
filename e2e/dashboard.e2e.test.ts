/**
 * The leader's dashboard in a real browser (Chromium): a year of demo dossiers (2021) at two departments
 * and three commune People's Committees of 2021, two of which were merged into one commune in 2025. The
 * demo applicants live in the committee's commune, or (at a department) anywhere in the province.
 *
 * - The director of Sở TT&TT (lanhdao.stttt, no stats-all) opens the dashboard: it opens on 2021 (the
 *   latest year with data, although today is later), shows only his agency, drills down to the dossiers
 *   behind a figure, opens the documents tab and exports the workbook; the API refuses him another agency.
 *   His map is coloured by his applicants' communes; Tab puts the focus ring on a commune's outline; the
 *   donut labels no empty channel; the footnote names the Circular, not an internal document; a year
 *   without dossiers says so instead of a grey map.
 * - The inspector (kiemtoan.stttt, dossiers:stats-all) sees the province: the commune map sums the
 *   applicants of two former communes into their 2025 successor, the indicator can be switched, a commune
 *   drills down to its dossiers, the agency-level filter and the level breakdown work.
 * - The one-stop officer receives dossiers at the counter, one without and one with the applicant's
 *   commune: the director's map for this year first explains why it is empty, then colours that commune.
 *
 * Every page is checked with axe-core and photographed (screenshots 90–99). Run: npm run test:e2e
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buildApp, seedDemo } from '@openprovince/api';
import { createDossierDeps, seedDossiersDemo } from '@openprovince/dossiers';
import { newId, systemActor } from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, prepareTestDatabases, type TestDatabase } from '@openprovince/testing';
import ExcelJS from 'exceljs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeSummary,
  CHROMIUM_ARGS,
  checkAccessibility,
  DIST,
  ensureWebBuild,
  PASSWORD,
  SHOTS,
  snap,
} from './support/browser.ts';

/** Phường 1 and Phường 3 (2021) went into Phường Trà Vinh (29242); Phường 4 into Phường Long Đức (29263). */
const COMMUNES_2021 = ['29239', '29242', '29236'];
const TRA_VINH_2025 = '29242';

interface Figures {
  received: { total: number };
  totalToHandle: number;
  finished: { late: number };
  inProgress: { overdue: number };
}
interface Stats {
  total: Figures;
  rows: { agencyId: string; figures: Figures }[];
}
interface CommuneStats {
  located: number;
  unlocated: number;
  communes: { code: string; name: string; applicantCommunes: { name: string }[]; figures: Figures }[];
}

let db: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let browser: Browser;
const contexts: BrowserContext[] = [];
let baseUrl: string;
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const ids: { dic: string; stp: string; communes: Record<string, string> } = {
  dic: '',
  stp: '',
  communes: {},
};

async function signedInPage(username: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Europe/London',
    acceptDownloads: true,
  });
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
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  // Officials land on their work page (not their account page).
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Bảng điều hành' })
    .click();
  await page.getByTestId('dashboard-figures').waitFor();
  return page;
}

/** The rectangle of an element in the page. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The words drawn in a chart (its SVG), with where they are. */
async function chartTexts(page: Page, index: number): Promise<{ text: string; box: Box }[]> {
  return page
    .locator('.op-chart svg')
    .nth(index)
    .evaluate((svg) =>
      [...svg.querySelectorAll('text')]
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', box: { x: r.x, y: r.y, width: r.width, height: r.height } };
        })
        .filter((t) => t.text.trim() && t.box.width > 0),
    );
}

const sum = (rows: Stats['rows'], agencyIds: readonly string[], f: (x: Figures) => number) =>
  rows.filter((r) => agencyIds.includes(r.agencyId)).reduce((n, r) => n + f(r.figures), 0);
const lateOrOverdue = (x: Figures) => x.finished.late + x.inProgress.overdue;

describe("leader's dashboard: latest year, levels, commune map, drill-down, documents, Excel (Chromium)", () => {
  beforeAll(async () => {
    ensureWebBuild();
    await prepareTestDatabases();
    db = await createTestDatabase();
    await seedDemo(db.db, { dossiers: 0 });
    app = await buildApp({ db: db.db, config: { webDist: DIST } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const find = async (query: string) =>
      (
        (await (await fetch(`${baseUrl}/api/agencies?${query}`)).json()) as {
          items: { id: string; abbreviation: string; adminUnitCode: string | null }[];
        }
      ).items;
    ids.dic = (await find('q=STTTT&limit=50')).find((a) => a.abbreviation === 'STTTT')!.id;
    ids.stp = (await find('q=STP&limit=50')).find((a) => a.abbreviation === 'STP')!.id;
    const committees = await find('kind=people_committee&level=commune&asOf=2021-06-30&limit=500');
    for (const code of COMMUNES_2021) {
      ids.communes[code] = committees.find((a) => a.adminUnitCode === code)!.id;
    }
    expect(Object.values(ids.communes).every(Boolean)).toBe(true);
    // A year of dossiers through the real workflow (the catalogue is not needed: the seed brings its own).
    const deps = createDossierDeps({
      db: db.db,
      storage: new MemoryStorage(),
      catalogue: { getProcedureForDossier: async () => undefined },
    });
    await seedDossiersDemo(
      deps,
      { actor: systemActor('e2e-seed'), requestId: newId() },
      { count: 35, year: 2021, agencyIds: [ids.dic, ids.stp, ...Object.values(ids.communes)] },
    );

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

  it('an agency leader without stats-all: 2021 by default, his agency only, drill-down, documents, Excel', async () => {
    const page = await signedInPage('lanhdao.stttt');
    // The latest year with data, not the current year (which has none).
    await expect.poll(() => page.locator('#dash-year').inputValue()).toBe('2021');
    const stats = (await (
      await page.request.get(`${baseUrl}/api/dossier-stats?from=2021-01-01&to=2021-12-31`)
    ).json()) as Stats;
    expect(new Set(stats.rows.map((r) => r.agencyId))).toEqual(new Set([ids.dic]));
    await expect
      .poll(() => page.getByTestId('kpi-received').textContent())
      .toBe(String(stats.total.received.total));
    expect(await page.getByTestId('dashboard-scope').textContent()).toContain('Sở Thông tin và Truyền thông');
    await expect.poll(() => page.getByTestId('agency-drill').count()).toBe(1);
    await expect.poll(() => page.locator('.op-chart svg').count()).toBe(2);
    await snap(page, '90-dashboard-agency-2021');
    await checkAccessibility(page, '90-dashboard-agency-2021');

    // The footnote says how the figures are counted and on what legal basis, not where the team wrote it.
    const footnote = await page.getByTestId('dashboard-definitions').textContent();
    expect(footnote).toContain('Thông tư số 01/2018/TT-VPCP');
    for (const text of [footnote, await page.locator('main').textContent()]) {
      expect(text).not.toMatch(/\.md\b|§|domain/i);
    }

    // The donut: no "…: 0" label of an empty channel, and no label drawn over another.
    const donut = await chartTexts(page, 0);
    expect(donut.length).toBeGreaterThan(0);
    expect(donut.filter((t) => /:\s*0$/.test(t.text))).toEqual([]);
    for (const [i, a] of donut.entries()) {
      for (const b of donut.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(0);
    }

    // His map: the communes where his applicants live, as the API counts them (not a grey map).
    const byCommune = (await (
      await page.request.get(`${baseUrl}/api/dossier-stats/communes?from=2021-01-01&to=2021-12-31`)
    ).json()) as CommuneStats;
    expect(byCommune.located).toBe(stats.total.totalToHandle);
    expect(byCommune.communes.length).toBeGreaterThan(1);
    const map = page.getByTestId('commune-map');
    await expect
      .poll(() => map.locator('svg path[role="button"]:not([fill="#f0f0f0"])').count())
      .toBe(byCommune.communes.length);
    const busiest = [...byCommune.communes].sort(
      (a, b) => b.figures.received.total - a.figures.received.total,
    )[0]!;
    expect(await map.locator(`svg path[data-code="${busiest.code}"]`).getAttribute('aria-label')).toMatch(
      // (The name is the boundary file's, which may place a tone mark differently: "Hoà", "Hòa".)
      new RegExp(` \\(.* km²\\): Số hồ sơ tiếp nhận ${busiest.figures.received.total}$`),
    );
    expect(await page.getByTestId('map-empty').count()).toBe(0);

    // Keyboard: from the indicator, Tab reaches the first commune; the ring is drawn on that commune.
    await page.locator('#dash-indicator').focus();
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(`(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return {
        tag: el.tagName,
        code: el.getAttribute('data-code'),
        outline: getComputedStyle(el).outlineStyle,
        box: { x: r.x, y: r.y, width: r.width, height: r.height },
      };
    })()`)) as { tag: string; code: string | null; outline: string; box: Box };
    expect(focused.tag).toBe('path');
    // No CSS outline: that is the box the browser drew beside the commune.
    expect(focused.outline).toBe('none');
    const ring = map.getByTestId('map-focus-ring');
    expect(await ring.getAttribute('data-code')).toBe(focused.code);
    const ringBox = (await ring.boundingBox())!;
    const shape = focused.box;
    // The ring follows the outline: its box is the commune's, widened by half the ring's stroke at most.
    expect(overlap(ringBox, shape) / (shape.width * shape.height)).toBeGreaterThan(0.95);
    expect(Math.abs(ringBox.x - shape.x)).toBeLessThan(4);
    expect(Math.abs(ringBox.y - shape.y)).toBeLessThan(4);
    expect(Math.abs(ringBox.width - shape.width)).toBeLessThan(8);
    expect(Math.abs(ringBox.height - shape.height)).toBeLessThan(8);
    expect(await page.getByTestId('map-selected').textContent()).toMatch(/km²/);
    await map.screenshot({ path: join(SHOTS, '90b-dashboard-map-focus.png') });
    await checkAccessibility(page, '90b-dashboard-map-focus');

    // Enter on a commune lists the dossiers of the applicants who live there.
    await map.locator(`svg path[data-code="${busiest.code}"]`).focus();
    expect(await ring.getAttribute('data-code')).toBe(busiest.code);
    await page.keyboard.press('Enter');
    await page.getByTestId('drill-down').waitFor();
    await expect
      .poll(() => page.getByTestId('drill-total').textContent())
      .toBe(`${busiest.figures.received.total} hồ sơ`);
    await page.keyboard.press('Escape');
    await page.getByTestId('drill-down').waitFor({ state: 'hidden' });

    // A year without dossiers: the map says so rather than showing grey communes.
    const thisYear = String(new Date().getFullYear());
    await page.locator('#dash-year').selectOption(thisYear);
    await expect
      .poll(() => page.getByTestId('map-empty').textContent())
      .toBe('Bản đồ chưa tô màu: không có hồ sơ nào trong kỳ.');
    expect(await map.locator('svg').count()).toBe(0);
    await page.locator('#dash-year').selectOption('2021');
    await map.locator('svg').waitFor();

    // Drill-down: the agency row lists every dossier to handle, as many as the figure says.
    await page.getByTestId('agency-drill').click();
    await page.getByTestId('drill-down').waitFor();
    await expect
      .poll(() => page.getByTestId('drill-total').textContent())
      .toBe(`${stats.total.totalToHandle} hồ sơ`);
    expect(await page.locator('[data-testid="drill-down"] [data-testid="queue-dossier-link"]').count()).toBe(
      Math.min(20, stats.total.totalToHandle),
    );
    await snap(page, '91-dashboard-drill-down');
    await checkAccessibility(page, '91-dashboard-drill-down');
    await page.getByRole('button', { name: 'Đóng danh sách hồ sơ' }).click();
    await page.getByTestId('drill-down').waitFor({ state: 'hidden' });

    // Another agency's dossiers or figures: refused by the API, whatever the page asks.
    const period = 'from=2021-01-01&to=2021-12-31';
    expect((await page.request.get(`${baseUrl}/api/dossiers?${period}&agencyIds=${ids.stp}`)).status()).toBe(
      403,
    );
    expect(
      (await page.request.get(`${baseUrl}/api/dossier-stats?${period}&agencyId=${ids.stp}`)).status(),
    ).toBe(404);

    // The map indicator is a choice of the user (kept in the address).
    await page.locator('#dash-indicator').selectOption('onTimeRate');
    await expect
      .poll(() => page.getByTestId('commune-map').locator('figcaption').textContent())
      .toContain('Tỷ lệ giải quyết đúng hạn');
    expect(page.url()).toContain('indicator=onTimeRate');

    // Documents of his agency in 2021 (the demo registers are of 2021).
    await page.getByRole('tab', { name: 'Văn bản điều hành' }).click();
    await page.getByTestId('documents-stats').waitFor();
    expect(await page.getByTestId('documents-scope').textContent()).toContain('Sở Thông tin và Truyền thông');
    const docs = (await (
      await page.request.get(`${baseUrl}/api/document-stats?${period}&agencyId=${ids.dic}`)
    ).json()) as { issued: number; incomingByChannel: Record<string, number> };
    expect(docs.issued + Object.values(docs.incomingByChannel).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await page.getByTestId('kpi-docs-issued').textContent()).toBe(String(docs.issued));
    await expect.poll(() => page.locator('[data-testid="documents-stats"] .op-chart svg').count()).toBe(2);
    await snap(page, '92-dashboard-documents');
    await checkAccessibility(page, '92-dashboard-documents');

    // Excel: one workbook, a sheet per table (agencies, service levels, agency levels, communes, documents).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('dashboard-export').click(),
    ]);
    expect(download.suggestedFilename()).toBe('thong-ke-ho-so-2021.xlsx');
    const workbook = readFileSync(await download.path());
    expect(workbook.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    // Written by the server with exceljs (compressed): read it back the same way.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.read(Readable.from(workbook));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Theo cơ quan',
      'Theo mức độ',
      'Theo cấp cơ quan',
      'Theo xã, phường',
      'Văn bản điều hành',
    ]);
    const byAgency = wb.getWorksheet('Theo cơ quan')!;
    expect(String(byAgency.getCell('A2').value)).toContain('Sở Thông tin và Truyền thông');
    // Numbers stay numbers: the agency's received dossiers, as the API counts them.
    expect(byAgency.getCell('B2').value).toBe(stats.total.received.total);
  });

  it('stats-all: the province, communes merged into their 2025 successor on the map, drill-down, levels', async () => {
    const page = await signedInPage('kiemtoan.stttt');
    await expect.poll(() => page.locator('#dash-year').inputValue()).toBe('2021');
    const stats = (await (
      await page.request.get(`${baseUrl}/api/dossier-stats?from=2021-01-01&to=2021-12-31`)
    ).json()) as Stats;
    expect(new Set(stats.rows.map((r) => r.agencyId)).size).toBe(5);
    await expect.poll(() => page.getByTestId('agency-drill').count()).toBe(5);

    // Phường Trà Vinh (2025) holds the applicants of Phường 1 and Phường 3 (2021): at least every dossier
    // of those two communes' committees, whose applicants live there.
    const merged = [ids.communes['29239']!, ids.communes['29242']!];
    const byCommune = (await (
      await page.request.get(`${baseUrl}/api/dossier-stats/communes?from=2021-01-01&to=2021-12-31`)
    ).json()) as CommuneStats;
    expect(byCommune.located).toBe(stats.total.totalToHandle);
    const traVinh = byCommune.communes.find((c) => c.code === TRA_VINH_2025)!;
    const received = traVinh.figures.received.total;
    expect(received).toBeGreaterThanOrEqual(sum(stats.rows, merged, (x) => x.received.total));
    expect(received).toBeGreaterThan(0);
    const commune = page.locator(`[data-testid="commune-map"] svg path[data-code="${TRA_VINH_2025}"]`);
    await expect
      .poll(() => commune.getAttribute('aria-label'))
      .toMatch(new RegExp(`^Phường Trà Vinh \\(.* km²\\): Số hồ sơ tiếp nhận ${received}$`));
    expect(await page.locator('[data-testid="commune-map"] svg path[role="button"]').count()).toBe(41);
    await page.getByTestId('commune-map').locator('summary').click();
    const row = page.getByTestId('map-table').locator('tr', { hasText: 'Phường Trà Vinh' });
    const given = await row.locator('td').first().textContent();
    expect(given).toMatch(/\bPhường 1\b/);
    expect(given).toMatch(/\bPhường 3\b/);
    expect(await page.getByTestId('commune-map').textContent()).toContain('nơi người nộp cư trú');
    await snap(page, '93-dashboard-province-map');
    await checkAccessibility(page, '93-dashboard-province-map');

    // Switch the indicator to late dossiers: the legend and the commune's label follow.
    await page.locator('#dash-indicator').selectOption('overdue');
    const late = lateOrOverdue(traVinh.figures);
    expect(late, 'the demo mix has late dossiers in Phường Trà Vinh').toBeGreaterThan(0);
    await expect
      .poll(() => commune.getAttribute('aria-label'))
      .toMatch(new RegExp(`: Số hồ sơ trễ hạn ${late}$`));
    await commune.focus();
    expect(await page.getByTestId('map-selected').textContent()).toContain('Phường Trà Vinh');
    await snap(page, '94-dashboard-map-overdue');
    await checkAccessibility(page, '94-dashboard-map-overdue');

    // Enter on the commune lists the late dossiers of the applicants of both former communes.
    await commune.press('Enter');
    await page.getByTestId('drill-down').waitFor();
    await expect.poll(() => page.getByTestId('drill-total').textContent()).toBe(`${late} hồ sơ`);
    expect(await page.locator('.op-drill-down .ant-drawer-title').textContent()).toContain('Phường Trà Vinh');
    // The inspector reads other agencies' dossiers as figures: codes without links to pages that would 404.
    expect(late).toBeGreaterThan(0);
    await page.locator('[data-testid="drill-down"] [data-testid="queue-dossier-code"]').first().waitFor();
    expect(await page.locator('[data-testid="drill-down"] [data-testid="queue-dossier-link"]').count()).toBe(
      0,
    );
    await snap(page, '95-dashboard-commune-drill-down');
    await checkAccessibility(page, '95-dashboard-commune-drill-down');
    await page.keyboard.press('Escape');
    await page.getByTestId('drill-down').waitFor({ state: 'hidden' });

    // Agency level "commune": only the three commune committees remain, and the totals follow.
    await page.locator('#dash-tier').selectOption('commune');
    await expect.poll(() => page.getByTestId('agency-drill').count()).toBe(3);
    const communeIds = Object.values(ids.communes);
    await expect
      .poll(() => page.getByTestId('kpi-received').textContent())
      .toBe(String(sum(stats.rows, communeIds, (x) => x.received.total)));

    // Levels tab: by service level and by agency level, the late dossiers of a level open the list.
    await page.locator('#dash-tier').selectOption('');
    await page.getByRole('tab', { name: 'Theo mức độ và cấp' }).click();
    await page.getByTestId('levels-breakdown').waitFor();
    const byLevel = (await (
      await page.request.get(`${baseUrl}/api/dossier-stats?from=2021-01-01&to=2021-12-31&serviceLevel=4`)
    ).json()) as Stats;
    const level4 = page.getByTestId('levels-service').locator('tr', { hasText: 'Mức độ 4' });
    expect(await level4.locator('td').nth(1).textContent()).toBe(String(byLevel.total.received.total));
    expect(await page.getByTestId('levels-admin').locator('tbody tr').count()).toBe(2);
    await snap(page, '96-dashboard-levels');
    await checkAccessibility(page, '96-dashboard-levels');
    await level4.getByRole('button').click();
    await expect
      .poll(() => page.getByTestId('drill-total').textContent())
      .toBe(`${lateOrOverdue(byLevel.total)} hồ sơ`);
    await page.keyboard.press('Escape');
    await page.getByTestId('drill-down').waitFor({ state: 'hidden' });

    // Documents: the inspector (documents:stats-all) reads the whole province's figures.
    await page.getByRole('tab', { name: 'Văn bản điều hành' }).click();
    await page.getByTestId('documents-stats').waitFor();
    await expect
      .poll(() => page.getByTestId('documents-scope').textContent())
      .toBe('Phạm vi: tất cả cơ quan.');
  });

  it('the counter records the applicant’s commune: this year’s map first says why it is empty, then colours it', async () => {
    const thisYear = String(new Date().getFullYear());
    const officer = await signedInPage('motcua.stttt');
    const receive = async (name: string, commune: string | null, phone: string | null) => {
      await officer.goto(`${baseUrl}/counter`);
      const procedure = officer.getByTestId('counter-procedure');
      await procedure.locator('input').fill('dang ky hoat dong co so in');
      await officer
        .locator('.ant-select-item-option', { hasText: 'Đăng ký hoạt động cơ sở in' })
        .first()
        .click();
      await officer.getByLabel('Họ, chữ đệm và tên người yêu cầu').fill(name);
      await officer.getByLabel('Số định danh cá nhân').fill('084190000123');
      await officer.getByLabel('Họ và tên').fill(name);
      if (phone) {
        await officer.getByRole('group', { name: 'Người nộp' }).getByLabel('Số điện thoại').fill(phone);
      }
      if (commune) {
        await officer.getByLabel('Xã, phường nơi cư trú').fill('long duc');
        await officer.locator('.ant-select-item-option', { hasText: commune }).first().click();
      }
      await officer.getByTestId('counter-submit').click();
      await officer
        .locator('[data-testid="counter-received"], .op-form-alert[role="alert"]')
        .first()
        .waitFor();
      expect(await officer.locator('.op-form-alert[role="alert"]').allTextContents()).toEqual([]);
    };

    // Received without the applicant's commune (nor a phone, which the applicant may not have): the
    // director's map says why it has no colour.
    await receive('Kim Thị Sa Vy', null, null);
    const director = await signedInPage('lanhdao.stttt');
    await expect.poll(() => director.locator('#dash-year').inputValue()).toBe(thisYear);
    await expect
      .poll(() => director.getByTestId('map-empty').textContent())
      .toMatch(/^Bản đồ chưa tô màu: 1 hồ sơ trong kỳ đều không ghi xã, phường nơi người nộp cư trú\./);
    await snap(director, '97-dashboard-map-explains');
    await checkAccessibility(director, '97-dashboard-map-explains');

    // Received with it: the commune is coloured and the one without a commune is counted beside the map.
    await receive('Thạch Văn Sơn', 'Phường Long Đức', '0912345678');
    await director.reload();
    await director.getByTestId('dashboard-figures').waitFor();
    const longDuc = director.locator('[data-testid="commune-map"] svg path[data-code="29263"]');
    await expect
      .poll(() => longDuc.getAttribute('aria-label'))
      .toMatch(/^Phường Long Đức \(.* km²\): Số hồ sơ tiếp nhận 1$/);
    expect(await director.getByTestId('map-unlocated').textContent()).toBe(
      '1 hồ sơ không ghi xã, phường nơi người nộp cư trú nên không có trên bản đồ.',
    );
    await snap(director, '98-dashboard-map-counter');
  });

  it('raised no uncaught errors in the pages', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
