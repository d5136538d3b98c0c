import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCalendar } from '@openprovince/calendar';
import { actorFor, makeAgency, makeCitizen, makeOfficial } from '@openprovince/identity/testing';
import {
  type Actor,
  ANONYMOUS,
  createHttpApp,
  type HttpApp,
  type RequestContext,
  systemActor,
} from '@openprovince/platform';
import { LocalFolderStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase, uploadFromAnotherProcess } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOSSIER_GRANTS } from './contracts/permissions.ts';
import { createDossierDeps } from './deps.ts';
import type { CatalogueProcedure, ProcedureCatalogue } from './domain/ports.ts';
import { dossierRoutes } from './routes/dossier.routes.ts';
import { dossierDraftRoutes } from './routes/draft.routes.ts';

const ctx = (actor: Actor): RequestContext => ({ actor, requestId: 'test' });
const MB = 1024 * 1024;
const pdf = (text: string, size = 0) =>
  Buffer.concat([
    Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`),
    Buffer.alloc(size, 0x20),
  ]);
const BOUNDARY = '----op-upload-test';

/** A multipart/form-data body built by hand, for the client in another process (and to control the order). */
function formBytes(
  parts: Array<{ name: string; value: string } | { name: string; fileName: string; bytes: Buffer }>,
) {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if ('value' in part) chunks.push(Buffer.from(`${head}\r\n\r\n${part.value}\r\n`));
    else {
      chunks.push(
        Buffer.from(`${head}; filename="${part.fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
        part.bytes,
        Buffer.from('\r\n'),
      );
    }
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}
const FORM_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/**
 * The citizen's uploads as forms (ADR 0009), over real HTTP: streamed to the storage on disk, the access
 * and ownership checked before the file is read, every refusal a 4xx problem naming the field, nothing left
 * in the storage by a refused upload.
 */
