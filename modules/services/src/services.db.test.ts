import { randomUUID } from 'node:crypto';
import { queryRows, sql } from '@openprovince/db';
import { DEMO_TOTP_SECRET, totpAt } from '@openprovince/identity';
import {
  actorFor,
  buildIdentityTestApp,
  makeAgency,
  makeOfficial,
  sessionCookieFrom,
  TEST_PASSWORD,
} from '@openprovince/identity/testing';
import { type HttpApp, type RequestContext, systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES_GRANTS, type TCreateProcedureBody } from './contracts/index.ts';
import { servicesRoutes } from './routes/procedure.routes.ts';
import { seedServicesDemo } from './seed/demo.ts';
import { DEMO_FIELDS } from './seed/demo-fields.ts';
import { createProcedure } from './use-cases/create-procedure.ts';
import { getProcedure } from './use-cases/get-procedure.ts';
import { listFields } from './use-cases/list-fields.ts';
import { retireProcedure } from './use-cases/retire-procedure.ts';
import { searchProcedures } from './use-cases/search-procedures.ts';
import { serviceLevelStats } from './use-cases/service-level-stats.ts';
import { setServiceLevel } from './use-cases/set-service-level.ts';
import { validateSubmissionForm } from './use-cases/validate-submission-form.ts';

const system: RequestContext = { actor: systemActor('test'), requestId: 'test' };
const anonymous: RequestContext = { actor: { kind: 'anonymous' }, requestId: 'anon' };

const agencyKeys = [
  'ubnd-tinh',
  ...new Set(DEMO_FIELDS.map((f) => f.agencyKey)),
  ...Array.from({ length: 9 }, (_, i) => `ubnd-huyen-${842 + i}`),
  ...Array.from({ length: 106 }, (_, i) => `ubnd-xa-${29200 + i}`),
];

const DISTRICTS = [
  'thành phố Trà Vinh',
  'huyện Càng Long',
  'huyện Cầu Kè',
  'huyện Tiểu Cần',
  'huyện Châu Thành',
  'huyện Cầu Ngang',
  'huyện Trà Cú',
  'huyện Duyên Hải',
  'thị xã Duyên Hải',
];

