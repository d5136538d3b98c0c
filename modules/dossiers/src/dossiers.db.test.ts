import { seedCalendar } from '@openprovince/calendar';
import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import { listJobs, QUEUES } from '@openprovince/jobs';
import { qrPng } from '@openprovince/pdf';
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
import { DOSSIER_GRANTS } from './contracts/permissions.ts';
import { createDossierDeps, type DossierDeps } from './deps.ts';
import type { CatalogueProcedure, ProcedureCatalogue } from './domain/ports.ts';
import { dossierRoutes } from './routes/dossier.routes.ts';
import { seedDossiersDemo } from './seed/demo.ts';
import { dossierStatistics } from './use-cases/dossier-statistics.ts';
import { getDossier } from './use-cases/get-dossier.ts';
import { getDossierDocument } from './use-cases/get-dossier-document.ts';
import { listDossiersUseCase } from './use-cases/list-dossiers.ts';
import { lookupDossier } from './use-cases/lookup-dossier.ts';
import { rateDossier } from './use-cases/rate-dossier.ts';
import { dossierJobHandlers } from './use-cases/record-payment.ts';
import { submitDossier } from './use-cases/submit-dossier.ts';
import { transitionDossier } from './use-cases/transition-dossier.ts';
import { uploadAttachment } from './use-cases/upload-attachment.ts';

const at = (local: string) => new Date(`${local}+07:00`);
const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'test' });

