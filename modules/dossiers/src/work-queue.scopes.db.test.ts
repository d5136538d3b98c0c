import { seedCalendar } from '@openprovince/calendar';
import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import { QUEUES } from '@openprovince/jobs';
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
import { RESULT_COMPONENT_KEY } from './contracts/index.ts';
import { DOSSIER_GRANTS } from './contracts/permissions.ts';
import { createDossierDeps, type DossierDeps } from './deps.ts';
import type { CatalogueProcedure, FeeCollector, ProcedureCatalogue } from './domain/ports.ts';
import { dossierRoutes } from './routes/dossier.routes.ts';
import { getDossier } from './use-cases/get-dossier.ts';
import { listDossiersUseCase } from './use-cases/list-dossiers.ts';
import { dossierJobHandlers } from './use-cases/record-payment.ts';
import { submitDossier } from './use-cases/submit-dossier.ts';
import { transitionDossier } from './use-cases/transition-dossier.ts';
import { uploadAttachment } from './use-cases/upload-attachment.ts';

const at = (local: string) => new Date(`${local}+07:00`);
const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'test' });

/**
 * The officials' work queue ("todo": what waits for me) and the result file, on PostgreSQL: each role sees
 * a dossier exactly while its step is theirs, in their own agency (inter-agency steps included); only
 * officials attach the result; the open fee request's VietQR code is an image for those who see the dossier.
 */
