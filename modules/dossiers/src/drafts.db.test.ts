import { seedCalendar } from '@openprovince/calendar';
import { queryRows, sql } from '@openprovince/db';
import { actorFor, makeAgency, makeCitizen, makeOfficial } from '@openprovince/identity/testing';
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
import { dossierDraftRoutes } from './routes/draft.routes.ts';
import { purgeStaleDrafts } from './use-cases/purge-stale-drafts.ts';

const at = (local: string) => new Date(`${local}+07:00`);
const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'test' });
const PERSONAL_ID = '084190000077';
const BIRTH_DATE = '05/02/1990';
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`, 'utf8');

/** The wizard's upload form (multipart/form-data): the component first, then its file. */
function fileForm(componentKey: string, fileName: string, bytes: Buffer): FormData {
  const form = new FormData();
  form.append('componentKey', componentKey);
  form.append('file', new Blob([bytes]), fileName);
  return form;
}

/**
 * Server-side drafts of online applications (issue 9, item 10): one per citizen and procedure, answers saved
 * with If-Match, files uploaded at once and kept with the draft, attached to the dossier at submission in
 * the same transaction; only their citizen sees them; stale ones are purged; nothing personal in the logs.
 */
describe('application drafts on PostgreSQL', () => {
  let t: TestDatabase;
  let deps: DossierDeps;
  let storage: MemoryStorage;
  let clock = at('2021-03-02T09:00:00');
  const actors: Record<string, Actor> = {};
  const procs = new Map<string, CatalogueProcedure>();
  const catalogue: ProcedureCatalogue = { getProcedureForDossier: async (id) => procs.get(id) };
  const logLines: string[] = [];
  let app: HttpApp;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx(systemActor('seed')));
    const agency = await makeAgency(t.db, { code: '000.00.12.H59', name: 'Sở Thông tin và Truyền thông' });
    actors.officer = actorFor(
      await makeOfficial(t.db, { agencyId: agency.id, roles: ['one_stop_officer'] }),
      [DOSSIER_GRANTS],
    );
    actors.an = (
      await makeCitizen(t.db, {
        personalId: PERSONAL_ID,
        fullName: 'Nguyễn Văn An',
        phone: '0912345678',
        email: 'an@example.vn',
      })
    ).actor;
    actors.bich = (await makeCitizen(t.db, { fullName: 'Trần Thị Bích', phone: null })).actor;
    procs.set('postal', {
      id: 'postal',
      nationalCode: '1.000948',
      name: 'Cấp giấy phép bưu chính',
      agencyId: agency.id,
      timeLimit: { amount: 10, unit: 'working_days' },
      fees: [],
      components: [
        { key: 'to-khai', name: 'Đơn đề nghị', required: true, form: true },
        { key: 'phuong-an', name: 'Phương án kinh doanh', required: true, form: false },
        { key: 'uy-quyen', name: 'Văn bản ủy quyền', required: false, form: false },
      ],
      serviceLevel: 4,
      validate: (answers) =>
        typeof (answers['to-khai'] as Record<string, unknown> | undefined)?.hoTen === 'string'
          ? []
          : [{ path: '/answers/to-khai/hoTen', message: 'Bắt buộc nhập', messageEn: 'required' }],
    });
    procs.set('other', {
      ...procs.get('postal')!,
      id: 'other',
      nationalCode: '1.000949',
      name: 'Thủ tục khác',
    });
    storage = new MemoryStorage();
    deps = createDossierDeps({ db: t.db, storage, catalogue, now: () => clock });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      // Every line the platform would log, at the most talkative level, to prove nothing personal is in it.
      logLevel: 'trace',
      logStream: { write: (line) => logLines.push(line) },
      rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 },
      resolveActor: async (request) => actors[String(request.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(dossierRoutes(deps));
    await app.register(dossierDraftRoutes(deps));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  const call = (
    as: string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: { 'x-test-actor': as, ...headers },
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> | FormData } : {}),
    });
  const open = (as: string, procedureId = 'postal') =>
    call(as, 'POST', '/api/dossier-drafts', { procedureId });
  const save = (as: string, id: string, version: number | null, body: Record<string, unknown>) =>
    call(
      as,
      'PUT',
      `/api/dossier-drafts/${id}`,
      body,
      version === null ? {} : { 'if-match': `"${version}"` },
    );
  const applicant = { name: 'Nguyễn Văn An', phone: '0912345678', email: '', address: '' };
  const storedKeys = async (draftId: string) =>
    (
      await queryRows<{ storage_key: string }>(
        t.db,
        sql`select storage_key from dossiers.dossier_draft_files where draft_id = ${draftId}`,
      )
    ).map((r) => r.storage_key);

  it('starts one draft per citizen and procedure with what the account knows, saves it with If-Match and lists it', async () => {
    const first = await open('an');
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    expect(first.headers['cache-control']).toBe('private, no-store');
    const draft = first.json();
    expect(draft).toMatchObject({
      procedureId: 'postal',
      procedureName: 'Cấp giấy phép bưu chính',
      created: true,
      values: {},
      applicant: { name: '', phone: '', email: '', address: '', communeCode: '' },
      files: [],
      version: 1,
      account: {
        fullName: 'Nguyễn Văn An',
        personalId: PERSONAL_ID,
        phone: '0912345678',
        email: 'an@example.vn',
      },
    });
    expect(draft.idempotencyKey).toMatch(/^draft-[0-9a-f-]{36}$/);
    expect(draft).not.toHaveProperty('citizenId');
    // Opening again (another tab, another device) continues the same draft.
    const again = await open('an');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      id: draft.id,
      created: false,
      idempotencyKey: draft.idempotencyKey,
    });

    const values = { 'to-khai.hoTen': 'Nguyễn Văn An', 'to-khai.soDinhDanh': PERSONAL_ID };
    expect((await save('an', draft.id, null, { values, applicant })).statusCode).toBe(428);
    clock = at('2021-03-02T09:05:00');
    // The commune of residence is kept with the contact details (the wizard sends it at submission).
    const withCommune = { ...applicant, communeCode: '29263' };
    const saved = await save('an', draft.id, 1, {
      values,
      applicant: withCommune,
      step: 'to-khai.ngaySinh',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.json()).toMatchObject({
      values,
      applicant: withCommune,
      step: 'to-khai.ngaySinh',
      version: 2,
    });
    expect(saved.json().updatedAt).toBe(clock.toISOString());
    expect(saved.json().expiresAt).toBe(at('2021-04-01T09:05:00').toISOString());
    // A save from a tab that saw version 1 does not overwrite version 2.
    const stale = await save('an', draft.id, 1, { values: {}, applicant });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().detail).toContain('một cửa sổ khác');
    expect((await call('an', 'GET', `/api/dossier-drafts/${draft.id}`)).json().values).toEqual(values);
    // Values are checked as data: a key that is no question id is refused with its path.
    const bad = await save('an', draft.id, 2, { values: { '../x': 'y' }, applicant });
    expect(bad.statusCode).toBe(400);
    // A commune is a GSO code (five digits) or nothing.
    const badCommune = await save('an', draft.id, 2, {
      values,
      applicant: { ...applicant, communeCode: 'x' },
    });
    expect(badCommune.statusCode).toBe(400);
    expect((await call('an', 'GET', `/api/dossier-drafts/${draft.id}`)).json().applicant).toEqual(
      withCommune,
    );

    const list = await call('an', 'GET', '/api/dossier-drafts');
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: draft.id,
        procedureName: 'Cấp giấy phép bưu chính',
        procedureCode: '1.000948',
        step: 'to-khai.ngaySinh',
        fileCount: 0,
      }),
    ]);
    expect((await open('an', 'unknown')).statusCode).toBe(404);
  });

  it('keeps the chosen files with the draft: uploaded at once, replaced by a new choice, still there when reopened', async () => {
    const draft = (await open('an')).json();
    const upload = (componentKey: string, fileName: string, bytes: Buffer) =>
      call('an', 'POST', `/api/dossier-drafts/${draft.id}/files`, fileForm(componentKey, fileName, bytes));

    const first = await upload('phuong-an', 'Phương án v1.pdf', pdf('v1'));
    expect(first.statusCode).toBe(201);
    expect(first.json().files).toEqual([
      expect.objectContaining({
        componentKey: 'phuong-an',
        fileName: 'Phương án v1.pdf',
        mediaType: 'application/pdf',
      }),
    ]);
    const [firstKey] = await storedKeys(draft.id);
    expect(await storage.exists(firstKey!)).toBe(true);

    // Choosing again replaces the file, and the earlier bytes leave the storage.
    const second = await upload('phuong-an', 'Phương án v2.pdf', pdf('v2'));
    expect(second.json().files.map((f: { fileName: string }) => f.fileName)).toEqual(['Phương án v2.pdf']);
    expect(await storage.exists(firstKey!)).toBe(false);

    // The same checks as any attachment: type by content, a name that matches it, a known file component.
    const word = await upload('uy-quyen', 'uy-quyen.docx', Buffer.from('PK\u0003\u0004 not a pdf'));
    expect(word.statusCode).toBe(415);
    expect(word.json().detail).toContain('Chỉ nhận tệp PDF, PNG hoặc JPEG');
    expect(word.json().errors).toMatchObject([{ path: '/body/file', messageEn: expect.any(String) }]);
    const formComponent = await upload('to-khai', 'to-khai.pdf', pdf('form'));
    expect(formComponent.statusCode).toBe(400);
    expect(formComponent.json().errors).toMatchObject([{ path: '/body/componentKey' }]);
    expect((await upload('khong-co', 'x.pdf', pdf('x'))).statusCode).toBe(400);

    // A reload: the draft opens with its file, and the citizen can download it to check.
    const reopened = (await open('an')).json();
    expect(reopened.files).toHaveLength(1);
    const download = await call('an', 'GET', `/api/dossier-drafts/${draft.id}/files/${reopened.files[0].id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.body).toContain('% v2');

    // Removing an optional file.
    const optional = (await upload('uy-quyen', 'Uy quyen.pdf', pdf('uq'))).json();
    const removed = await call(
      'an',
      'DELETE',
      `/api/dossier-drafts/${draft.id}/files/${optional.files.find((f: { componentKey: string }) => f.componentKey === 'uy-quyen').id}`,
    );
    expect(removed.statusCode).toBe(200);
    expect(removed.json().files.map((f: { componentKey: string }) => f.componentKey)).toEqual(['phuong-an']);
  });

  it('refuses a submission missing a required file with a Vietnamese field error, then attaches the files and deletes the draft', async () => {
    const draft = (await open('bich')).json();
    expect(draft.account).toMatchObject({ fullName: 'Trần Thị Bích', phone: null });
    const body = {
      procedureId: 'postal',
      applicant: { name: 'Trần Thị Bích', phone: '0987654321' },
      answers: { 'to-khai': { hoTen: 'Trần Thị Bích' } },
      draftId: draft.id,
    };
    const missing = await call('bich', 'POST', '/api/dossiers', body, {
      'idempotency-key': draft.idempotencyKey,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toMatchObject([
      { path: '/body/files/phuong-an', message: 'Chưa có tệp cho thành phần hồ sơ: Phương án kinh doanh' },
    ]);
    // Nothing was created: no dossier, the draft is still there.
    expect((await call('bich', 'GET', '/api/dossiers')).json().total).toBe(0);

    await call(
      'bich',
      'POST',
      `/api/dossier-drafts/${draft.id}/files`,
      fileForm('phuong-an', 'Phương án kinh doanh.pdf', pdf('phuong an')),
    );
    const [key] = await storedKeys(draft.id);
    const sent = await call('bich', 'POST', '/api/dossiers', body, {
      'idempotency-key': draft.idempotencyKey,
    });
    expect(sent.statusCode).toBe(201);
    const dossier = sent.json();
    expect(dossier.attachments).toEqual([
      expect.objectContaining({
        componentKey: 'phuong-an',
        fileName: 'Phương án kinh doanh.pdf',
        mediaType: 'application/pdf',
      }),
    ]);
    // The dossier's attachment is the draft's stored file, readable by the one-stop officer.
    expect(await storage.exists(key!)).toBe(true);
    const asOfficer = await call(
      'officer',
      'GET',
      `/api/dossiers/${dossier.id}/attachments/${dossier.attachments[0].id}`,
    );
    expect(asOfficer.statusCode).toBe(200);
    expect(asOfficer.body).toContain('% phuong an');
    // The draft is gone; a retry with the same key replays the dossier instead of failing on it.
    expect((await call('bich', 'GET', `/api/dossier-drafts/${draft.id}`)).statusCode).toBe(404);
    expect((await call('bich', 'GET', '/api/dossier-drafts')).json().items).toEqual([]);
    const replay = await call('bich', 'POST', '/api/dossiers', body, {
      'idempotency-key': draft.idempotencyKey,
    });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe(dossier.id);

    // A draft of another procedure cannot lend its files.
    const otherDraft = (await open('bich', 'other')).json();
    const mixed = await call(
      'bich',
      'POST',
      '/api/dossiers',
      { ...body, draftId: otherDraft.id },
      { 'idempotency-key': 'mixed-0001' },
    );
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().errors[0].path).toBe('/body/draftId');
  });

  it('deletes an abandoned draft with its stored files', async () => {
    const draft = (await open('an')).json();
    const keys = await storedKeys(draft.id);
    expect(keys.length).toBeGreaterThan(0);
    expect((await call('an', 'DELETE', `/api/dossier-drafts/${draft.id}`)).statusCode).toBe(204);
    for (const key of keys) expect(await storage.exists(key)).toBe(false);
    expect((await call('an', 'GET', `/api/dossier-drafts/${draft.id}`)).statusCode).toBe(404);
  });

  it('purges drafts not saved for 30 days with their files, keeps the fresh ones; only the system purges', async () => {
    clock = at('2021-05-01T08:00:00');
    const old = (await open('an')).json();
    await call(
      'an',
      'POST',
      `/api/dossier-drafts/${old.id}/files`,
      fileForm('phuong-an', 'cu.pdf', pdf('old')),
    );
    const [oldKey] = await storedKeys(old.id);
    clock = at('2021-05-20T08:00:00');
    const fresh = (await open('bich')).json();
    clock = at('2021-06-01T08:00:01');
    await expect(purgeStaleDrafts(deps, ctx(actors.an!))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const result = await purgeStaleDrafts(deps, ctx(systemActor('drafts-retention')));
    // The old draft with its file, and Bích's draft of the other procedure, untouched since March.
    expect(result).toEqual({ purged: 2, files: 1 });
    expect(await storage.exists(oldKey!)).toBe(false);
    expect((await call('an', 'GET', `/api/dossier-drafts/${old.id}`)).statusCode).toBe(404);
    expect((await call('bich', 'GET', `/api/dossier-drafts/${fresh.id}`)).statusCode).toBe(200);
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit.audit_log where object_id = ${old.id} order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'dossier.draft.create',
      'dossier.draft.file.attach',
      'dossier.draft.purge',
    ]);
  });

  it('never writes the identity number or the date of birth to the logs or the audit records', async () => {
    const draft = (await open('an')).json();
    const values = {
      'to-khai.hoTen': 'Nguyễn Văn An',
      'to-khai.soDinhDanh': PERSONAL_ID,
      'to-khai.ngaySinh': BIRTH_DATE,
    };
    expect((await save('an', draft.id, draft.version, { values, applicant })).statusCode).toBe(200);
    // Failures log more: a stale version, a malformed body, someone else's draft.
    expect((await save('an', draft.id, draft.version, { values, applicant })).statusCode).toBe(412);
    expect(
      (await save('an', draft.id, draft.version + 1, { values: { ...values, x: 1 }, applicant })).statusCode,
    ).toBe(400);
    expect((await save('bich', draft.id, draft.version + 1, { values, applicant })).statusCode).toBe(404);
    expect(logLines.length).toBeGreaterThan(5);
    const logs = logLines.join('\n');
    expect(logs).not.toContain(PERSONAL_ID);
    expect(logs).not.toContain(BIRTH_DATE);
    expect(logs).not.toContain('1990-02-05');
    const audit = JSON.stringify(
      await queryRows(t.db, sql`select summary from audit.audit_log where object_type = 'dossier_draft'`),
    );
    expect(audit).toContain('"answered":3');
    expect(audit).not.toContain(PERSONAL_ID);
    expect(audit).not.toContain(BIRTH_DATE);
  });
});