describe('dossiers on PostgreSQL', () => {
  let t: TestDatabase;
  let deps: DossierDeps;
  let clock = at('2021-02-05T16:30:00');
  const actors: Record<string, Actor> = {};
  const procs = new Map<string, CatalogueProcedure>();
  const catalogue: ProcedureCatalogue = { getProcedureForDossier: async (id) => procs.get(id) };
  let app: HttpApp;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx(systemActor('seed')));
    const a = await makeAgency(t.db, { code: '000.00.12.H59', name: 'Sở Thông tin và Truyền thông' });
    // In the directory since 2020: the dashboard test brings a year of its 2020 dossiers.
    const b = await makeAgency(t.db, {
      code: '000.00.13.H59',
      name: 'Sở Tài chính',
      validFrom: '2020-01-01',
    });
    const mk = async (agencyId: string, role: 'one_stop_officer' | 'specialist' | 'leader') =>
      actorFor(await makeOfficial(t.db, { agencyId, roles: [role] }), [DOSSIER_GRANTS]);
    actors.officerA = await mk(a.id, 'one_stop_officer');
    actors.specialistA = await mk(a.id, 'specialist');
    actors.leaderA = await mk(a.id, 'leader');
    actors.officerB = await mk(b.id, 'one_stop_officer');
    actors.specialistB = await mk(b.id, 'specialist');
    actors.citizen = {
      kind: 'citizen',
      citizenId: '11111111-1111-4111-8111-111111111111',
      fullName: 'Nguyễn Văn An',
    };
    actors.citizen2 = {
      kind: 'citizen',
      citizenId: '22222222-2222-4222-8222-222222222222',
      fullName: 'Trần Thị Bích',
    };
    const base = {
      name: 'Cấp giấy phép hoạt động in',
      agencyId: a.id,
      fees: [{ name: 'Lệ phí', amount: 50_000 }],
      components: [{ key: 'don', name: 'Đơn đề nghị', required: true }],
      serviceLevel: 4,
      validate: (answers: Record<string, unknown>) =>
        typeof answers.purpose === 'string'
          ? []
          : [{ path: '/answers/purpose', message: 'Chưa nhập mục đích', messageEn: 'required' }],
    };
    procs.set('p3', {
      ...base,
      id: 'p3',
      nationalCode: '1.001612.H59',
      timeLimit: { amount: 3, unit: 'working_days' },
    });
    procs.set('inter', {
      ...base,
      id: 'inter',
      nationalCode: '1.009999.H59',
      name: 'Thủ tục liên thông',
      timeLimit: { amount: 5, unit: 'working_days' },
      steps: [
        {
          key: 'tham-dinh-tai-chinh',
          name: 'Thẩm định (Sở Tài chính)',
          role: 'specialist',
          agencyId: b.id,
          hours: 16,
        },
        { key: 'phe-duyet', name: 'Phê duyệt', role: 'leader', hours: 8 },
      ],
    });
    deps = createDossierDeps({ db: t.db, storage: new MemoryStorage(), catalogue, now: () => clock });
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

  const body = (over: Record<string, unknown> = {}) => ({
    procedureId: 'p3',
    applicant: { name: 'Nguyễn Văn An', phone: '0912345678', email: 'an@example.vn' },
    answers: { purpose: 'in ấn' },
    ...over,
  });
  const submit = (key: string | undefined, b = body(), as = actors.citizen!) =>
    submitDossier(deps, ctx(as), { channel: 'online', body: b, idempotencyKey: key });
  const move = (
    as: string,
    id: string,
    version: number,
    action: string,
    extra: Record<string, unknown> = {},
  ) =>
    transitionDossier(deps, ctx(actors[as]!), {
      id,
      expectedVersion: version,
      action: action as never,
      ...extra,
    });
  const jobsFor = async (queue: string, code: string) =>
    (await listJobs(t.db, { queue })).filter((j) => JSON.stringify(j.payload).includes(code));

  it('full journey: submit → accept (due from the calendar) → supplement pause → resubmit → process → approve → return', async () => {
    clock = at('2021-02-05T16:30:00');
    const { dossier: submitted } = await submit('journey-0001');
    expect(submitted).toMatchObject({ state: 'submitted', nationalStatus: 1, channel: 'online' });
    expect(submitted.code).toMatch(/^000\.00\.12\.H59-210205-\d{4}$/);

    clock = at('2021-02-05T16:40:00');
    let d = await move('officerA', submitted.id, submitted.version, 'accept');
    // 3 working days from Friday 05/02/2021 16:40 across Tết (10–16/02) is Wednesday 17/02/2021 16:40.
    expect(d).toMatchObject({
      state: 'accepted',
      dueAt: '2021-02-17T09:40:00.000Z',
      dueAtText: '16:40 17/02/2021',
    });

    clock = at('2021-02-05T16:45:00');
    d = await move('officerA', d.id, d.version, 'forward');
    expect(d.currentStep).toMatchObject({ index: 0, key: 'review', role: 'specialist' });

    clock = at('2021-02-17T09:00:00');
    d = await move('officerA', d.id, d.version, 'request_supplement', {
      note: 'Bổ sung bản sao giấy phép kinh doanh',
      items: ['Bản sao giấy phép kinh doanh'],
    });
    expect(d).toMatchObject({
      state: 'supplement_requested',
      nationalStatus: 5,
      dueAt: '2021-02-17T09:40:00.000Z',
    });

    // 17/02 09:00 → 18/02 09:00 is one working day (8 working hours) of waiting for the citizen: the promise
    // moves by exactly that, from 17/02 16:40 to 18/02 16:40.
    clock = at('2021-02-18T09:00:00');
    d = await move('citizen', d.id, d.version, 'resubmit');
    expect(d).toMatchObject({ state: 'processing', dueAt: '2021-02-18T09:40:00.000Z', pausedAt: null });

    clock = at('2021-02-18T10:00:00');
    await expect(move('leaderA', d.id, d.version, 'approve')).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    d = await move('specialistA', d.id, d.version, 'process');
    expect(d).toMatchObject({ state: 'processing', currentStep: { key: 'approve', role: 'leader' } });
    clock = at('2021-02-18T11:00:00');
    d = await move('leaderA', d.id, d.version, 'approve');
    expect(d).toMatchObject({ state: 'processed', nationalStatus: 9, finishedAt: clock.toISOString() });
    clock = at('2021-02-18T14:00:00');
    d = await move('officerA', d.id, d.version, 'return', { onPaper: true });
    expect(d).toMatchObject({ state: 'returned', nationalStatus: 10 });
    expect(d.events.map((e) => e.action)).toEqual([
      'submit',
      'accept',
      'forward',
      'request_supplement',
      'resubmit',
      'process',
      'approve',
      'return',
    ]);
    expect(d.events.find((e) => e.action === 'process')).toMatchObject({
      stepKey: 'review',
      stepResult: 'late',
    });

    const sync = await jobsFor(QUEUES.nationalPortalSync, d.code);
    expect(sync.map((j) => j.payload.nationalStatus)).toEqual([1, 2, 4, 5, 4, 9, 10]);
    const mails = await jobsFor(QUEUES.notificationsSend, d.code);
    // The applicant hears of every change of status (e-mail + SMS each); a hand-over between internal steps
    // (the specialist's step done, the leader's next) changes no status and sends nothing.
    expect(mails.filter((m) => m.payload.channel === 'sms').map((m) => m.payload.template)).toEqual([
      'dossier.received',
      'dossier.accepted',
      'dossier.processing',
      'dossier.supplement-requested',
      'dossier.processing',
      'dossier.result-ready',
      'dossier.returned',
    ]);
    expect(mails).toHaveLength(14);
    expect(mails[0]!.dedupeKey).toBe(`${d.code}:1:email`);
    expect(mails[0]!.payload).toMatchObject({
      channel: 'email',
      to: 'an@example.vn',
      messageKey: `${d.code}:1:email`,
    });

    const rated = await rateDossier(deps, ctx(actors.citizen!), { id: d.id, rating: 5 });
    expect(rated.rating).toBe(5);
    await expect(rateDossier(deps, ctx(actors.citizen!), { id: d.id, rating: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });

    const stats = await dossierStatistics(deps, ctx(actors.leaderA!), {
      from: '2021-02-01',
      to: '2021-02-28',
    });
    expect(stats.total).toMatchObject({
      received: { total: 1, online: 1 },
      finished: { total: 1, early: 0, onTime: 1, late: 0 },
      onlineRate: 100,
      onTimeRate: 100,
      satisfaction: { count: 1, average: 5 },
    });

    for (const kind of ['receipt', 'supplement', 'control'] as const) {
      const pdf = await getDossierDocument(deps, ctx(actors.officerA!), { id: d.id, kind });
      expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await expect(
      getDossierDocument(deps, ctx(actors.officerA!), { id: d.id, kind: 'refusal' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('idempotency: same key and body → the same dossier; different body → 422; no key → 400; 20 concurrent → one', async () => {
    clock = at('2021-03-01T08:00:00');
    const first = await submit('idem-key-0001');
    const again = await submit('idem-key-0001');
    expect(again).toMatchObject({
      replayed: true,
      dossier: { id: first.dossier.id, code: first.dossier.code },
    });
    await expect(submit('idem-key-0001', body({ answers: { purpose: 'khác' } }))).rejects.toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    await expect(submit(undefined)).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REQUIRED' });
    const results = await Promise.all(Array.from({ length: 20 }, () => submit('idem-key-burst')));
    expect(new Set(results.map((r) => r.dossier.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
  });

  it('If-Match: a stale version gets 412, a missing one 428 (HTTP)', async () => {
    clock = at('2021-03-02T08:00:00');
    const { dossier } = await submit('ifmatch-0001');
    await move('officerA', dossier.id, dossier.version, 'accept');
    await expect(move('officerA', dossier.id, dossier.version, 'forward')).rejects.toMatchObject({
      code: 'VERSION_MISMATCH',
    });
    const url = `/api/dossiers/${dossier.id}/transitions`;
    const noHeader = await app.inject({
      method: 'POST',
      url,
      headers: { 'x-test-actor': 'officerA' },
      payload: { action: 'forward' },
    });
    expect(noHeader.statusCode).toBe(428);
    const stale = await app.inject({
      method: 'POST',
      url,
      headers: { 'x-test-actor': 'officerA', 'if-match': `"${dossier.version}"` },
      payload: { action: 'forward' },
    });
    expect(stale.statusCode).toBe(412);
    const ok = await app.inject({
      method: 'POST',
      url,
      headers: { 'x-test-actor': 'officerA', 'if-match': `"${dossier.version + 1}"` },
      payload: { action: 'forward' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe(`"${dossier.version + 2}"`);
  });

  it('HTTP submission without Idempotency-Key is 400, with one 201 and a replay 201 with the same body', async () => {
    clock = at('2021-03-02T09:00:00');
    const send = (key?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/dossiers',
        headers: { 'x-test-actor': 'citizen', ...(key ? { 'idempotency-key': key } : {}) },
        payload: body(),
      });
    const none = await send();
    expect(none.statusCode).toBe(400);
    expect(none.json().code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const one = await send('http-key-0001');
    const two = await send('http-key-0001');
    expect([one.statusCode, two.statusCode]).toEqual([201, 201]);
    expect(two.json().id).toBe(one.json().id);
    expect(two.headers['idempotent-replayed']).toBe('true');
  });

  it('jobs are enqueued only when the change commits', async () => {
    clock = at('2021-03-03T08:00:00');
    const { dossier } = await submit('commit-0001');
    const before = (await jobsFor(QUEUES.notificationsSend, dossier.code)).length;
    await expect(
      t.db.transaction(async (tx) => {
        await transitionDossier({ ...deps, db: tx }, ctx(actors.officerA!), {
          id: dossier.id,
          expectedVersion: dossier.version,
          action: 'accept',
        });
        throw new Error('rolled back after the transition');
      }),
    ).rejects.toThrow('rolled back');
    expect(await jobsFor(QUEUES.notificationsSend, dossier.code)).toHaveLength(before);
    expect((await getDossier(deps, ctx(actors.officerA!), { id: dossier.id })).state).toBe('submitted');
  });

  it('apology: demanded within one working day of the deadline, issued once only', async () => {
    clock = at('2021-03-08T08:00:00'); // Monday
    const { dossier } = await submit('apology-0001');
    let d = await move('officerA', dossier.id, dossier.version, 'accept'); // due Thursday 11/03 08:00
    d = await move('officerA', d.id, d.version, 'forward');
    expect(d.apologyRequired).toBe(false);
    clock = at('2021-03-10T09:00:00');
    d = await getDossier(deps, ctx(actors.specialistA!), { id: d.id });
    expect(d.apologyRequired).toBe(true);
    const queue = await listDossiersUseCase(deps, ctx(actors.officerA!), { queue: 'apology-due' });
    expect(queue.items.map((i) => i.id)).toContain(d.id);
    await expect(move('specialistA', d.id, d.version, 'apologise', { note: 'x' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    d = await move('specialistA', d.id, d.version, 'apologise', {
      note: 'Cần xác minh thêm với cơ quan khác',
      newDueAt: at('2021-03-15T16:00:00').toISOString(),
    });
    expect(d.apology).toMatchObject({ inTime: false, newDueAt: at('2021-03-15T16:00:00').toISOString() });
    expect(d.apologyRequired).toBe(false);
    await expect(
      move('leaderA', d.id, d.version, 'apologise', {
        note: 'lần hai',
        newDueAt: at('2021-03-20T16:00:00').toISOString(),
      }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED' });
    const pdf = await getDossierDocument(deps, ctx(actors.citizen!), { id: d.id, kind: 'apology' });
    expect(pdf.bytes.byteLength).toBeGreaterThan(1000);
  });

  it('attachments: type by content (a .pdf name with PNG bytes is refused), stored, served as attachment', async () => {
    clock = at('2021-03-04T08:00:00');
    const { dossier } = await submit('attach-0001');
    const png = await qrPng('xin chào');
    await expect(
      uploadAttachment(deps, ctx(actors.citizen!), {
        id: dossier.id,
        fileName: 'giay-phep.pdf',
        content: png,
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    await expect(
      uploadAttachment(deps, ctx(actors.citizen!), {
        id: dossier.id,
        fileName: 'a.pdf',
        content: Buffer.from('MZ\x90\x00 not a pdf'),
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const ok = await uploadAttachment(deps, ctx(actors.citizen!), {
      id: dossier.id,
      fileName: '../../Ảnh chụp đơn.png',
      content: png,
    });
    expect(ok).toMatchObject({ fileName: 'Ảnh chụp đơn.png', mediaType: 'image/png', size: png.byteLength });
    const res = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${dossier.id}/attachments/${ok.id}`,
      headers: { 'x-test-actor': 'officerA' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.equals(png)).toBe(true);
    const other = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${dossier.id}/attachments/${ok.id}`,
      headers: { 'x-test-actor': 'citizen2' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('payment-received job moves the dossier from payment requested back to processing, once', async () => {
    clock = at('2021-03-05T08:00:00');
    const { dossier } = await submit('payment-0001');
    let d = await move('officerA', dossier.id, dossier.version, 'accept');
    d = await move('officerA', d.id, d.version, 'forward');
    d = await move('specialistA', d.id, d.version, 'request_payment');
    expect(d.state).toBe('payment_requested');
    const handler = dossierJobHandlers(deps)[QUEUES.paymentReceived]!;
    const payload = {
      reference: d.code,
      paymentId: 'pay-1',
      amount: 50_000,
      paidAt: clock.toISOString(),
      receiptNumber: 'BL-1',
    };
    await handler(payload, {} as never);
    await handler(payload, {} as never);
    d = await getDossier(deps, ctx(actors.officerA!), { id: d.id });
    expect(d.state).toBe('processing');
    expect(d.payments).toHaveLength(1);
  });

  it('authorization: an officer of agency B gets 404 for agency A’s dossier', async () => {
    clock = at('2021-03-09T08:00:00');
    const { dossier } = await submit('authz-0001');
    await expect(getDossier(deps, ctx(actors.officerB!), { id: dossier.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(move('officerB', dossier.id, dossier.version, 'accept')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const list = await listDossiersUseCase(deps, ctx(actors.officerB!), {});
    expect(list.items.map((i) => i.id)).not.toContain(dossier.id);
    await expect(
      dossierStatistics(deps, ctx(actors.leaderA!), {
        agencyId: (actors.officerB as { agencyId: string }).agencyId,
        from: '2021-01-01',
        to: '2021-12-31',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('authorization: a citizen sees only their own dossiers and cannot accept', async () => {
    clock = at('2021-03-09T09:00:00');
    const { dossier } = await submit('authz-0002');
    await expect(getDossier(deps, ctx(actors.citizen2!), { id: dossier.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const mine = await listDossiersUseCase(deps, ctx(actors.citizen2!), {});
    expect(mine.total).toBe(0);
    await expect(move('citizen', dossier.id, dossier.version, 'accept')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const res = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${dossier.id}`,
      headers: { 'x-test-actor': 'citizen2' },
    });
    expect(res.statusCode).toBe(404);
  });

  it('authorization: the inter-agency step owner sees and works on its step only', async () => {
    clock = at('2021-03-10T08:00:00');
    const { dossier } = await submit('inter-0001', body({ procedureId: 'inter' }));
    let d = await move('officerA', dossier.id, dossier.version, 'accept');
    d = await move('officerA', d.id, d.version, 'forward');
    expect(d.currentStep).toMatchObject({
      key: 'tham-dinh-tai-chinh',
      agencyId: (actors.specialistB as { agencyId: string }).agencyId,
    });
    await expect(move('specialistA', d.id, d.version, 'process')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const seen = await getDossier(deps, ctx(actors.specialistB!), { id: d.id });
    expect(seen.code).toBe(d.code);
    d = await move('specialistB', d.id, d.version, 'process');
    expect(d.currentStep).toMatchObject({ key: 'phe-duyet' });
    await expect(move('specialistB', d.id, d.version, 'request_payment')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('authorization: look-up without sign-in needs the right code and phone; both mistakes are the same 404', async () => {
    clock = at('2021-03-11T08:00:00');
    const { dossier } = await submit('lookup-0001');
    const found = await lookupDossier(deps, ctx(ANONYMOUS), { code: dossier.code, phone: '+84912345678' });
    expect(found).toMatchObject({ code: dossier.code, state: 'submitted', applicantInitials: 'N. V. A.' });
    const wrongPhone = await app.inject({
      method: 'GET',
      url: `/api/dossier-lookup?code=${encodeURIComponent(dossier.code)}&phone=0900000000`,
    });
    const wrongCode = await app.inject({
      method: 'GET',
      url: '/api/dossier-lookup?code=000.00.12.H59-210311-9999&phone=0912345678',
    });
    expect(wrongPhone.statusCode).toBe(404);
    expect(wrongCode.statusCode).toBe(404);
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
    expect(strip(wrongPhone.json())).toEqual(strip(wrongCode.json()));
  });

  it('seeds a small demo mix that the statistics count', async () => {
    // The demo history is imported as history: "now" is after the year it covers.
    clock = at('2022-01-10T08:00:00');
    const agencyId = (actors.officerA as { agencyId: string }).agencyId;
    const report = await seedDossiersDemo(deps, ctx(systemActor('seed')), {
      count: 12,
      agencyIds: [agencyId],
    });
    expect(report.created).toBe(12);
    const stats = await dossierStatistics(deps, ctx(systemActor('test')), {
      agencyId,
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(stats.total.received.total).toBeGreaterThan(0);
    expect(stats.total.finished.total).toBeGreaterThan(0);
    expect(stats.rows.length).toBeGreaterThan(0);
  });

  it('dashboard: years with data, province scope for stats-all, drill-down to the dossiers behind a figure', async () => {
    clock = at('2022-01-10T08:00:00');
    const agencyA = (actors.officerA as { agencyId: string }).agencyId;
    const agencyB = (actors.officerB as { agencyId: string }).agencyId;
    await seedDossiersDemo(deps, ctx(systemActor('seed')), { count: 10, agencyIds: [agencyB], year: 2020 });
    actors.auditor = actorFor(await makeOfficial(t.db, { agencyId: agencyA, roles: ['auditor'] }), [
      DOSSIER_GRANTS,
    ]);
    const get = (as: string, url: string) =>
      app.inject({ method: 'GET', url, headers: { 'x-test-actor': as } });

    // Years: each in its own scope, latest first.
    expect((await get('leaderA', '/api/dossier-stats/years')).json()).toEqual({ years: [2021] });
    expect((await get('auditor', '/api/dossier-stats/years')).json()).toEqual({ years: [2021, 2020] });
    expect((await get('leaderA', `/api/dossier-stats/years?agencyId=${agencyB}`)).statusCode).toBe(404);
    expect((await get('specialistA', '/api/dossier-stats/years')).statusCode).toBe(403);

    // Without an agency, stats-all sees the province (both agencies), a leader only his own.
    const year = 'from=2020-01-01&to=2021-12-31';
    const mine = (await get('leaderA', `/api/dossier-stats?${year}`)).json();
    const province = (await get('auditor', `/api/dossier-stats?${year}`)).json();
    const onlyB = (await get('auditor', `/api/dossier-stats?${year}&agencyId=${agencyB}`)).json();
    expect(new Set(mine.rows.map((r: { agencyId: string }) => r.agencyId))).toEqual(new Set([agencyA]));
    expect(new Set(province.rows.map((r: { agencyId: string }) => r.agencyId))).toEqual(
      new Set([agencyA, agencyB]),
    );
    expect(province.total.totalToHandle).toBe(mine.total.totalToHandle + onlyB.total.totalToHandle);

    // Drill-down: exactly the dossiers the figures count.
    const period2021 = 'from=2021-01-01&to=2021-12-31';
    const late = (
      await get('leaderA', `/api/dossiers?${period2021}&figure=late-or-overdue&limit=200`)
    ).json();
    const stats2021 = (await get('leaderA', `/api/dossier-stats?${period2021}`)).json();
    expect(late.total).toBe(stats2021.total.finished.late + stats2021.total.inProgress.overdue);
    expect(late.items).toHaveLength(late.total);
    const received = (await get('leaderA', `/api/dossiers?${period2021}&figure=received&limit=1`)).json();
    expect(received.total).toBe(stats2021.total.received.total);
    expect(received.items).toHaveLength(1);
    const level4 = (await get('leaderA', `/api/dossiers?${period2021}&serviceLevel=4&limit=200`)).json();
    const stats4 = (await get('leaderA', `/api/dossier-stats?${period2021}&serviceLevel=4`)).json();
    expect(level4.total).toBe(stats4.total.totalToHandle);

    // Another agency: stats-all only. Citizens never drill down. A period is required.
    const ofB = `/api/dossiers?from=2020-01-01&to=2020-12-31&agencyIds=${agencyB}&limit=200`;
    expect((await get('leaderA', ofB)).statusCode).toBe(403);
    expect(
      (await get('leaderA', `/api/dossiers?${period2021}&agencyIds=${agencyA},${agencyB}`)).statusCode,
    ).toBe(403);
    const auditorB = (await get('auditor', ofB)).json();
    expect(auditorB.total).toBe(onlyB.total.totalToHandle);
    expect(auditorB.items.every((d: { agencyId: string }) => d.agencyId === agencyB)).toBe(true);
    expect((await get('citizen', `/api/dossiers?${period2021}`)).statusCode).toBe(403);
    expect((await get('leaderA', `/api/dossiers?agencyIds=${agencyA}`)).statusCode).toBe(400);
    expect((await get('leaderA', `/api/dossiers?${period2021}&queue=overdue`)).statusCode).toBe(400);
  });
});
