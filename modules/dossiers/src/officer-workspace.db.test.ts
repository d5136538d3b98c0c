import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCalendar } from '@openprovince/calendar';
import { actorFor, makeAgency, makeOfficial } from '@openprovince/identity/testing';
import { listJobs, QUEUES } from '@openprovince/jobs';
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
import { RESULT_COMPONENT_KEY, type TDossier } from './contracts/index.ts';
import { DOSSIER_GRANTS } from './contracts/permissions.ts';
import { createDossierDeps, type DossierDeps } from './deps.ts';
import type { CatalogueProcedure, FeeCollector, ProcedureCatalogue } from './domain/ports.ts';
import { dossierRoutes } from './routes/dossier.routes.ts';
import { getDossier } from './use-cases/get-dossier.ts';
import { getDossierDocument } from './use-cases/get-dossier-document.ts';
import { listDossiersUseCase } from './use-cases/list-dossiers.ts';
import { lookupDossier } from './use-cases/lookup-dossier.ts';
import { submitDossier } from './use-cases/submit-dossier.ts';
import { transitionDossier } from './use-cases/transition-dossier.ts';

const at = (local: string) => new Date(`${local}+07:00`);
const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'test' });
const PDF = Buffer.from('%PDF-1.4\n% Giay phep\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PERSONAL_ID = '084190000001';
const PHONE = '0912345678';

/** A storage that counts what it holds, to see that a refused return leaves no file behind. */
class CountingStorage extends MemoryStorage {
  held = new Set<string>();
  override async put(bytes: Uint8Array, options: { prefix?: string } = {}) {
    const stored = await super.put(bytes, options);
    this.held.add(stored.key);
    return stored;
  }
  override async delete(key: string) {
    this.held.delete(key);
    await super.delete(key);
  }
}

/**
 * The official's work on a dossier (issue 9, items 5–8): the return carries its result (file or paper) in
 * one action, the applicant's declaration for the agency's officials, the actions saying where the dossier
 * goes, comments kept in the history, no fee request for a free procedure, and the receipt slip printing
 * the time limit its due date was computed with.
 */
describe('the official’s dossier workspace', () => {
  let t: TestDatabase;
  let deps: DossierDeps;
  let app: HttpApp;
  const storage = new CountingStorage();
  const log: string[] = [];
  let clock = at('2021-03-01T09:00:00');
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
    const base = {
      agencyId: a.id,
      timeLimit: { amount: 10, unit: 'working_days' as const },
      components: [
        {
          key: 'to-khai',
          name: 'Tờ khai đề nghị',
          required: true,
          fields: [
            { key: 'hoTen', title: 'Họ, chữ đệm và tên người yêu cầu', type: 'string' as const },
            { key: 'soDinhDanh', title: 'Số định danh cá nhân', type: 'string' as const },
            {
              key: 'ngaySinh',
              title: 'Ngày, tháng, năm sinh',
              type: 'string' as const,
              format: 'date' as const,
            },
          ],
        },
        { key: 'giay-to-kem-theo', name: 'Phương án kinh doanh', required: true },
      ],
      validate: () => [],
    };
    // Toàn trình, free of charge, with the shorter online limit.
    procs.set('full', {
      ...base,
      id: 'full',
      nationalCode: '1.004999.H59',
      name: 'Cấp lại giấy phép bưu chính',
      onlineTimeLimit: { amount: 8, unit: 'working_days' },
      fees: [{ name: 'Không thu phí', amount: 0 }],
      serviceLevel: 4,
      fullyOnline: true,
    });
    // Một phần: the result is collected at the counter; a fee is due.
    procs.set('partial', {
      ...base,
      id: 'partial',
      nationalCode: '1.004998.H59',
      name: 'Cấp giấy phép bưu chính',
      fees: [{ name: 'Phí thẩm định', amount: 15_000_000 }],
      serviceLevel: 3,
      fullyOnline: false,
    });
    procs.set('inter', {
      ...base,
      id: 'inter',
      nationalCode: '1.009999.H59',
      name: 'Thủ tục liên thông',
      fees: [],
      serviceLevel: 3,
      fullyOnline: false,
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
    deps = createDossierDeps({ db: t.db, storage, catalogue, fees, now: () => clock });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'info',
      logStream: { write: (line: string) => void log.push(line) },
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

  let keys = 0;
  const submit = async (procedureId: string) =>
    (
      await submitDossier(deps, ctx(actors.citizen!), {
        channel: 'online',
        idempotencyKey: `officer-${procedureId}-${++keys}`,
        body: {
          procedureId,
          applicant: {
            name: 'Nguyễn Văn An',
            phone: PHONE,
            email: 'an@example.vn',
            address: 'Phường 1, TP Trà Vinh',
          },
          answers: {
            'to-khai': { hoTen: 'Nguyễn Văn An', soDinhDanh: PERSONAL_ID, ngaySinh: '1990-02-05' },
          },
        },
      })
    ).dossier;
  const move = (as: string, d: Pick<TDossier, 'id' | 'version'>, action: string, extra: object = {}) =>
    transitionDossier(deps, ctx(actors[as]!), {
      id: d.id,
      expectedVersion: d.version,
      action: action as never,
      ...extra,
    });
  const post = (as: string, d: Pick<TDossier, 'id' | 'version'>, payload: object) =>
    app.inject({
      method: 'POST',
      url: `/api/dossiers/${d.id}/transitions`,
      headers: { 'x-test-actor': as, 'if-match': `"${d.version}"` },
      payload,
    });
  /** Submitted, accepted, forwarded, processed and approved: ready to return. */
  const processed = async (procedureId: string) => {
    let d = await submit(procedureId);
    d = await move('officerA', d, 'accept');
    d = await move('officerA', d, 'forward');
    d = await move('specialistA', d, 'process');
    return move('leaderA', d, 'approve');
  };
  const messages = async (code: string) =>
    (await listJobs(t.db, { queue: QUEUES.notificationsSend }))
      .map((j) => j.payload as { template: string; channel: string; data: Record<string, unknown> })
      .filter((p) => p.data.dossierCode === code);

  it('refuses to return a fully online result without its file or "on paper", with a Vietnamese error on the file field', async () => {
    const d = await processed('full');
    expect(d.fullyOnline).toBe(true);
    const res = await post('officerA', d, { action: 'return' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: expect.stringContaining('toàn trình'),
      errors: [
        {
          path: '/body/resultFile',
          message: expect.stringMatching(/^Dịch vụ công trực tuyến toàn trình: cần gửi kèm tệp kết quả/),
        },
      ],
    });
    expect((await getDossier(deps, ctx(actors.officerA!), { id: d.id })).state).toBe('processed');
  });

  it('returns a fully online result with its file in one action; the applicant is told to download it', async () => {
    const d = await processed('full');
    const held = storage.held.size;
    // The wrong file is refused next to the field, and nothing stays in the storage.
    const wrong = await post('officerA', d, {
      action: 'return',
      resultFile: {
        fileName: 'ket-qua.pdf',
        contentBase64: Buffer.from('PK\u0003\u0004 not a pdf').toString('base64'),
      },
    });
    expect(wrong.statusCode).toBe(415);
    expect(wrong.json().errors).toMatchObject([
      { path: '/body/resultFile', message: expect.stringContaining('PDF, PNG hoặc JPEG') },
    ]);
    expect(storage.held.size).toBe(held);

    const res = await post('officerA', d, {
      action: 'return',
      note: 'Trả kết quả trực tuyến',
      resultFile: { fileName: 'Giấy phép bưu chính.pdf', contentBase64: PDF.toString('base64') },
    });
    expect(res.statusCode, res.body).toBe(200);
    const returned = res.json() as TDossier;
    expect(returned).toMatchObject({ state: 'returned', resultDelivery: 'online' });
    const result = returned.attachments.find((a) => a.componentKey === RESULT_COMPONENT_KEY);
    expect(result).toMatchObject({ fileName: 'Giấy phép bưu chính.pdf', mediaType: 'application/pdf' });
    expect(storage.held.size).toBe(held + 1);
    expect(returned.events.at(-1)).toMatchObject({ action: 'return', note: 'Trả kết quả trực tuyến' });
    const download = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}/attachments/${result!.id}`,
      headers: { 'x-test-actor': 'citizen' },
    });
    expect(download.rawPayload.equals(PDF)).toBe(true);

    const sent = (await messages(d.code)).filter((m) => m.template === 'dossier.returned');
    expect(sent.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
    expect(sent[0]!.data).toMatchObject({
      resultDelivery: 'online',
      resultUrl: expect.stringMatching(new RegExp(`/my-dossiers/${d.id}$`)),
      pickupPlace: null,
    });
    // When the result was ready, the applicant already learnt it comes online, not at the counter.
    const ready = (await messages(d.code)).find((m) => m.template === 'dossier.result-ready');
    expect(ready!.data).toMatchObject({ resultDelivery: 'online', pickupPlace: null });
    expect(await lookupDossier(deps, ctx(ANONYMOUS), { code: d.code, phone: PHONE })).toMatchObject({
      state: 'returned',
      resultDelivery: 'online',
    });
  });

  it('returns a fully online result on paper when said so; the message names the counter', async () => {
    const d = await processed('full');
    const returned = await move('officerA', d, 'return', { onPaper: true });
    expect(returned).toMatchObject({ state: 'returned', resultDelivery: 'paper' });
    const sent = (await messages(d.code)).find((m) => m.template === 'dossier.returned');
    expect(sent!.data).toMatchObject({
      resultDelivery: 'paper',
      pickupPlace: 'Bộ phận Tiếp nhận và Trả kết quả – Sở Thông tin và Truyền thông',
      resultUrl: null,
    });
    expect(await lookupDossier(deps, ctx(ANONYMOUS), { code: d.code, phone: PHONE })).toMatchObject({
      resultDelivery: 'paper',
    });
  });

  it('returns a partly online service’s result at the counter without a file', async () => {
    const d = await processed('partial');
    expect(d.fullyOnline).toBe(false);
    const ready = (await messages(d.code)).find((m) => m.template === 'dossier.result-ready');
    expect(ready!.data).toMatchObject({
      resultDelivery: 'paper',
      pickupPlace: expect.stringContaining('Sở Thông tin'),
    });
    expect(await lookupDossier(deps, ctx(ANONYMOUS), { code: d.code, phone: PHONE })).toMatchObject({
      state: 'processed',
      resultDelivery: 'paper',
    });
    expect(await move('officerA', d, 'return')).toMatchObject({ state: 'returned', resultDelivery: 'paper' });
  });

  it('refuses a result file with any other action', async () => {
    const d = await submit('full');
    const res = await post('officerA', d, {
      action: 'accept',
      resultFile: { fileName: 'a.pdf', contentBase64: PDF.toString('base64') },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toMatchObject([
      { path: '/body/resultFile', messageEn: 'A result file and "on paper" belong to the return only' },
    ]);
  });

  it('authorization: officials of the agency read the applicant’s declaration; another agency gets 404; personal data are not logged', async () => {
    const d = await submit('full');
    log.length = 0;
    const res = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}`,
      headers: { 'x-test-actor': 'officerA' },
    });
    expect(res.statusCode).toBe(200);
    const seen = res.json() as TDossier;
    expect(seen.applicant).toEqual({
      name: 'Nguyễn Văn An',
      phone: PHONE,
      email: 'an@example.vn',
      address: 'Phường 1, TP Trà Vinh',
      communeCode: null,
    });
    expect(seen.declaration).toEqual([
      {
        componentKey: 'to-khai',
        componentName: 'Tờ khai đề nghị',
        fields: [
          { key: 'hoTen', label: 'Họ, chữ đệm và tên người yêu cầu', value: 'Nguyễn Văn An' },
          { key: 'soDinhDanh', label: 'Số định danh cá nhân', value: PERSONAL_ID },
          { key: 'ngaySinh', label: 'Ngày, tháng, năm sinh', value: '05/02/1990' },
        ],
      },
    ]);
    const foreign = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}`,
      headers: { 'x-test-actor': 'officerB' },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain(PERSONAL_ID);
    const lookup = await app.inject({
      method: 'GET',
      url: `/api/dossier-lookup?code=${d.code}&phone=${PHONE}`,
    });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.body).not.toContain(PERSONAL_ID);
    // The requests were logged (with the phone in the look-up's query string), the personal data were not.
    const lines = log.join('\n');
    expect(lines).toContain(d.id);
    for (const personal of [
      PERSONAL_ID,
      PHONE,
      'an@example.vn',
      '1990-02-05',
      '05/02/1990',
      'Nguyễn Văn An',
    ]) {
      expect(lines).not.toContain(personal);
    }
  });

  it('says where each action sends the dossier: step, role and agency (an inter-agency step included)', async () => {
    let d = await submit('inter');
    const forAccept = (await getDossier(deps, ctx(actors.officerA!), { id: d.id })).availableActions;
    expect(forAccept.map((a) => a.action)).toEqual(['accept', 'refuse', 'withdraw']);
    expect(forAccept.find((a) => a.action === 'refuse')).toMatchObject({ noteRequired: true });
    d = await move('officerA', d, 'accept');
    expect(d.availableActions.find((a) => a.action === 'forward')).toEqual({
      action: 'forward',
      name: 'Chuyển hồ sơ đến bộ phận giải quyết',
      nameEn: 'Forward for processing',
      noteRequired: false,
      next: {
        state: 'processing',
        stateName: 'Đang xử lý',
        holder: 'specialist',
        step: { key: 'tham-dinh-tai-chinh', name: 'Thẩm định (Sở Tài chính)' },
        agencyId: actors.specialistB!.kind === 'official' ? actors.specialistB!.agencyId : '',
        agencyName: 'Sở Tài chính',
      },
    });
    d = await move('officerA', d, 'forward', { note: 'Chuyển Sở Tài chính thẩm định' });
    expect(d.events.at(-1)).toMatchObject({
      action: 'forward',
      note: 'Chuyển Sở Tài chính thẩm định',
      nextStepKey: 'tham-dinh-tai-chinh',
    });
    // The receiving agency's specialist may only issue an apology slip; the step agency's specialist
    // processes the step and hands on to the leader.
    expect(
      (await getDossier(deps, ctx(actors.specialistA!), { id: d.id })).availableActions.map((a) => a.action),
    ).toEqual(['apologise']);
    const atB = await getDossier(deps, ctx(actors.specialistB!), { id: d.id });
    expect(atB.availableActions.map((a) => a.action)).toEqual(['process']);
    expect(atB.availableActions[0]!.next).toMatchObject({
      holder: 'leader',
      step: { key: 'phe-duyet', name: 'Phê duyệt' },
      agencyName: 'Sở Thông tin và Truyền thông',
    });
    expect(atB.agencyNames).toMatchObject({ [atB.agencyId]: 'Sở Thông tin và Truyền thông' });
    d = await move('specialistB', atB, 'process');
    const leader = await getDossier(deps, ctx(actors.leaderA!), { id: d.id });
    expect(leader.availableActions.map((a) => [a.action, a.next.holder, a.next.state])).toEqual([
      ['approve', 'one_stop', 'processed'],
      ['send_back', 'specialist', 'processing'],
      ['stop', 'applicant', 'stopped'],
      ['apologise', 'leader', 'processing'],
    ]);
  });

  it('keeps comments in the history: optional for an approval, required to refuse or to send back for rework', async () => {
    const fresh = await submit('full');
    const refusal = await post('officerA', fresh, { action: 'refuse' });
    expect(refusal.statusCode).toBe(400);
    expect(refusal.json()).toMatchObject({ detail: 'Cần ghi rõ lý do', errors: [{ path: '/body/note' }] });
    const refused = await move('officerA', fresh, 'refuse', { note: 'Hồ sơ không thuộc thẩm quyền' });
    expect(refused.events.at(-1)).toMatchObject({ action: 'refuse', note: 'Hồ sơ không thuộc thẩm quyền' });

    let d = await submit('full');
    d = await move('officerA', d, 'accept');
    d = await move('officerA', d, 'forward');
    // The first step has no step before it.
    await expect(move('specialistA', d, 'send_back', { note: 'x' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    d = await move('specialistA', d, 'process', { note: 'Đủ điều kiện, đề xuất cấp phép' });
    await expect(move('leaderA', d, 'send_back')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // Only whoever holds the step sends it back.
    await expect(move('specialistA', d, 'send_back', { note: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    d = await move('leaderA', d, 'send_back', { note: 'Bổ sung ý kiến thẩm định về phạm vi' });
    expect(d).toMatchObject({ state: 'processing', currentStep: { key: 'review', role: 'specialist' } });
    expect(d.events.at(-1)).toMatchObject({
      action: 'send_back',
      note: 'Bổ sung ý kiến thẩm định về phạm vi',
      stepKey: 'approve',
      nextStepKey: 'review',
    });
    const queue = await listDossiersUseCase(deps, ctx(actors.specialistA!), { queue: 'todo' });
    expect(queue.items.map((i) => i.code)).toContain(d.code);
    d = await move('specialistA', d, 'process');
    d = await move('leaderA', d, 'approve', { note: 'Đồng ý' });
    expect(d.state).toBe('processed');
    expect(d.events.filter((e) => e.note).map((e) => [e.action, e.note])).toEqual([
      ['process', 'Đủ điều kiện, đề xuất cấp phép'],
      ['send_back', 'Bổ sung ý kiến thẩm định về phạm vi'],
      ['approve', 'Đồng ý'],
    ]);
    // The processing-control slip names the actions and steps in Vietnamese, with the comments.
    const { bytes } = await getDossierDocument(deps, ctx(actors.officerA!), { id: d.id, kind: 'control' });
    const dir = mkdtempSync(join(tmpdir(), 'control-'));
    try {
      writeFileSync(join(dir, 'control.pdf'), bytes);
      execFileSync('qpdf', ['--check', join(dir, 'control.pdf')]);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'control.pdf'), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      expect(text).toContain('Trả lại bước trước để xử lý lại → Thẩm định hồ sơ');
      expect(text).toContain('Ý kiến: Bổ sung ý kiến thẩm định về phạm vi');
      expect(text).toContain('Chuyển hồ sơ đến bộ phận giải quyết → Thẩm định hồ sơ');
      expect(text).not.toMatch(/\bsend_back\b|\bforward\b/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('offers no fee request for a free procedure and refuses one with 422', async () => {
    let d = await submit('full');
    d = await move('officerA', d, 'accept');
    d = await move('officerA', d, 'forward');
    const specialist = await getDossier(deps, ctx(actors.specialistA!), { id: d.id });
    expect(specialist.availableActions.map((a) => a.action)).not.toContain('request_payment');
    const res = await post('specialistA', d, { action: 'request_payment' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'BUSINESS_RULE_VIOLATED',
      detail: expect.stringContaining('không thu phí'),
    });

    let paid = await submit('partial');
    paid = await move('officerA', paid, 'accept');
    paid = await move('officerA', paid, 'forward');
    const offered = await getDossier(deps, ctx(actors.specialistA!), { id: paid.id });
    expect(offered.availableActions.map((a) => a.action)).toContain('request_payment');
  });

  it('prints on the receipt slip the time limit its due date uses: the online limit online, the full one at the counter', async () => {
    clock = at('2021-03-01T09:00:00');
    const online = await move('officerA', await submit('full'), 'accept');
    const counter = (
      await submitDossier(deps, ctx(actors.officerA!), {
        channel: 'direct',
        idempotencyKey: 'officer-counter-0001',
        body: { procedureId: 'full', applicant: { name: 'Trần Thị Bích', phone: '0987654321' } },
      })
    ).dossier;
    // 8 and 10 working days from Monday 01/03/2021 09:00 (no holiday in between).
    expect(online.dueAtText).toBe('09:00 11/03/2021');
    expect(counter.dueAtText).toBe('09:00 15/03/2021');
    const dir = mkdtempSync(join(tmpdir(), 'receipt-'));
    try {
      const textOf = async (d: TDossier) => {
        const { bytes } = await getDossierDocument(deps, ctx(actors.officerA!), {
          id: d.id,
          kind: 'receipt',
        });
        const file = join(dir, `${d.code}.pdf`);
        writeFileSync(file, bytes);
        execFileSync('qpdf', ['--check', file]);
        return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
          /\s+/g,
          ' ',
        );
      };
      const onlineText = await textOf(online);
      expect(onlineText).toContain(
        'Thời hạn giải quyết: 8 ngày làm việc (hồ sơ nộp trực tuyến; thủ tục quy định 10 ngày làm việc khi nộp trực tiếp)',
      );
      expect(onlineText).toContain('Ngày hẹn trả kết quả: 09:00 11/03/2021');
      expect(onlineText).toContain('Hình thức nhận kết quả: trực tuyến');
      const counterText = await textOf(counter);
      expect(counterText).toContain('Thời hạn giải quyết: 10 ngày làm việc Ngày hẹn');
      expect(counterText).toContain('Ngày hẹn trả kết quả: 09:00 15/03/2021');
      expect(counterText).toContain('Hình thức nhận kết quả: tại Bộ phận Tiếp nhận và Trả kết quả');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