describe('multipart uploads of draft files and attachments', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let base = '';
  const root = mkdtempSync(join(tmpdir(), 'op-uploads-'));
  const actors: Record<string, Actor> = {};
  const procs = new Map<string, CatalogueProcedure>();
  const catalogue: ProcedureCatalogue = { getProcedureForDossier: async (id) => procs.get(id) };
  let draftId = '';
  let idempotencyKey = '';
  /** Every stored file (the storage keeps one file per key under its root). */
  const storedFiles = () =>
    readdirSync(root, { recursive: true }).filter((p) => /[0-9a-f-]{36}/.test(String(p)));

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx(systemActor('seed')));
    const agency = await makeAgency(t.db, { code: '000.00.12.H59', name: 'Sở Thông tin và Truyền thông' });
    actors.officer = actorFor(
      await makeOfficial(t.db, { agencyId: agency.id, roles: ['one_stop_officer'] }),
      [DOSSIER_GRANTS],
    );
    actors.an = (await makeCitizen(t.db, { fullName: 'Nguyễn Văn An', phone: '0912345678' })).actor;
    actors.bich = (await makeCitizen(t.db, { fullName: 'Trần Thị Bích', phone: null })).actor;
    procs.set('postal', {
      id: 'postal',
      nationalCode: '1.000948',
      name: 'Cấp giấy phép bưu chính',
      agencyId: agency.id,
      timeLimit: { amount: 10, unit: 'working_days' },
      fees: [],
      components: [{ key: 'phuong-an', name: 'Phương án kinh doanh', required: true, form: false }],
      serviceLevel: 4,
      validate: () => [],
    });
    const deps = createDossierDeps({ db: t.db, storage: new LocalFolderStorage(root), catalogue });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'warn',
      rateLimit: { anonymousPerMinute: 100_000, accountPerMinute: 100_000 },
      resolveActor: async (request) => actors[String(request.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(dossierRoutes(deps));
    await app.register(dossierDraftRoutes(deps));
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const opened = await app.inject({
      method: 'POST',
      url: '/api/dossier-drafts',
      headers: { 'x-test-actor': 'an' },
      payload: { procedureId: 'postal' },
    });
    draftId = opened.json().id;
    idempotencyKey = opened.json().idempotencyKey;
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
    rmSync(root, { recursive: true, force: true });
  });

  const send = (as: string | undefined, body: Buffer, url = `/api/dossier-drafts/${draftId}/files`) =>
    uploadFromAnotherProcess({
      url: `${base}${url}`,
      method: 'POST',
      contentType: FORM_TYPE,
      body,
      ...(as ? { headers: { 'x-test-actor': as } } : {}),
    });
  const problemOf = (answer: { body: string }) =>
    JSON.parse(answer.body) as {
      code: string;
      errors?: { path: string; message: string; messageEn: string }[];
    };

  it('stores a chosen file streamed from the form, under the draft, and gives the same bytes back', async () => {
    const bytes = pdf('phuong an', 2 * MB);
    const res = await fetch(`${base}/api/dossier-drafts/${draftId}/files`, {
      method: 'POST',
      headers: { 'x-test-actor': 'an' },
      body: (() => {
        const form = new FormData();
        form.append('componentKey', 'phuong-an');
        form.append('file', new Blob([bytes]), 'Phương án kinh doanh.pdf');
        return form;
      })(),
    });
    expect(res.status).toBe(201);
    const draft = (await res.json()) as { files: { id: string; fileName: string; size: number }[] };
    expect(draft.files).toEqual([
      expect.objectContaining({ fileName: 'Phương án kinh doanh.pdf', size: bytes.length }),
    ]);
    expect(storedFiles()).toHaveLength(1);
    const back = await fetch(`${base}/api/dossier-drafts/${draftId}/files/${draft.files[0]!.id}`, {
      headers: { 'x-test-actor': 'an' },
    });
    expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('refuses a file over the 5 MB limit with 413 naming the file field, leaving nothing stored', async () => {
    const before = storedFiles();
    const answer = await send(
      'an',
      formBytes([
        { name: 'componentKey', value: 'phuong-an' },
        { name: 'file', fileName: 'lon.pdf', bytes: pdf('lon', 8 * MB) },
      ]),
    );
    expect(answer.status).toBe(413);
    expect(answer.contentType).toContain('application/problem+json');
    expect(problemOf(answer)).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      errors: [
        { path: '/body/file', message: expect.stringContaining('5 MB'), messageEn: expect.any(String) },
      ],
    });
    expect(storedFiles()).toEqual(before);
  });

  it('refuses a file whose content is not PDF, PNG or JPEG with 415 naming the field, before storing it', async () => {
    const before = storedFiles();
    const answer = await send(
      'an',
      formBytes([
        { name: 'componentKey', value: 'phuong-an' },
        { name: 'file', fileName: 'phuong-an.pdf', bytes: Buffer.from('MZ\x90\x00 a program, not a PDF') },
      ]),
    );
    expect(answer.status).toBe(415);
    expect(problemOf(answer)).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      errors: [{ path: '/body/file' }],
    });
    expect(storedFiles()).toEqual(before);
  });

  it('names a missing file, a missing component and an unknown component (400)', async () => {
    const file = { name: 'file', fileName: 'a.pdf', bytes: pdf('a') };
    for (const [parts, path] of [
      [[{ name: 'componentKey', value: 'phuong-an' }], '/body/file'],
      [[file], '/body/componentKey'],
      [[{ name: 'componentKey', value: 'khong-co' }, file], '/body/componentKey'],
    ] as const) {
      const answer = await send('an', formBytes([...parts]));
      expect(answer.status, path).toBe(400);
      expect(problemOf(answer).errors?.[0]).toMatchObject({ path, messageEn: expect.any(String) });
    }
  });

  it('checks access before reading the body: 401 anonymous, 403 official, 404 another citizen’s draft', async () => {
    const before = storedFiles();
    const big = formBytes([
      { name: 'componentKey', value: 'phuong-an' },
      { name: 'file', fileName: 'a.pdf', bytes: pdf('a', 4 * MB) },
    ]);
    const anonymous = await send(undefined, big);
    expect(anonymous.status).toBe(401);
    expect(anonymous.contentType).toContain('application/problem+json');
    // Answered from the headers: the client sends its body only if no answer came within half a second.
    expect(anonymous.seconds).toBeLessThan(0.5);
    const official = await send('officer', big);
    expect(official.status).toBe(403);
    expect(official.seconds).toBeLessThan(0.5);
    const other = await send('bich', big);
    expect(other.status).toBe(404);
    expect(storedFiles()).toEqual(before);
  });

  it('takes no JSON (the old base64 body) on the upload routes: 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/dossier-drafts/${draftId}/files`,
      headers: { 'x-test-actor': 'an' },
      payload: { componentKey: 'phuong-an', fileName: 'a.pdf', contentBase64: pdf('a').toString('base64') },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('attaches a supplement to the submitted dossier as a form, with the same checks', async () => {
    const submitted = await app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { 'x-test-actor': 'an', 'idempotency-key': idempotencyKey },
      payload: {
        procedureId: 'postal',
        applicant: { name: 'Nguyễn Văn An', phone: '0912345678' },
        answers: {},
        draftId,
      },
    });
    expect(submitted.statusCode).toBe(201);
    const dossierId = submitted.json().id as string;
    const url = `/api/dossiers/${dossierId}/attachments`;
    const ok = await send(
      'an',
      formBytes([{ name: 'file', fileName: 'Bổ sung.pdf', bytes: pdf('bo sung') }]),
      url,
    );
    expect(ok.status).toBe(201);
    expect(JSON.parse(ok.body)).toMatchObject({ fileName: 'Bổ sung.pdf', mediaType: 'application/pdf' });
    const wrong = await send(
      'an',
      formBytes([{ name: 'file', fileName: 'a.png', bytes: pdf('not png') }]),
      url,
    );
    expect(wrong.status).toBe(415);
    expect(problemOf(wrong).errors?.[0]?.path).toBe('/body/file');
    const tooLarge = await send(
      'an',
      formBytes([{ name: 'file', fileName: 'b.pdf', bytes: pdf('b', 6 * MB) }]),
      url,
    );
    expect(tooLarge.status).toBe(413);
    expect(
      (await send(undefined, formBytes([{ name: 'file', fileName: 'c.pdf', bytes: pdf('c') }]), url)).status,
    ).toBe(401);
  });
});
