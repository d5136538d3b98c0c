import { seedCalendar } from '@openprovince/calendar';
import { queryRows, sql } from '@openprovince/db';
import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import {
  type Actor,
  ANONYMOUS,
  createHttpApp,
  type HttpApp,
  type RequestContext,
  systemActor,
} from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { THistoricDossier } from './contracts/historic-import.ts';
import { DOSSIER_GRANTS } from './contracts/permissions.ts';
import { createDossierDeps, type DossierDeps } from './deps.ts';
import type { CatalogueProcedure, ProcedureCatalogue } from './domain/ports.ts';
import { dossierRoutes } from './routes/dossier.routes.ts';
import { getDossier } from './use-cases/get-dossier.ts';
import { getDossierDocument } from './use-cases/get-dossier-document.ts';
import { importHistoricDossiers } from './use-cases/import-historic-dossiers.ts';
import { lookupDossier } from './use-cases/lookup-dossier.ts';
import { submitDossier } from './use-cases/submit-dossier.ts';
import { transitionDossier } from './use-cases/transition-dossier.ts';

const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'test' });
const system = ctx(systemActor('test-import'));
const AGENCY = '000.00.12.H59';
const officer = { name: 'Lê Thị Một Cửa' };
const specialist = { name: 'Trần Văn Chuyên' };
const leader = { name: 'Phạm Thị Lãnh Đạo' };
const local = (text: string) => `${text}+07:00`;

/** A history as the previous system kept it: received, forwarded, a supplement wait, processed, returned. */
const history = (code: string, over: Partial<THistoricDossier> = {}): THistoricDossier => ({
  code,
  procedureCode: '1.001612.H59',
  agencyCode: AGENCY,
  channel: 'direct',
  applicant: { name: 'Nguyễn Văn An', phone: '0912345678' },
  events: [
    { action: 'receive', at: local('2021-02-05T16:40:37'), performer: officer },
    { action: 'forward', at: local('2021-02-05T16:45:12'), performer: officer },
    {
      action: 'request_supplement',
      at: local('2021-02-17T09:00:20'),
      performer: specialist,
      note: 'Bổ sung bản sao giấy phép kinh doanh',
      items: ['Bản sao giấy phép kinh doanh'],
    },
    { action: 'resubmit', at: local('2021-02-18T09:05:21'), performer: officer },
    { action: 'process', at: local('2021-02-18T10:00:00'), performer: specialist },
    { action: 'approve', at: local('2021-02-18T11:00:00'), performer: leader },
    { action: 'return', at: local('2021-02-18T14:00:00'), performer: officer },
  ],
  rating: { value: 5, at: local('2021-02-19T08:00:00') },
  ...over,
});