describe('work queue and result file (authorization)', () => {
  let t: TestDatabase;
  let deps: DossierDeps;
  const clock = at('2021-03-02T09:00:00');
  const actors: Record<string, Actor> = {};
  const procs = new Map<string, CatalogueProcedure>();
  const catalogue: ProcedureCatalogue = { getProcedureForDossier: async (id) => procs.get(id) };
  const fees: FeeCollector = {
    requestPayment: async (_tx, _ctx, input) => ({
      paymentId: '33333333-3333-4333-8333-333333333333',
      paymentCode: `TT${input.reference.slice(-4)}`,
      amount: input.lines.reduce((s, l) => s + l.amount, 0),
      qrPayload: '00020101021238570010A000000727',
    }),
  };
  let app: HttpApp;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx(systemActor('seed')));
    const a = await makeAgency(t.db, { code: '000.00.12.H59', name: 'Sở Thông tin và Truyền thông' });
    const b = await makeAgency(t.db, { code: '000.00.13.H59', name: 'Sở Tài chính' });
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
      name: 'Cấp giấy phép bưu chính',
      agencyId: a.id,
      fees: [{ name: 'Phí thẩm định', amount: 1_234 }],
      components: [{ key: 'don', name: 'Đơn đề nghị', required: true }],
      serviceLevel: 4,
      timeLimit: { amount: 5, unit: 'working_days' as const },
      validate: () => [],
    };
    procs.set('p', { ...base, id: 'p', nationalCode: '1.000001.H59' });
    procs.set('inter', {
      ...base,
      id: 'inter',
      nationalCode: '1.000002.H59',
      steps: [
        { key: 'tham-dinh', name: 'Thẩm định (Sở Tài chính)', role: 'specialist', agencyId: b.id, hours: 16 },
        { key: 'phe-duyet', name: 'Phê duyệt', role: 'leader', hours: 8 },
      ],
    });
    deps = createDossierDeps({
      db: t.db,
      storage: new MemoryStorage(),
      catalogue,
      now: () => clock,
      fees,
    });
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

  let n = 0;
  const submit = async (procedureId: string) =>
    (
      await submitDossier(deps, ctx(actors.citizen!), {
        channel: 'online',
        body: { procedureId, applicant: { name: 'Nguyễn Văn An', phone: '0912345678' }, answers: {} },
        idempotencyKey: `work-queue-${++n}`,
      })
    ).dossier;
  const move = (
    as: string,
    d: { id: string; version: number },
    action: string,
    extra: { onPaper?: boolean } = {},
  ) =>
    transitionDossier(deps, ctx(actors[as]!), {
      id: d.id,
      expectedVersion: d.version,
      action: action as never,
      ...extra,
    });
  const todo = async (as: string) =>
    (await listDossiersUseCase(deps, ctx(actors[as]!), { queue: 'todo' })).items.map((i) => i.code);
  /** Who, among the officials, has the dossier in their work queue now. */
  const waitingWith = async (code: string) => {
    const who: string[] = [];
    for (const as of ['officerA', 'specialistA', 'leaderA', 'officerB', 'specialistB'])
      if ((await todo(as)).includes(code)) who.push(as);
    return who;
  };

  it('authorization: each step waits in exactly the queue of the role that acts on it', async () => {
    let d = await submit('p');
    // Not accepted yet: no due date, but the date acceptance now would give (5 working days).
    expect(d.dueAt).toBeNull();
    const expected = d.expectedDueAt;
    expect(expected).toBe('2021-03-09T02:00:00.000Z');
    expect(await waitingWith(d.code)).toEqual(['officerA']);
    d = await move('officerA', d, 'accept');
    expect(d).toMatchObject({ dueAt: expected, expectedDueAt: null });
    expect(await waitingWith(d.code)).toEqual(['officerA']);
    d = await move('officerA', d, 'forward');
    expect(await waitingWith(d.code)).toEqual(['specialistA']);
    d = await move('specialistA', d, 'request_payment');
    expect(await waitingWith(d.code)).toEqual([]);
    await dossierJobHandlers(deps)[QUEUES.paymentReceived]!(
      {
        reference: d.code,
        paymentId: 'pay-1',
        amount: 1_234,
        paidAt: clock.toISOString(),
        receiptNumber: 'BL-1',
      },
      {} as never,
    );
    d = await getDossier(deps, ctx(actors.officerA!), { id: d.id });
    expect(d.state).toBe('processing');
    expect(await waitingWith(d.code)).toEqual(['specialistA']);
    d = await move('specialistA', d, 'process');
    expect(await waitingWith(d.code)).toEqual(['leaderA']);
    d = await move('leaderA', d, 'approve');
    expect(d.state).toBe('processed');
    expect(await waitingWith(d.code)).toEqual(['officerA']);
    d = await move('officerA', d, 'return', { onPaper: true });
    expect(await waitingWith(d.code)).toEqual([]);
  });

  it('authorization: an inter-agency step waits with the owning agency’s specialist, not the receiving one', async () => {
    let d = await submit('inter');
    d = await move('officerA', d, 'accept');
    d = await move('officerA', d, 'forward');
    expect(await waitingWith(d.code)).toEqual(['specialistB']);
    d = await move('specialistB', d, 'process');
    expect(await waitingWith(d.code)).toEqual(['leaderA']);
  });

  it('authorization: a citizen has no work queue', async () => {
    await expect(listDossiersUseCase(deps, ctx(actors.citizen!), { queue: 'todo' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('authorization: only officials attach the result file; the applicant then downloads it', async () => {
    let d = await submit('p');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await expect(
      uploadAttachment(deps, ctx(actors.citizen!), {
        id: d.id,
        fileName: 'ket-qua.pdf',
        componentKey: RESULT_COMPONENT_KEY,
        content: pdf,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    d = await move('officerA', d, 'accept');
    d = await move('officerA', d, 'forward');
    d = await move('specialistA', d, 'process');
    d = await move('leaderA', d, 'approve');
    const result = await uploadAttachment(deps, ctx(actors.officerA!), {
      id: d.id,
      fileName: 'Giấy phép bưu chính.pdf',
      componentKey: RESULT_COMPONENT_KEY,
      content: pdf,
    });
    expect(result).toMatchObject({ componentKey: 'ket-qua', mediaType: 'application/pdf' });
    d = await move('officerA', d, 'return');
    const mine = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}/attachments/${result.id}`,
      headers: { 'x-test-actor': 'citizen' },
    });
    expect(mine.statusCode).toBe(200);
    expect(mine.rawPayload.equals(pdf)).toBe(true);
    const other = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}/attachments/${result.id}`,
      headers: { 'x-test-actor': 'citizen2' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('authorization: the VietQR image exists while payment is requested, for those who see the dossier', async () => {
    let d = await submit('p');
    const qr = (actor: string) =>
      app.inject({
        method: 'GET',
        url: `/api/dossiers/${d.id}/payment-qr.png`,
        headers: { 'x-test-actor': actor },
      });
    expect((await qr('citizen')).statusCode).toBe(404);
    d = await move('officerA', d, 'accept');
    d = await move('officerA', d, 'forward');
    d = await move('specialistA', d, 'request_payment');
    expect(d.paymentRequest).toMatchObject({ amount: 1_234 });
    const ok = await qr('citizen');
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('image/png');
    expect(ok.rawPayload.equals(await qrPng('00020101021238570010A000000727', 320))).toBe(true);
    expect((await qr('citizen2')).statusCode).toBe(404);
    expect((await qr('officerB')).statusCode).toBe(404);
  });
});
