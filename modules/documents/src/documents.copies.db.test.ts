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
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_GRANTS } from './contracts/index.ts';
import { createDocumentDeps } from './deps.ts';
import { documentRoutes } from './routes/document.routes.ts';
import { createTestSigner, samplePdf } from './testing/index.ts';

/**
 * Copies (Decree 30/2020 Art. 25–27) over HTTP: the clerk of the issuing agency makes "sao y" and
 * "sao lục" copies numbered in the copy register and signed with the organisation certificate; the
 * recipient copies its registered incoming document; another agency can neither copy nor see them; a
 * specialist cannot copy; a recalled document cannot be copied. Downloads are named by what the file is now.
 */
const YEAR = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

describe('document copies over HTTP', () => {
  let t: TestDatabase;
  let app: HttpApp;
  const signer = createTestSigner();
  const cookie: Record<string, string> = {};
  let docId = '';
  let incomingForB = '';
  let firstCopy = '';

  const call = async (
    who: string,
    method: 'GET' | 'POST' | 'PUT',
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
  const copyBody = (form: 'SY' | 'SL' | 'TS', extra: Record<string, unknown> = {}) => ({
    form,
    organisationCertificateId: 'org-cert',
    password: TEST_PASSWORD,
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, { actor: systemActor('seed'), requestId: 'seed' });
    const A = await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT' });
    const B = await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP' });
    const C = await makeAgency(t.db, { name: 'Sở Tài chính', abbreviation: 'STC' });
    const accounts = [
      ['specA', A.id, 'specialist'],
      ['leadA', A.id, 'leader'],
      ['clerkA', A.id, 'clerk'],
      ['clerkB', B.id, 'clerk'],
      ['clerkC', C.id, 'clerk'],
    ] as const;
    for (const [username, agencyId, role] of accounts) {
      await makeOfficial(t.db, { agencyId, roles: [role], username: username.toLowerCase() });
    }
    const deps = createDocumentDeps({ db: t.db, storage: new MemoryStorage(), signer });
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
      kind: 'administrative',
      typeCode: 'KH',
      subject: 'Kế hoạch chuyển đổi số năm nay',
      recipients: [{ agencyId: B.id, name: B.name }],
      pdfBase64: (await samplePdf('Kế hoạch chuyển đổi số')).toString('base64'),
    });
    expect(created.statusCode).toBe(201);
    docId = created.json().id;
    const steps: [string, string, Record<string, unknown>][] = [
      ['specA', 'submit', {}],
      ['leadA', 'sign', { certificateId: 'leader-cert', position: 'Giám đốc Sở', password: TEST_PASSWORD }],
    ];
    let version = created.json().version as number;
    for (const [who, action, body] of steps) {
      const res = await call(who, 'POST', `/api/documents/${docId}/${action}`, body, {
        'if-match': `"${version}"`,
      });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      version = res.json().version;
    }
    // Not issued yet: nothing to copy.
    expect((await call('clerkA', 'POST', `/api/documents/${docId}/copies`, copyBody('SY'))).statusCode).toBe(
      409,
    );
    const issued = await call(
      'clerkA',
      'POST',
      `/api/documents/${docId}/issue`,
      { organisationCertificateId: 'org-cert', password: TEST_PASSWORD },
      { 'if-match': `"${version}"` },
    );
    expect(issued.statusCode).toBe(200);
    expect(issued.json().numberSymbol).toBe('01/KH-STTTT');
    incomingForB = (await call('clerkB', 'GET', '/api/incoming-documents')).json().items[0].id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('the clerk makes a "sao y" copy: own number, copy block page, organisation signature', async () => {
    const res = await call(
      'clerkA',
      'POST',
      `/api/documents/${docId}/copies`,
      copyBody('SY', { recipients: ['Văn phòng UBND tỉnh'] }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json();
    expect(copy).toMatchObject({
      form: 'SY',
      number: 1,
      year: YEAR,
      numberSymbol: '01/SY-STTTT',
      sourceNumberSymbol: '01/KH-STTTT',
      outgoingId: docId,
      incomingId: null,
      recipients: ['Văn phòng UBND tỉnh'],
    });
    firstCopy = copy.id;
    const file = await call('clerkA', 'GET', `/api/document-copies/${copy.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    const bytes = file.rawPayload;
    const check = await signer.verifyPdf(bytes);
    expect(check.result).toBe('PASSED');
    expect(check.signatures).toEqual([
      expect.objectContaining({ kind: 'organisation', signerName: 'Sở Thông tin và Truyền thông' }),
    ]);
    const pages = (await PDFDocument.load(bytes, { ignoreEncryption: true })).getPageCount();
    expect(pages).toBe(2);
    const sl = await call('clerkA', 'POST', `/api/documents/${docId}/copies`, copyBody('SL'));
    expect(sl.statusCode).toBe(201);
    expect(sl.json().numberSymbol).toBe('02/SL-STTTT');
    const list = await call('clerkA', 'GET', `/api/documents/${docId}/copies`);
    expect(list.json().items.map((c: { numberSymbol: string }) => c.numberSymbol)).toEqual([
      '02/SL-STTTT',
      '01/SY-STTTT',
    ]);
  });

  it('an extract needs the part copied; a wrong password is refused', async () => {
    expect((await call('clerkA', 'POST', `/api/documents/${docId}/copies`, copyBody('TS'))).statusCode).toBe(
      400,
    );
    const wrong = await call(
      'clerkA',
      'POST',
      `/api/documents/${docId}/copies`,
      copyBody('SY', { password: 'sai-mat-khau-123' }),
    );
    expect(wrong.statusCode).toBe(401);
  });

  it('a specialist cannot copy; another agency can neither copy nor see the copies', async () => {
    expect((await call('specA', 'POST', `/api/documents/${docId}/copies`, copyBody('SY'))).statusCode).toBe(
      403,
    );
    expect((await call('clerkC', 'POST', `/api/documents/${docId}/copies`, copyBody('SY'))).statusCode).toBe(
      404,
    );
    expect((await call('clerkC', 'GET', `/api/documents/${docId}/copies`)).statusCode).toBe(404);
    expect((await call('clerkC', 'GET', `/api/document-copies/${firstCopy}/file`)).statusCode).toBe(404);
    // The recipient neither sees the issuer's copies nor reaches them through its incoming row.
    expect((await call('clerkB', 'GET', `/api/documents/${docId}/copies`)).statusCode).toBe(404);
    expect((await call('clerkB', 'GET', `/api/document-copies/${firstCopy}/file`)).statusCode).toBe(404);
    expect(
      (await call('clerkB', 'GET', `/api/incoming-documents/${incomingForB}/copies`)).json().items,
    ).toEqual([]);
    expect(
      (await call('clerkC', 'POST', `/api/incoming-documents/${incomingForB}/copies`, copyBody('SY')))
        .statusCode,
    ).toBe(404);
  });

  it('the recipient copies its incoming document once registered, in its own copy register', async () => {
    expect(
      (await call('clerkB', 'POST', `/api/incoming-documents/${incomingForB}/copies`, copyBody('SY')))
        .statusCode,
    ).toBe(409);
    const reg = await call('clerkB', 'POST', `/api/incoming-documents/${incomingForB}/register`, undefined, {
      'if-match': '"1"',
    });
    expect(reg.statusCode).toBe(200);
    const res = await call(
      'clerkB',
      'POST',
      `/api/incoming-documents/${incomingForB}/copies`,
      copyBody('TS', { excerpt: 'Mục II: nhiệm vụ và giải pháp' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      numberSymbol: '01/TS-STP',
      incomingId: incomingForB,
      excerpt: 'Mục II: nhiệm vụ và giải pháp',
    });
    expect((await call('clerkA', 'GET', `/api/incoming-documents/${incomingForB}/copies`)).statusCode).toBe(
      404,
    );
    expect((await call('clerkA', 'GET', `/api/document-copies/${res.json().id}/file`)).statusCode).toBe(404);
  });

  it('downloads are named by what the file is now: a draft "du-thao.pdf", the issued document, its incoming copy and its copy by number and symbol, the register by its title (issue 9)', async () => {
    const disposition = async (who: string, url: string) => {
      const res = await call(who, 'GET', url);
      expect(res.statusCode, res.body).toBe(200);
      return res.headers['content-disposition'];
    };
    const draft = await call('specA', 'POST', '/api/documents', {
      kind: 'administrative',
      typeCode: 'KH',
      subject: 'Kế hoạch chưa ban hành',
      recipients: [],
      pdfBase64: (await samplePdf('Dự thảo')).toString('base64'),
    });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().file.name).toBe('du-thao.pdf');
    expect(await disposition('specA', `/api/documents/${draft.json().id}/file`)).toBe(
      `attachment; filename="du-thao.pdf"; filename*=UTF-8''du-thao.pdf`,
    );
    expect((await call('clerkA', 'GET', `/api/documents/${docId}`)).json().file.name).toBe('01-KH-STTTT.pdf');
    expect(await disposition('clerkA', `/api/documents/${docId}/file`)).toBe(
      `attachment; filename="01-KH-STTTT.pdf"; filename*=UTF-8''01-KH-STTTT.pdf`,
    );
    expect(await disposition('clerkB', `/api/incoming-documents/${incomingForB}/file`)).toBe(
      `attachment; filename="01-KH-STTTT.pdf"; filename*=UTF-8''01-KH-STTTT.pdf`,
    );
    expect(await disposition('clerkA', `/api/document-copies/${firstCopy}/file`)).toBe(
      `attachment; filename="ban-sao-01-SY-STTTT.pdf"; filename*=UTF-8''ban-sao-01-SY-STTTT.pdf`,
    );
    const regs = await call('clerkA', 'GET', `/api/document-registers?year=${YEAR}`);
    const outgoing = regs.json().items.find((r: { direction: string }) => r.direction === 'outgoing');
    expect(await disposition('clerkA', `/api/document-registers/${outgoing.id}/pdf`)).toBe(
      `inline; filename="So-dang-ky-van-ban-di-${YEAR}.pdf"; filename*=UTF-8''${encodeURIComponent(`Sổ đăng ký văn bản đi ${YEAR}.pdf`)}`,
    );
  });

  it('prints the copy register; a recalled document cannot be copied any more, the recipient sees why', async () => {
    const regs = await call('clerkA', 'GET', `/api/document-registers?year=${YEAR}`);
    const copyRegister = regs.json().items.find((r: { direction: string }) => r.direction === 'copy');
    expect(copyRegister).toMatchObject({ lastNumber: 2, name: `Sổ quản lý bản sao văn bản năm ${YEAR}` });
    const pdf = await call('clerkA', 'GET', `/api/document-registers/${copyRegister.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = (await call('clerkA', 'GET', `/api/documents/${docId}`)).json();
    const recalled = await call(
      'clerkA',
      'POST',
      `/api/documents/${docId}/recall`,
      { reason: 'Ban hành nhầm đối tượng' },
      { 'if-match': `"${doc.version}"` },
    );
    expect(recalled.statusCode).toBe(200);
    expect((await call('clerkA', 'POST', `/api/documents/${docId}/copies`, copyBody('SY'))).statusCode).toBe(
      409,
    );
    // The recipient sees why: its copy was cancelled (15) with the sender's reason.
    const atB = (await call('clerkB', 'GET', `/api/incoming-documents/${incomingForB}`)).json();
    expect(atB).toMatchObject({ status: 'cancelled', recallReason: 'Ban hành nhầm đối tượng' });
    expect(atB.recallRequestedAt).toBe(atB.cancelledAt);
  });
});
