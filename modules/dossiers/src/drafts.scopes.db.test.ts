import { actorFor, makeAgency, makeCitizen, makeOfficial } from '@openprovince/identity/testing';
import {
  type Actor,
  ANONYMOUS,
  createHttpApp,
  type HttpApp,
  type RequestContext,
} from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_GRANTS } from './contracts/permissions.ts';
import { createDossierDeps, type DossierDeps } from './deps.ts';
import type { CatalogueProcedure, ProcedureCatalogue } from './domain/ports.ts';
import { dossierRoutes } from './routes/dossier.routes.ts';
import { dossierDraftRoutes } from './routes/draft.routes.ts';
import { getDraft } from './use-cases/get-draft.ts';
import { listDrafts } from './use-cases/list-drafts.ts';

const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'test' });
const pdf = Buffer.from('%PDF-1.4\n% ban sao\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** The wizard's upload form (multipart/form-data): the component first, then its file. */
function fileForm(fileName: string): FormData {
  const form = new FormData();
  form.append('componentKey', 'ban-sao');
  form.append('file', new Blob([pdf]), fileName);
  return form;
}

/** A draft holds an identity number and a date of birth: only its citizen ever reaches it. */
describe('application drafts (authorization)', () => {
  let t: TestDatabase;
  let deps: DossierDeps;
  const actors: Record<string, Actor> = {};
  const procs = new Map<string, CatalogueProcedure>();
  const catalogue: ProcedureCatalogue = { getProcedureForDossier: async (id) => procs.get(id) };
  let app: HttpApp;
  let draftOfAn: { id: string; idempotencyKey: string; files: { id: string }[] };

  beforeAll(async () => {
    t = await createTestDatabase();
    const agency = await makeAgency(t.db, { name: 'Ủy ban nhân dân huyện Càng Long', level: 'district' });
    for (const role of ['one_stop_officer', 'specialist', 'leader', 'system_admin'] as const) {
      actors[role] = actorFor(await makeOfficial(t.db, { agencyId: agency.id, roles: [role] }), [
        DOSSIER_GRANTS,
      ]);
    }
    actors.an = (await makeCitizen(t.db, { fullName: 'Nguyễn Văn An' })).actor;
    actors.bich = (await makeCitizen(t.db, { fullName: 'Trần Thị Bích' })).actor;
    procs.set('hkd', {
      id: 'hkd',
      nationalCode: '2.000720',
      name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
      agencyId: agency.id,
      timeLimit: { amount: 3, unit: 'working_days' },
      fees: [],
      components: [{ key: 'ban-sao', name: 'Bản sao giấy tờ', required: true, form: false }],
      validate: () => [],
    });
    deps = createDossierDeps({ db: t.db, storage: new MemoryStorage(), catalogue });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 },
      resolveActor: async (request) => actors[String(request.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(dossierRoutes(deps));
    await app.register(dossierDraftRoutes(deps));
    await app.ready();
    const opened = await app.inject({
      method: 'POST',
      url: '/api/dossier-drafts',
      headers: { 'x-test-actor': 'an' },
      payload: { procedureId: 'hkd' },
    });
    const uploaded = await app.inject({
      method: 'POST',
      url: `/api/dossier-drafts/${opened.json().id}/files`,
      headers: { 'x-test-actor': 'an' },
      payload: fileForm('ban-sao.pdf'),
    });
    draftOfAn = uploaded.json();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  interface Call {
    method: 'GET' | 'PUT' | 'POST' | 'DELETE';
    url: string;
    payload?: Record<string, unknown> | FormData;
    headers?: Record<string, string>;
  }
  const requests = (): Call[] => {
    const base = `/api/dossier-drafts/${draftOfAn.id}`;
    const file = `${base}/files/${draftOfAn.files[0]!.id}`;
    const body = { values: { 'ban-sao.x': 'y' }, applicant: { name: '', phone: '', email: '', address: '' } };
    return [
      { method: 'GET' as const, url: base },
      { method: 'PUT' as const, url: base, payload: body, headers: { 'if-match': '"1"' } },
      { method: 'DELETE' as const, url: base },
      { method: 'GET' as const, url: file },
      { method: 'DELETE' as const, url: file },
      {
        method: 'POST' as const,
        url: `${base}/files`,
        payload: fileForm('khac.pdf'),
      },
    ];
  };

  it('authorization: a citizen never reads, changes, deletes or submits another citizen’s draft (404)', async () => {
    for (const r of requests()) {
      const res = await app.inject({ ...r, headers: { ...r.headers, 'x-test-actor': 'bich' } });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(404);
      expect(res.body).not.toContain('ban-sao.pdf');
    }
    expect((await listDrafts(deps, ctx(actors.bich!))).items).toEqual([]);
    const stolen = await app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { 'x-test-actor': 'bich', 'idempotency-key': 'bich-0000001' },
      payload: {
        procedureId: 'hkd',
        applicant: { name: 'Trần Thị Bích', phone: '0987654321' },
        draftId: draftOfAn.id,
      },
    });
    expect(stolen.statusCode).toBe(404);
    // An's draft is untouched, file included.
    const own = await getDraft(deps, ctx(actors.an!), { id: draftOfAn.id });
    expect(own.version).toBe(1);
    expect(own.files.map((f) => f.fileName)).toEqual(['ban-sao.pdf']);
  });

  it('authorization: officials cannot list, open or read drafts (403), even of their own agency’s procedures', async () => {
    for (const role of ['one_stop_officer', 'specialist', 'leader', 'system_admin']) {
      for (const r of <Call[]>[
        ...requests(),
        { method: 'GET' as const, url: '/api/dossier-drafts' },
        { method: 'POST' as const, url: '/api/dossier-drafts', payload: { procedureId: 'hkd' } },
      ]) {
        const res = await app.inject({ ...r, headers: { ...r.headers, 'x-test-actor': role } });
        expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBe(403);
      }
      await expect(getDraft(deps, ctx(actors[role]!), { id: draftOfAn.id })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('authorization: anonymous callers are asked to sign in (401)', async () => {
    for (const r of requests()) {
      const res = await app.inject(r);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });
});
