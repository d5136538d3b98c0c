import { seedCalendar } from '@openprovince/calendar';
import {
  buildIdentityTestApp,
  makeAgency,
  makeOfficial,
  sessionCookieFrom,
  TEST_PASSWORD,
} from '@openprovince/identity/testing';
import { type HttpApp, systemActor } from '@openprovince/platform';
import { MemoryStorage } from '@openprovince/storage';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_GRANTS } from './contracts/index.ts';
import { createDocumentDeps } from './deps.ts';
import { documentRoutes } from './routes/document.routes.ts';
import { createTestSigner, samplePdf } from './testing/index.ts';

/**
 * Authorization over HTTP: agency scoping (another agency's document is 404 unless it was sent to it),
 * role gates (a specialist cannot issue), signing needs the password again.
 */
const YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

describe('authorization: documents over HTTP', () => {
  let t: TestDatabase;
  let app: HttpApp;
  const cookie: Record<string, string> = {};
  let docId = '';
  let incomingForB = '';

  const call = async (
    who: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: { cookie: cookie[who]!, ...headers },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, { actor: systemActor('seed'), requestId: 'seed' });
    const A = await makeAgency(t.db, { name: 'Ủy ban nhân dân tỉnh', abbreviation: 'UBND' });
    const B = await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT' });
    const C = await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP' });
    const accounts = [
      ['specA', A.id, 'specialist'],
      ['leadA', A.id, 'leader'],
      ['clerkA', A.id, 'clerk'],
      ['clerkB', B.id, 'clerk'],
      ['clerkC', C.id, 'clerk'],
      ['auditA', A.id, 'auditor'],
    ] as const;
    for (const [username, agencyId, role] of accounts) {
      await makeOfficial(t.db, { agencyId, roles: [role], username: username.toLowerCase() });
    }
    const deps = createDocumentDeps({ db: t.db, storage: new MemoryStorage(), signer: createTestSigner() });
    app = await buildIdentityTestApp(t.db, { grants: [DOCUMENT_GRANTS], routes: [documentRoutes(deps)] });
    for (const [username] of accounts) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: username.toLowerCase(), password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      cookie[username] = sessionCookieFrom(res);
    }
    const created = await call('specA', 'POST', '/api/documents', {
      kind: 'official_letter',
      draftingUnit: 'VP',
      subject: 'Đề nghị báo cáo tình hình ứng dụng công nghệ thông tin',
      recipients: [{ agencyId: B.id, name: B.name }],
    });
    expect(created.statusCode).toBe(201);
    docId = created.json().id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('uploads the PDF as application/pdf with If-Match; without If-Match it is 428', async () => {
    const pdf = await samplePdf('Công văn đề nghị báo cáo');
    const noVersion = await call('specA', 'PUT', `/api/documents/${docId}/file`, pdf, {
      'content-type': 'application/pdf',
    });
    expect(noVersion.statusCode).toBe(428);
    const ok = await call('specA', 'PUT', `/api/documents/${docId}/file`, pdf, {
      'content-type': 'application/pdf',
      'if-match': '"1"',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await call('specA', 'POST', `/api/documents/${docId}/submit`, {}, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(
      (await call('specA', 'POST', `/api/documents/${docId}/submit`, {}, { 'if-match': '"2"' })).statusCode,
    ).toBe(200);
  });

  it('signing needs the right password again', async () => {
    const body = { certificateId: 'c1', position: 'Chủ tịch' };
    const wrong = await call(
      'leadA',
      'POST',
      `/api/documents/${docId}/sign`,
      { ...body, password: 'sai-mat-khau-123' },
      { 'if-match': '"3"' },
    );
    expect(wrong.statusCode).toBe(401);
    // The leader typed only a password: the answer says the password is wrong, next to that field.
    expect(wrong.json()).toMatchObject({
      code: 'PASSWORD_INCORRECT',
      title: 'Mật khẩu không đúng',
      errors: [{ path: '/body/password', field: 'password', messageEn: expect.stringMatching(/password/) }],
    });
    expect(wrong.json().errors[0].message).toMatch(/^Mật khẩu không đúng/);
    expect(wrong.body).not.toMatch(/Tên đăng nhập|username/i);
    const ok = await call(
      'leadA',
      'POST',
      `/api/documents/${docId}/sign`,
      { ...body, password: TEST_PASSWORD },
      { 'if-match': '"3"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('signed');
  });

  it('refuses a công văn without its drafting unit, naming the field in Vietnamese', async () => {
    const letter = { kind: 'official_letter', subject: 'Đề nghị cung cấp số liệu', recipients: [] };
    const missing = await call('specA', 'POST', '/api/documents', letter);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: expect.stringMatching(/^Công văn cần đơn vị soạn thảo/),
      errors: [{ path: '/body/draftingUnit', field: 'draftingUnit' }],
    });
    expect(missing.json().errors[0].message).toMatch(/^Công văn cần đơn vị soạn thảo.*STTTT-VP/);
    const lowerCase = await call('specA', 'POST', '/api/documents', { ...letter, draftingUnit: 'vp' });
    expect(lowerCase.statusCode).toBe(400);
    expect(lowerCase.json().errors).toEqual([
      {
        path: '/body/draftingUnit',
        field: 'draftingUnit',
        message: 'Đơn vị soạn thảo không đúng định dạng (ví dụ: VP)',
        messageEn: 'The field "draftingUnit" is not in the expected format (e.g. VP)',
      },
    ]);
  });

  it('a specialist cannot issue (403 at the gate)', async () => {
    const res = await call(
      'specA',
      'POST',
      `/api/documents/${docId}/issue`,
      { organisationCertificateId: 'org', password: TEST_PASSWORD },
      { 'if-match': '"4"' },
    );
    expect(res.statusCode).toBe(403);
  });

  it('the clerk issues; the recipient sees it, a clerk of agency C that is not a recipient gets 404', async () => {
    const res = await call(
      'clerkA',
      'POST',
      `/api/documents/${docId}/issue`,
      { organisationCertificateId: 'org', password: TEST_PASSWORD },
      { 'if-match': '"4"' },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().numberSymbol).toBe('01/UBND-VP');
    const inboxB = await call('clerkB', 'GET', '/api/incoming-documents');
    expect(inboxB.json().total).toBe(1);
    incomingForB = inboxB.json().items[0].id;
    expect((await call('clerkB', 'GET', `/api/incoming-documents/${incomingForB}`)).statusCode).toBe(200);
    expect((await call('clerkC', 'GET', `/api/incoming-documents/${incomingForB}`)).statusCode).toBe(404);
    expect((await call('clerkC', 'GET', `/api/documents/${docId}`)).statusCode).toBe(404);
    expect((await call('clerkB', 'GET', `/api/documents/${docId}`)).statusCode).toBe(404);
    expect((await call('clerkC', 'GET', `/api/documents/${docId}/statuses`)).statusCode).toBe(404);
    expect(
      (
        await call('clerkC', 'POST', `/api/incoming-documents/${incomingForB}/register`, undefined, {
          'if-match': '"1"',
        })
      ).statusCode,
    ).toBe(404);
    expect((await call('clerkC', 'GET', '/api/incoming-documents')).json().total).toBe(0);
  });

  it('the auditor reads but cannot recall; the sender sees the statuses', async () => {
    expect((await call('auditA', 'GET', `/api/documents/${docId}`)).statusCode).toBe(200);
    expect(
      (
        await call(
          'auditA',
          'POST',
          `/api/documents/${docId}/recall`,
          { reason: 'thử quyền' },
          { 'if-match': '"5"' },
        )
      ).statusCode,
    ).toBe(403);
    const reg = await call('clerkB', 'POST', `/api/incoming-documents/${incomingForB}/register`, undefined, {
      'if-match': '"1"',
    });
    expect(reg.statusCode).toBe(200);
    const statuses = await call('clerkA', 'GET', `/api/documents/${docId}/statuses`);
    expect(statuses.json().items.map((s: { statusCode: string }) => s.statusCode)).toEqual(['01', '03']);
  });

  it('registers, register PDF and statistics are scoped to the agency', async () => {
    const regs = await call('clerkA', 'GET', `/api/document-registers?year=${YEAR}`);
    expect(regs.statusCode).toBe(200);
    const outReg = regs.json().items.find((r: { direction: string }) => r.direction === 'outgoing');
    const pdf = await call('clerkA', 'GET', `/api/document-registers/${outReg.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await call('clerkC', 'GET', `/api/document-registers/${outReg.id}/pdf`)).statusCode).toBe(404);
    const stats = await call('clerkA', 'GET', `/api/document-stats?from=${YEAR}-01-01&to=${YEAR}-12-31`);
    expect(stats.statusCode).toBe(200);
    expect(stats.json()).toMatchObject({ issued: 1, signedShare: 1 });
  });
});