describe('services catalogue', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let seedMs = 0;
  let dicId: string;
  let cookie: string;
  let fieldId: string;

  const newProcedure = (over: Partial<TCreateProcedureBody> = {}): TCreateProcedureBody => ({
    nationalCode: '1.999001',
    name: 'Cấp giấy phép bưu chính (thử)',
    fieldId,
    agencyId: dicId,
    implementingLevel: 'province',
    timeLimit: { amount: 10, unit: 'working_days' },
    onlineTimeLimit: { amount: 8, unit: 'working_days' },
    resultType: 'licence',
    resultName: 'Giấy phép bưu chính',
    legalBasis: 'Luật Bưu chính số 49/2010/QH12; Nghị định số 47/2011/NĐ-CP',
    publishedNationally: true,
    fees: [{ name: 'Phí thẩm định', amountVnd: 15_000_000, note: null }],
    components: [
      {
        key: 'to-khai',
        name: 'Đơn đề nghị cấp giấy phép bưu chính',
        originals: 1,
        copies: 0,
        required: true,
        formSchema: {
          type: 'object',
          properties: {
            tenToChuc: { type: 'string', title: 'Tên tổ chức', minLength: 3 },
            phamVi: { type: 'string', title: 'Phạm vi', enum: ['Nội tỉnh', 'Liên tỉnh'] },
          },
          required: ['tenToChuc', 'phamVi'],
        },
        templateFileName: 'mau-don.docx',
      },
    ],
    serviceLevel: { scheme: 'decree43', level: '3', effectiveFrom: '2021-01-01' },
    validFrom: '2021-01-01',
    ...over,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    // The directory as the demo has it where the tests look: the province committee, two departments
    // under it and the nine district committees; the communes stay unknown ids (the catalogue keeps only
    // the id, and a result then names no agency rather than failing).
    const province = await makeAgency(t.db, {
      name: 'Ủy ban nhân dân tỉnh Trà Vinh',
      abbreviation: 'UBND',
      kind: 'people_committee',
    });
    const dic = await makeAgency(t.db, {
      name: 'Sở Thông tin và Truyền thông',
      abbreviation: 'STTTT',
      parentId: province.id,
    });
    dicId = dic.id;
    const real = new Map<string, string>([
      ['ubnd-tinh', province.id],
      ['stttt', dic.id],
    ]);
    const plan = await makeAgency(t.db, {
      name: 'Sở Kế hoạch và Đầu tư',
      abbreviation: 'SKHDT',
      parentId: province.id,
    });
    real.set('skhdt', plan.id);
    for (const [i, district] of DISTRICTS.entries()) {
      const row = await makeAgency(t.db, {
        name: `Ủy ban nhân dân ${district}`,
        abbreviation: 'UBND',
        kind: 'people_committee',
        level: 'district',
        parentId: province.id,
      });
      real.set(`ubnd-huyen-${842 + i}`, row.id);
    }
    const ids = Object.fromEntries(agencyKeys.map((k) => [k, real.get(k) ?? randomUUID()]));
    const started = Date.now();
    const report = await seedServicesDemo(t.db, system, { agencyIdByKey: ids });
    seedMs = Date.now() - started;
    expect(report).toMatchObject({
      proceduresCreated: 1858,
      fieldsCreated: DEMO_FIELDS.length,
      skipped: false,
    });
    fieldId = (await listFields(t.db, anonymous)).items.find((f) => f.code === 'buu-chinh')!.id;

    const admin = await makeOfficial(t.db, {
      agencyId: dic.id,
      roles: ['system_admin'],
      username: 'quantri.tinh',
      totpSecret: DEMO_TOTP_SECRET,
    });
    expect(admin.roles).toContain('system_admin');
    app = await buildIdentityTestApp(t.db, { grants: [SERVICES_GRANTS], routes: [servicesRoutes(t.db)] });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: {
        username: 'quantri.tinh',
        password: TEST_PASSWORD,
        totp: totpAt(DEMO_TOTP_SECRET, new Date()),
      },
    });
    expect(login.statusCode).toBe(200);
    cookie = sessionCookieFrom(login);
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('seeds the report structure fast, once: 1,858 / 230 / 571 / 1,057 / 1,415 as of 31/12/2021', async () => {
    // ~2.5 s alone on PGlite; the bound only catches a regression to row-by-row inserts on a busy machine.
    expect(seedMs).toBeLessThan(45_000);
    console.info(`seedServicesDemo: ${seedMs} ms`);
    const stats = await serviceLevelStats(t.db, anonymous, { asOf: '2021-12-31' });
    const count = (level: string) => stats.byLevel.find((r) => r.level === level)?.count ?? 0;
    expect(stats.total).toBe(1858);
    expect(count('1') + count('2')).toBe(230);
    expect(count('3')).toBe(571);
    expect(count('4')).toBe(1057);
    expect(stats.publishedNationally).toBe(1415);
    const again = await seedServicesDemo(t.db, system, { agencyIdByKey: new Map() });
    expect(again).toMatchObject({ skipped: true, proceduresCreated: 0 });
  });

  it('counts Decree 42 modes after 24/06/2022 and the mid-2021 level-3 services before the upgrade', async () => {
    const in2023 = await serviceLevelStats(t.db, anonymous, { asOf: '2023-06-30' });
    expect(in2023.byLevel.map((r) => [r.scheme, r.level, r.count])).toEqual([
      ['decree42', 'full', 1057],
      ['decree42', 'partial', 801],
    ]);
    const mid2021 = await serviceLevelStats(t.db, anonymous, { asOf: '2021-06-30' });
    expect(mid2021.byLevel.find((r) => r.level === '4')?.count).toBe(1057 - 180);
    expect((await serviceLevelStats(t.db, anonymous, { asOf: '2020-12-31' })).total).toBe(0);
  });

  it('finds "Đăng ký thành lập hộ kinh doanh" when a citizen types "dang ky kinh doanh" without accents', async () => {
    const result = await searchProcedures(t.db, anonymous, { q: 'dang ky kinh doanh', limit: 200 });
    expect(result.items.map((p) => p.name)).toContain('Đăng ký thành lập hộ kinh doanh');
    expect(result.total).toBeGreaterThan(9);
    const exact = await searchProcedures(t.db, anonymous, { q: 'DANG KY THANH LAP HO KINH DOANH' });
    expect(exact.items[0]?.name).toBe('Đăng ký thành lập hộ kinh doanh');
    const byCode = await searchProcedures(t.db, anonymous, { q: exact.items[0]!.nationalCode });
    expect(byCode.items.map((p) => p.id)).toEqual([exact.items[0]!.id]);
    expect((await searchProcedures(t.db, anonymous, { q: '100%_' })).total).toBe(0);
  });

  it('filters by field, agency, implementing level and service level on a date', async () => {
    const l4in2021 = await searchProcedures(t.db, anonymous, {
      serviceLevel: '4',
      asOf: '2021-12-31',
      limit: 1,
    });
    expect(l4in2021.total).toBe(1057);
    expect(l4in2021.items[0]?.serviceLevel).toMatchObject({ scheme: 'decree43', level: '4' });
    const full = await searchProcedures(t.db, anonymous, {
      serviceLevel: 'full',
      asOf: '2023-01-01',
      limit: 1,
    });
    expect(full.total).toBe(1057);
    const postal = await searchProcedures(t.db, anonymous, {
      fieldId,
      agencyId: dicId,
      implementingLevel: 'province',
    });
    expect(postal.items.length).toBeGreaterThan(3);
    expect(postal.items.every((p) => p.fieldName === 'Bưu chính' && p.agencyId === dicId)).toBe(true);
  });

  it('names the agency of every result: a title offered by nine districts reads as nine agencies, and narrows to one', async () => {
    const title = 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh';
    const found = await searchProcedures(t.db, anonymous, { q: title, limit: 50 });
    const same = found.items.filter((p) => p.name === title);
    expect(same).toHaveLength(9);
    expect(same.every((p) => p.implementingLevel === 'district')).toBe(true);
    expect(new Set(same.map((p) => p.agencyName))).toEqual(
      new Set(DISTRICTS.map((d) => `Ủy ban nhân dân ${d}`)),
    );
    // The counts per agency list every district offering it, and stay complete once one is chosen.
    const districtIds = new Set(same.map((p) => p.agencyId));
    expect(found.agencies.filter((a) => districtIds.has(a.agencyId))).toHaveLength(9);
    expect(found.agencies.every((a) => a.count >= 1)).toBe(true);
    expect(found.agencies.reduce((n, a) => n + a.count, 0)).toBe(found.total);
    const caLong = same.find((p) => p.agencyName === 'Ủy ban nhân dân huyện Càng Long')!;
    const narrowed = await searchProcedures(t.db, anonymous, { q: title, agencyId: caLong.agencyId });
    expect(narrowed.items.every((p) => p.agencyId === caLong.agencyId)).toBe(true);
    expect(narrowed.items.map((p) => p.name)).toContain(title);
    expect(narrowed.agencies).toEqual(found.agencies);
    const provinceOnly = await searchProcedures(t.db, anonymous, { q: title, implementingLevel: 'province' });
    expect(provinceOnly.items.every((p) => p.implementingLevel === 'province')).toBe(true);
    // Over HTTP, as the portal reads it.
    const res = await app.inject({
      method: 'GET',
      url: `/api/procedures?q=${encodeURIComponent('cap lai giay chung nhan dang ky ho kinh doanh')}&implementingLevel=district&limit=20`,
    });
    expect(res.statusCode).toBe(200);
    const page = res.json() as { items: { agencyName: string | null }[]; agencies: unknown[] };
    expect(page.items.every((p) => p.agencyName?.startsWith('Ủy ban nhân dân'))).toBe(true);
    expect(page.agencies.length).toBeGreaterThanOrEqual(9);
  });

  it('names on the procedure page the agency that handles it and the one-stop section to hand the dossier in', async () => {
    const title = 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh';
    const local = (await searchProcedures(t.db, anonymous, { q: title, limit: 50 })).items.find(
      (p) => p.name === title && p.agencyName === 'Ủy ban nhân dân huyện Càng Long',
    )!;
    const page = (await app.inject({ method: 'GET', url: `/api/procedures/${local.id}` })).json();
    expect(page).toMatchObject({
      agencyName: 'Ủy ban nhân dân huyện Càng Long',
      oneStopSection: 'Bộ phận Tiếp nhận và Trả kết quả – Ủy ban nhân dân huyện Càng Long',
    });
    const [postal] = (await searchProcedures(t.db, anonymous, { q: 'cap giay phep buu chinh' })).items;
    const provincial = await getProcedure(t.db, anonymous, { idOrCode: postal!.id });
    expect(provincial).toMatchObject({
      agencyName: 'Sở Thông tin và Truyền thông',
      implementingLevel: 'province',
      oneStopSection: 'Trung tâm Phục vụ hành chính công tỉnh Trà Vinh',
    });
  });

  it('shows a citizen requirements, fees and time limit of a procedure, by id or national code', async () => {
    const [hit] = (await searchProcedures(t.db, anonymous, { q: 'cap giay phep buu chinh' })).items;
    const res = await app.inject({ method: 'GET', url: `/api/procedures/${hit!.nationalCode}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    const p = res.json();
    expect(p).toMatchObject({
      name: 'Cấp giấy phép bưu chính',
      timeLimit: { amount: 10, unit: 'working_days' },
    });
    expect(p.fees[0]).toMatchObject({ amountVnd: 15_000_000 });
    expect(p.components.map((c: { key: string }) => c.key)).toEqual([
      'to-khai',
      'giay-to-kem-theo',
      'giay-uy-quyen',
    ]);
    expect(p.components[0].formSchema.required).toContain('phamVi');
    expect(p.serviceLevelHistory.length).toBeGreaterThanOrEqual(2);
    expect(p).not.toHaveProperty('searchText');
    expect((await app.inject({ method: 'GET', url: `/api/procedures/${p.id}` })).json().nationalCode).toBe(
      hit!.nationalCode,
    );
    expect((await app.inject({ method: 'GET', url: '/api/procedures/1.000000' })).statusCode).toBe(404);
    const fields = await app.inject({ method: 'GET', url: '/api/procedure-fields' });
    expect(fields.json().items).toHaveLength(DEMO_FIELDS.length);
  });

  it('keeps the service level effective-dated: level 3 in 2021, full from 2023 after an upgrade', async () => {
    const created = await createProcedure(t.db, system, newProcedure({ nationalCode: '1.999002' }));
    expect(
      created.serviceLevelHistory.map((l) => [l.scheme, l.level, l.effectiveFrom, l.effectiveTo]),
    ).toEqual([
      ['decree43', '3', '2021-01-01', '2022-06-23'],
      ['decree42', 'partial', '2022-06-24', null],
    ]);
    const upgraded = await setServiceLevel(t.db, system, {
      id: created.id,
      expectedVersion: created.version,
      change: { scheme: 'decree42', level: 'full', effectiveFrom: '2023-01-01' },
    });
    expect(upgraded.version).toBe(created.version + 1);
    const on = async (asOf: string) =>
      (await getProcedure(t.db, anonymous, { idOrCode: created.id, asOf })).serviceLevel;
    expect(await on('2021-12-31')).toMatchObject({ scheme: 'decree43', level: '3' });
    expect(await on('2022-12-31')).toMatchObject({
      scheme: 'decree42',
      level: 'partial',
      effectiveTo: '2022-12-31',
    });
    expect(await on('2023-01-01')).toMatchObject({ scheme: 'decree42', level: 'full', effectiveTo: null });
    await expect(
      setServiceLevel(t.db, system, {
        id: created.id,
        expectedVersion: upgraded.version,
        change: { scheme: 'decree43', level: '4', effectiveFrom: '2023-02-01' },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('refuses an edit without If-Match (428) or with a stale version (412) and accepts the current one', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/procedures',
      headers: { cookie },
      payload: newProcedure({ nationalCode: '1.999003' }),
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const patch = (ifMatch: string | undefined, payload: Record<string, unknown>) =>
      app.inject({
        method: 'PATCH',
        url: `/api/procedures/${id}`,
        headers: { cookie, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
        payload,
      });
    expect((await patch(undefined, { name: 'Tên mới của thủ tục' })).statusCode).toBe(428);
    const ok = await patch('"1"', { name: 'Cấp lại giấy phép bưu chính (thử)', fees: [] });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ totalFeeVnd: 0, fees: [], version: 2 });
    const stale = await patch('"1"', { name: 'Tên khác' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('VERSION_MISMATCH');
    const level = await app.inject({
      method: 'PUT',
      url: `/api/procedures/${id}/service-levels`,
      headers: { cookie, 'if-match': '"1"' },
      payload: { scheme: 'decree42', level: 'full', effectiveFrom: '2024-01-01' },
    });
    expect(level.statusCode).toBe(412);
    const found = await searchProcedures(t.db, anonymous, { q: 'cap lai giay phep buu chinh (thu)' });
    expect(found.items.map((p) => p.id)).toContain(id);
  });

  it('refuses a duplicate national code in force, and frees it when the procedure is retired', async () => {
    const first = await createProcedure(t.db, system, newProcedure({ nationalCode: '1.999004' }));
    await expect(
      createProcedure(t.db, system, newProcedure({ nationalCode: '1.999004' })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const retired = await retireProcedure(t.db, system, {
      id: first.id,
      expectedVersion: 1,
      validTo: '2023-12-31',
    });
    expect(retired.validTo).toBe('2023-12-31');
    expect(retired.serviceLevelHistory.at(-1)).toMatchObject({ level: 'partial', effectiveTo: '2023-12-31' });
    const replacement = await createProcedure(
      t.db,
      system,
      newProcedure({
        nationalCode: '1.999004',
        validFrom: '2024-01-01',
        serviceLevel: { scheme: 'decree42', level: 'full', effectiveFrom: '2024-01-01' },
      }),
    );
    expect((await getProcedure(t.db, anonymous, { idOrCode: '1.999004' })).id).toBe(replacement.id);
    const in2023 = await searchProcedures(t.db, anonymous, { q: '1.999004', asOf: '2023-06-01' });
    expect(in2023.items.map((p) => p.id)).toEqual([first.id]);
  });

  it('keeps internal steps (with a liên thông step), refuses invalid ones with their path, and audits the edit', async () => {
    const justice = await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP' });
    const steps = [
      { key: 'tham-dinh', name: 'Thẩm định hồ sơ', role: 'specialist', hours: 24 },
      {
        key: 'lien-thong-stp',
        name: 'Xác minh tại Sở Tư pháp',
        role: 'specialist',
        hours: 16,
        agencyId: justice.id,
      },
      { key: 'phe-duyet', name: 'Phê duyệt kết quả', role: 'leader', hours: 8 },
    ];
    const created = await app.inject({
      method: 'POST',
      url: '/api/procedures',
      headers: { cookie },
      payload: newProcedure({ nationalCode: '1.999011', steps: steps as TCreateProcedureBody['steps'] }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json();
    const read = await app.inject({ method: 'GET', url: `/api/procedures/${id}` });
    expect(read.json().steps).toEqual(steps);
    expect((await getProcedure(t.db, anonymous, { idOrCode: '1.999004' })).steps).toEqual([]);

    const patch = (version: number, payload: Record<string, unknown>) =>
      app.inject({
        method: 'PATCH',
        url: `/api/procedures/${id}`,
        headers: { cookie, 'if-match': `"${version}"`, 'accept-language': 'en' },
        payload,
      });
    const problems = async (version: number, payload: Record<string, unknown>) => {
      const res = await patch(version, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('VALIDATION_FAILED');
      return res.json().errors.map((e: { path: string }) => e.path);
    };
    const leader = { key: 'ky', name: 'Ký duyệt', role: 'leader', hours: 8 };
    // The schema: hours, key pattern, role, agency format, at most ten steps.
    expect(await problems(1, { steps: [{ ...leader, hours: 0 }] })).toContain('/body/steps/0/hours');
    expect(await problems(1, { steps: [{ ...leader, key: 'Ký' }] })).toContain('/body/steps/0/key');
    expect(await problems(1, { steps: [{ ...leader, agencyId: 'stp' }] })).toContain(
      '/body/steps/0/agencyId',
    );
    expect(
      await problems(1, {
        steps: Array.from({ length: 11 }, (_, i) => ({ ...leader, key: `b${i}`, hours: 1 })),
      }),
    ).toContain('/body/steps');
    // The rules: unique keys, a leader last, hours within 10 working days (80 h), an agency that exists.
    expect(await problems(1, { steps: [leader, leader] })).toEqual(['/body/steps/1/key']);
    expect(await problems(1, { steps: [{ ...leader, role: 'specialist' }] })).toEqual(['/body/steps/0/role']);
    expect(await problems(1, { steps: [{ ...leader, hours: 81 }] })).toEqual(['/body/steps']);
    expect(await problems(1, { steps: [{ ...leader, agencyId: randomUUID() }] })).toEqual([
      '/body/steps/0/agencyId',
    ]);
    // A time limit the stored steps (48 h) no longer fit: 5 working hours.
    expect(await problems(1, { timeLimit: { amount: 5, unit: 'working_hours' } })).toEqual([
      '/body/timeLimit/amount',
    ]);
    // Calendar days have no fixed number of working hours: not compared.
    const calendar = await patch(1, {
      timeLimit: { amount: 1, unit: 'calendar_days' },
      steps: [{ ...leader, hours: 100 }],
    });
    expect(calendar.statusCode, calendar.body).toBe(200);
    expect(calendar.json().steps).toEqual([{ ...leader, hours: 100 }]);
    const back = await patch(2, { steps: [] });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().steps).toEqual([]);
    const audit = await queryRows<{ action: string; summary: { changed?: string[] } }>(
      t.db,
      sql`select action, summary from audit.audit_log where object_id = ${id} order by seq`,
    );
    expect(audit.map((r) => r.action)).toEqual([
      'services.procedure.create',
      'services.procedure.update',
      'services.procedure.update',
    ]);
    expect(audit[1]!.summary.changed).toEqual(['timeLimit', 'steps']);
  });

  it('the default steps (specialist 16 h → leader 8 h) must fit the time limit: 1 working hour or 1 working day without steps is refused on the steps', async () => {
    const post = (payload: TCreateProcedureBody) =>
      app.inject({ method: 'POST', url: '/api/procedures', headers: { cookie }, payload });
    for (const [timeLimit, hours] of [
      [{ amount: 1, unit: 'working_hours' as const }, 1],
      [{ amount: 1, unit: 'working_days' as const }, 8],
    ] as const) {
      const refused = await post(
        newProcedure({ nationalCode: '1.999021', timeLimit, onlineTimeLimit: null }),
      );
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      const errors = refused.json().errors as { path: string; message: string }[];
      expect(errors.map((e) => e.path)).toEqual(['/body/steps']);
      expect(errors[0]!.message).toContain('Quy trình mặc định');
      expect(errors[0]!.message).toContain(`vượt thời hạn giải quyết (${hours} giờ làm việc)`);
    }
    // The same with declared steps that fit: one leader's hour.
    const fits = await post(
      newProcedure({
        nationalCode: '1.999021',
        timeLimit: { amount: 1, unit: 'working_hours' },
        onlineTimeLimit: null,
        steps: [{ key: 'ky', name: 'Ký duyệt', role: 'leader', hours: 1 }],
      }),
    );
    expect(fits.statusCode, fits.body).toBe(201);
    // Declared steps over the one hour: refused on the total.
    const over = await post(
      newProcedure({
        nationalCode: '1.999022',
        timeLimit: { amount: 1, unit: 'working_hours' },
        onlineTimeLimit: null,
        steps: [
          { key: 'tham-dinh', name: 'Thẩm định', role: 'specialist', hours: 1 },
          { key: 'ky', name: 'Ký duyệt', role: 'leader', hours: 1 },
        ],
      }),
    );
    expect(over.json().errors.map((e: { path: string }) => e.path)).toEqual(['/body/steps']);
    // A procedure on the default steps cannot shorten its limit below them (the error is on the limit);
    // going back to the defaults under a short limit is refused on the steps.
    const onDefaults = await createProcedure(t.db, system, newProcedure({ nationalCode: '1.999023' }));
    const patch = (payload: Record<string, unknown>) =>
      app.inject({
        method: 'PATCH',
        url: `/api/procedures/${onDefaults.id}`,
        headers: { cookie, 'if-match': `"${onDefaults.version}"` },
        payload,
      });
    const shorter = await patch({ timeLimit: { amount: 2, unit: 'working_days' }, onlineTimeLimit: null });
    expect(shorter.statusCode, shorter.body).toBe(400);
    expect(shorter.json().errors.map((e: { path: string }) => e.path)).toEqual(['/body/timeLimit/amount']);
    const three = await patch({ timeLimit: { amount: 3, unit: 'working_days' }, onlineTimeLimit: null });
    expect(three.statusCode, three.body).toBe(200);
  });

  it('validates the e-form definition on save and the answers on submission', async () => {
    const bad = newProcedure({ nationalCode: '1.999005' });
    bad.components![0]!.formSchema!.required = ['khongCo'];
    await expect(createProcedure(t.db, system, bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const p = await createProcedure(t.db, system, newProcedure({ nationalCode: '1.999006' }));
    const check = (answers: Record<string, Record<string, unknown>>) =>
      validateSubmissionForm(t.db, anonymous, { procedureId: p.id, answers });
    expect(await check({ 'to-khai': { tenToChuc: 'Công ty TNHH Tuyên Trị', phamVi: 'Nội tỉnh' } })).toEqual({
      valid: true,
      errors: [],
    });
    const missing = await check({});
    expect(missing.errors.map((e) => e.path)).toEqual(['/answers/to-khai']);
    const wrong = await check({ 'to-khai': { tenToChuc: 'A', phamVi: 'Quốc tế' }, khac: {} });
    expect(wrong.errors.map((e) => e.path).sort()).toEqual([
      '/answers/khac',
      '/answers/to-khai/phamVi',
      '/answers/to-khai/tenToChuc',
    ]);
    const viaHttp = await app.inject({
      method: 'POST',
      url: `/api/procedures/${p.id}/form-validation`,
      payload: { answers: { 'to-khai': { phamVi: 'Liên tỉnh' } } },
    });
    expect(viaHttp.statusCode).toBe(200);
    expect(viaHttp.json().errors).toHaveLength(1);
  });

  it('answers the statistics route with the report figures', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/procedures/stats?asOf=2021-12-31' });
    expect(res.statusCode).toBe(200);
    // Tests above added procedures valid from 2021: the route answers what the use case counts.
    expect(res.json()).toEqual(await serviceLevelStats(t.db, anonymous, { asOf: '2021-12-31' }));
    expect(res.json().total).toBeGreaterThan(1858);
  });

  it('grants the catalogue permission to system_admin through SERVICES_GRANTS', async () => {
    const official = await makeOfficial(t.db, { agencyId: dicId, roles: ['system_admin'] });
    expect(actorFor(official, [SERVICES_GRANTS]).permissions.has('services:manage')).toBe(true);
  });
});