describe('importing historic dossiers', () => {
  let t: TestDatabase;
  let deps: DossierDeps;
  let app: HttpApp;
  const actors: Record<string, Actor> = {};
  const procs = new Map<string, CatalogueProcedure>();
  const catalogue: ProcedureCatalogue = { getProcedureForDossier: async (id) => procs.get(id) };

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, system);
    const a = await makeAgency(t.db, { code: AGENCY, name: 'Sở Thông tin và Truyền thông' });
    const b = await makeAgency(t.db, { code: '000.00.13.H59', name: 'Sở Tư pháp' });
    const mk = async (agencyId: string, roles: ('one_stop_officer' | 'system_admin')[]) =>
      actorFor(await makeOfficial(t.db, { agencyId, roles }), [DOSSIER_GRANTS]);
    actors.admin = await mk(b.id, ['system_admin']);
    actors.officerA = await mk(a.id, ['one_stop_officer']);
    actors.citizen = { kind: 'citizen', citizenId: '11111111-1111-4111-8111-111111111111', fullName: 'An' };
    const base = {
      name: 'Cấp giấy phép hoạt động in',
      agencyId: a.id,
      fees: [{ name: 'Lệ phí', amount: 50_000 }],
      components: [{ key: 'don', name: 'Đơn đề nghị', required: true }],
      serviceLevel: 3,
      validate: () => [],
    };
    procs.set('1.001612.H59', {
      ...base,
      id: 'p3',
      nationalCode: '1.001612.H59',
      timeLimit: { amount: 3, unit: 'working_days' },
      validFrom: '2021-01-01',
      validTo: null,
    });
    procs.set('1.002000.H59', {
      ...base,
      id: 'p-new',
      nationalCode: '1.002000.H59',
      timeLimit: { amount: 5, unit: 'working_days' },
      validFrom: '2021-07-01',
      validTo: null,
    });
    deps = createDossierDeps({ db: t.db, storage: new MemoryStorage(), catalogue });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 },
      resolveActor: async (request) => actors[String(request.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(dossierRoutes(deps));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  const auditFor = (objectId: string) =>
    queryRows<{ action: string; actor_name: string; summary: Record<string, unknown> }>(
      t.db,
      sql`select action, actor_name, summary from audit.audit_log where object_id = ${objectId} order by seq`,
    );
  const count = async (table: 'dossiers' | 'audit') => {
    const rows = await queryRows<{ n: number }>(
      t.db,
      table === 'dossiers'
        ? sql`select count(*)::int as n from dossiers.dossiers`
        : sql`select count(*)::int as n from audit.audit_log`,
    );
    return rows[0]!.n;
  };

  it('keeps the real history; the due date is the calendar’s from the real receipt (whole minutes), moved by the supplement wait', async () => {
    const result = await importHistoricDossiers(deps, system, {
      importKey: 'import-journey-0001',
      body: { dossiers: [history(`${AGENCY}-210205-0007`)] },
    });
    expect(result).toMatchObject({
      replayed: false,
      total: 1,
      created: 1,
      unchanged: 0,
      byState: { returned: 1 },
    });
    const [row] = await queryRows<{ id: string }>(
      t.db,
      sql`select id from dossiers.dossiers where code = ${`${AGENCY}-210205-0007`}`,
    );
    const d = await getDossier(deps, ctx(actors.officerA!), { id: row!.id });
    // Received Friday 05/02/2021 16:40:37: 3 working days across Tết (10–16/02) is 17/02 16:40; the wait
    // from 17/02 09:00 to 18/02 09:05 (8 h 05 min of working time) moves it to 18/02 16:45, to the minute.
    expect(d).toMatchObject({
      state: 'returned',
      channel: 'direct',
      receivedAt: '2021-02-05T09:40:37.000Z',
      dueAt: '2021-02-18T09:45:00.000Z',
      finishedAt: '2021-02-18T04:00:00.000Z',
      returnedAt: '2021-02-18T07:00:00.000Z',
      rating: 5,
      pausedAt: null,
    });
    expect(d.events.map((e) => [e.action, e.actorName])).toEqual([
      ['receive', officer.name],
      ['forward', officer.name],
      ['request_supplement', specialist.name],
      ['resubmit', officer.name],
      ['process', specialist.name],
      ['approve', leader.name],
      ['return', officer.name],
    ]);
    // The step deadlines run from each hand-over, as live ones do: the review was late.
    expect(d.events.find((e) => e.action === 'process')).toMatchObject({
      stepKey: 'review',
      stepResult: 'late',
    });
    expect(d.events.find((e) => e.action === 'approve')).toMatchObject({
      stepKey: 'approve',
      stepResult: 'early',
    });
    // The processing-control slip prints from the imported history; the applicant looks it up by its code.
    const slip = await getDossierDocument(deps, ctx(actors.officerA!), { id: d.id, kind: 'control' });
    expect(Buffer.from(slip.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await lookupDossier(deps, ctx(ANONYMOUS), { code: d.code, phone: '0912345678' })).toMatchObject({
      code: d.code,
      state: 'returned',
    });
    // Audited in the same transaction, as the importer (not the people of the previous system).
    expect(await auditFor(d.id)).toEqual([
      expect.objectContaining({ action: 'dossier.import', actor_name: 'test-import' }),
    ]);
    expect((await auditFor('import-journey-0001'))[0]).toMatchObject({
      action: 'dossier.import-batch',
      summary: { created: 1, total: 1 },
    });
  });

  it('a live receipt on an imported day goes on from the imported number', async () => {
    let clock = new Date(local('2021-02-05T16:50:00'));
    const live = createDossierDeps({ db: t.db, storage: new MemoryStorage(), catalogue, now: () => clock });
    const { dossier } = await submitDossier(live, ctx(actors.officerA!), {
      channel: 'direct',
      body: { procedureId: '1.001612.H59', applicant: { name: 'Trần Thị Bích' } },
      idempotencyKey: 'live-after-import-0001',
    });
    expect(dossier.code).toBe(`${AGENCY}-210205-0008`);
    // Live deadlines are whole minutes too: received 16:50, forwarded and paused at odd seconds.
    clock = new Date(new Date(local('2021-02-08T09:00:00')).getTime() + 20_500);
    let d = await transitionDossier(live, ctx(actors.officerA!), {
      id: dossier.id,
      expectedVersion: dossier.version,
      action: 'forward',
    });
    clock = new Date(new Date(local('2021-02-08T10:00:00')).getTime() + 20_500);
    d = await transitionDossier(live, ctx(actors.officerA!), {
      id: d.id,
      expectedVersion: d.version,
      action: 'request_supplement',
      note: 'Bổ sung',
    });
    clock = new Date(new Date(local('2021-02-08T10:05:00')).getTime() + 21_335);
    d = await transitionDossier(live, ctx(actors.officerA!), {
      id: d.id,
      expectedVersion: d.version,
      action: 'resubmit',
    });
    for (const due of [d.dueAt, d.currentStep?.dueAt]) expect(new Date(due!).getTime() % 60_000).toBe(0);
    // 3 working days from Friday 16:50 is Wednesday 17/02 16:50; five minutes of waiting: 16:55.
    expect(d.dueAt).toBe('2021-02-17T09:55:00.000Z');
  });

  it('nothing is saved when one record is wrong; every wrong record is listed by index and field, in Vietnamese and English', async () => {
    const [dossiersBefore, auditBefore] = [await count('dossiers'), await count('audit')];
    const good = history(`${AGENCY}-210301-0001`);
    const events = good.events;
    const body = {
      dossiers: [
        good,
        // 1: times out of order
        history(`${AGENCY}-210301-0002`, {
          events: [events[0]!, { ...events[1]!, at: local('2021-02-05T08:00:00') }],
        }),
        // 2: an agency that does not exist
        history(`${AGENCY}-210301-0003`, { agencyCode: '000.99.99.H59' }),
        // 3: processed before being forwarded
        history(`${AGENCY}-210301-0004`, { events: [events[0]!, events[4]!] }),
        // 4: a procedure not in the catalogue
        history(`${AGENCY}-210301-0005`, { procedureCode: '9.999999.H59' }),
        // 5: received before the procedure came into force (01/07/2021)
        history(`${AGENCY}-210301-0006`, { procedureCode: '1.002000.H59' }),
        // 6: the same code as record 0
        history(`${AGENCY}-210301-0001`),
        // 7: a refusal without its reason
        history(`${AGENCY}-210301-0008`, {
          channel: 'online',
          rating: undefined,
          events: [
            { action: 'submit', at: local('2021-03-01T08:00:00'), performer: { name: 'Nguyễn Văn An' } },
            { action: 'refuse', at: local('2021-03-01T09:00:00'), performer: officer },
          ],
        }),
        // 8: in the future
        history(`${AGENCY}-210301-0009`, {
          events: [{ action: 'receive', at: '2099-01-05T08:00:00+07:00', performer: officer }],
        }),
      ],
    };
    const res = await app.inject({
      method: 'POST',
      url: '/api/dossier-imports',
      headers: { 'x-test-actor': 'admin', 'idempotency-key': 'import-wrong-0001' },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: '8 hồ sơ có lỗi; không hồ sơ nào được nhập',
      detailEn: '8 dossier(s) have errors; nothing was imported',
    });
    // Each error's Vietnamese sentence and its English, as the page and other clients read them.
    const byPath = Object.fromEntries(
      (problem.errors as { path: string; message: string; messageEn: string }[]).map((e) => [
        e.path,
        `${e.message} / ${e.messageEn}`,
      ]),
    );
    expect(Object.keys(byPath).sort()).toEqual(
      [
        '/body/dossiers/1/events/1/at',
        '/body/dossiers/2/agencyCode',
        '/body/dossiers/3/events/1/action',
        '/body/dossiers/4/procedureCode',
        '/body/dossiers/5/procedureCode',
        '/body/dossiers/6/code',
        '/body/dossiers/7/events/1/note',
        '/body/dossiers/8/events/0/at',
      ].sort(),
    );
    expect(byPath['/body/dossiers/1/events/1/at']).toBe(
      'Thời điểm sớm hơn sự kiện trước; các sự kiện phải theo thứ tự thời gian / Earlier than the event before; events must be in time order',
    );
    expect(byPath['/body/dossiers/2/agencyCode']).toBe(
      'Không có cơ quan này trong danh bạ / No such agency in the directory',
    );
    expect(byPath['/body/dossiers/3/events/1/action']).toMatch(/^Không thể .* \/ Cannot /);
    expect(byPath['/body/dossiers/5/procedureCode']).toContain('2021-02-05');
    expect(byPath['/body/dossiers/6/code']).toContain('dossier 0');
    // Nothing was written: no dossier (not even the good one), no audit record, and the key is still free.
    expect(await count('dossiers')).toBe(dossiersBefore);
    expect(await count('audit')).toBe(auditBefore);
    const fixed = await importHistoricDossiers(deps, ctx(actors.admin!), {
      importKey: 'import-wrong-0001',
      body: { dossiers: [good] },
    });
    expect(fixed.created).toBe(1);
  });

  it('refuses a due date, a state or unknown fields in the file (the platform computes them): 400 with their paths', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/dossier-imports',
      headers: { 'x-test-actor': 'admin', 'idempotency-key': 'import-shape-0001' },
      payload: { dossiers: [{ ...history(`${AGENCY}-210302-0001`), dueAt: '2021-12-31T10:00:00Z' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('/body/dossiers/0/dueAt');
    // The same check without HTTP (a file read by the CLI).
    await expect(
      importHistoricDossiers(deps, system, {
        importKey: 'import-shape-0002',
        body: { dossiers: [{ ...history(`${AGENCY}-210302-0001`), state: 'returned' }] } as never,
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      options: { errors: [{ path: '/body/dossiers/0/state' }] },
    });
  });

  it('is idempotent: the same key and body answer the first result; another body 422; a code already imported is left alone, or 422 when changed', async () => {
    const body = { dossiers: [history(`${AGENCY}-210303-0001`), history(`${AGENCY}-210303-0002`)] };
    const post = (key: string, payload: unknown) =>
      app.inject({
        method: 'POST',
        url: '/api/dossier-imports',
        headers: { 'x-test-actor': 'admin', 'idempotency-key': key },
        payload: payload as object,
      });
    const first = await post('import-idem-0001', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ created: 2, replayed: false });
    const before = await count('dossiers');
    const again = await post('import-idem-0001', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: 2, replayed: true, importedAt: first.json().importedAt });
    expect(await count('dossiers')).toBe(before);
    const changed = await post('import-idem-0001', { dossiers: [body.dossiers[0]] });
    expect(changed.statusCode).toBe(422);
    expect(changed.json().code).toBe('IDEMPOTENCY_KEY_REUSED');

    // Another import with the same dossiers: nothing new; one of them changed: 422 on its code.
    const overlap = await post('import-idem-0002', {
      dossiers: [body.dossiers[0], history(`${AGENCY}-210303-0003`)],
    });
    expect(overlap.json()).toMatchObject({ created: 1, unchanged: 1 });
    const edited = await post('import-idem-0003', {
      dossiers: [history(`${AGENCY}-210303-0002`, { applicant: { name: 'Người khác' } })],
    });
    expect(edited.statusCode).toBe(422);
    expect(edited.json()).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      errors: [
        {
          path: '/body/dossiers/0/code',
          message: 'Mã hồ sơ đã được nhập với nội dung khác',
          messageEn: 'The code was already imported with different content',
        },
      ],
    });
    expect(await count('dossiers')).toBe(before + 1);
  });

  it('authorization: only the province’s administrators (dossiers:import) import; others 403, anonymous 401; a key is required', async () => {
    const payload = { dossiers: [history(`${AGENCY}-210304-0001`)] };
    const post = (as: string | undefined, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: '/api/dossier-imports',
        headers: { ...(as ? { 'x-test-actor': as } : {}), ...headers },
        payload,
      });
    expect((await post(undefined, { 'idempotency-key': 'import-authz-0001' })).statusCode).toBe(401);
    expect((await post('officerA', { 'idempotency-key': 'import-authz-0001' })).statusCode).toBe(403);
    expect((await post('citizen', { 'idempotency-key': 'import-authz-0001' })).statusCode).toBe(403);
    await expect(
      importHistoricDossiers(deps, ctx(actors.officerA!), { importKey: 'import-authz-0001', body: payload }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const noKey = await post('admin');
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect((await post('admin', { 'idempotency-key': 'import-authz-0001' })).statusCode).toBe(201);
  });
});
