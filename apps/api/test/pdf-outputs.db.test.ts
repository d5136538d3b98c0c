import { seedCalendar } from '@openprovince/calendar';
import { queryRows, sql } from '@openprovince/db';
import { submitDossier } from '@openprovince/dossiers';
import { makeAgency, makeOfficial, sessionCookieFrom, TEST_PASSWORD } from '@openprovince/identity/testing';
import { seedPaymentsDemo } from '@openprovince/payments';
import { extendToLt, pkiApi, seedPkiDemo } from '@openprovince/pki';
import { type HttpApp, systemActor } from '@openprovince/platform';
import { systemNow } from '@openprovince/platform/time';
import { createProcedure, createServicesDeps } from '@openprovince/services';
import {
  createTestDatabase,
  inspectPdf,
  pdfToolProblems,
  requirePdfTools,
  type TestDatabase,
} from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { composePlatform, type Platform } from '../src/modules.ts';

/**
 * Issue 9: every PDF the platform produces — the one-stop slips (receipt, control, supplement, refusal,
 * apology, payment notice), documents drafted from the template, signed by the leader, issued by the clerk,
 * received by the recipient, copied, the registers and the B-LT archive file — is judged by the tools people
 * use: `qpdf --check` finds nothing, poppler's `pdfinfo` opens it with its pages and `pdftotext` reads its
 * text. Real composition: the PKI signs with the province CA, the documents module renders its templates.
 */
describe('every PDF the platform produces opens in qpdf, pdfinfo and pdftotext', () => {
  const tools = requirePdfTools();
  let t: TestDatabase;
  let app: HttpApp;
  let platform: Platform;
  const cookies: Record<string, string> = {};
  const ctx = { actor: systemActor('test'), requestId: 'pdf-outputs' };
  let procedureId = '';
  let agencyB = '';
  const clock = new Date('2021-03-01T02:00:00Z'); // 09:00 Monday 01/03/2021 in Trà Vinh
  const now = () => clock;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx);
    await seedPaymentsDemo(t.db, ctx);
    const A = await makeAgency(t.db, {
      name: 'Sở Thông tin và Truyền thông',
      abbreviation: 'STTTT',
      code: '000.00.11.H59',
    });
    const B = await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP', code: '000.00.12.H59' });
    agencyB = B.id;
    const officials: Record<string, string> = {};
    for (const [username, agencyId, role] of [
      ['motcua', A.id, 'one_stop_officer'],
      ['chuyenvien', A.id, 'specialist'],
      ['lanhdao.stttt', A.id, 'leader'],
      ['vanthu.stttt', A.id, 'clerk'],
      ['vanthu.stp', B.id, 'clerk'],
    ] as const) {
      officials[username] = (await makeOfficial(t.db, { agencyId, username, roles: [role] })).id;
    }
    const [field] = await queryRows<{ id: string }>(
      t.db,
      sql`insert into services.fields (code, name) values ('BCVT', 'Bưu chính') returning id`,
    );
    procedureId = (
      await createProcedure(createServicesDeps({ db: t.db, now: systemNow }), ctx, {
        nationalCode: '1.004999',
        name: 'Cấp giấy phép bưu chính',
        fieldId: field!.id,
        agencyId: A.id,
        implementingLevel: 'province',
        timeLimit: { amount: 10, unit: 'working_days' },
        resultType: 'licence',
        resultName: 'Giấy phép bưu chính',
        legalBasis: 'Luật Bưu chính 2010',
        fees: [{ name: 'Phí thẩm định cấp giấy phép bưu chính', amountVnd: 1_500_000, note: null }],
        serviceLevel: { scheme: 'decree43', level: '4', effectiveFrom: '2021-01-01' },
        validFrom: '2021-01-01',
      })
    ).id;
    const config = testConfig();
    platform = composePlatform({ db: t.db, config, now });
    await seedPkiDemo(platform.pki, ctx, {
      agencyIdByKey: { stttt: A.id },
      officialIdByUsername: officials,
    });
    app = await buildApp({ db: t.db, config, platform, now });
    for (const username of Object.keys(officials)) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      cookies[username] = sessionCookieFrom(res);
    }
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  const call = async (
    who: string,
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.inject({
      method,
      url,
      headers: { cookie: cookies[who]!, ...headers },
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    return res;
  };

  /** The PDF opens in all three tools, with pages, and shows `texts`. */
  function expectOpens(name: string, pdf: Uint8Array, texts: string[]) {
    expect(Buffer.from(pdf.subarray(0, 5)).toString(), name).toBe('%PDF-');
    if (!tools) return;
    const report = inspectPdf(pdf);
    expect(pdfToolProblems(report), name).toEqual([]);
    expect(report.pdfinfo.pages, name).toBeGreaterThan(0);
    for (const text of texts) expect(report.text, `${name}: "${text}"`).toContain(text);
  }

  it('the one-stop slips: receipt, control, supplement, apology, payment notice, refusal', async () => {
    const slip = async (id: string, kind: string) =>
      (await call('motcua', 'GET', `/api/dossiers/${id}/documents/${kind}.pdf`)).rawPayload;
    const act = async (who: string, d: { id: string; version: number }, body: object) =>
      (
        await call(who, 'POST', `/api/dossiers/${d.id}/transitions`, body, { 'if-match': `"${d.version}"` })
      ).json();

    let d = (
      await call(
        'motcua',
        'POST',
        '/api/dossiers/counter',
        { procedureId, applicant: { name: 'Công ty TNHH Chuyển phát Cửu Long', phone: '0912345678' } },
        { 'idempotency-key': 'pdf-outputs-0001' },
      )
    ).json();
    expectOpens('receipt', await slip(d.id, 'receipt'), [d.code, 'Công ty TNHH Chuyển phát Cửu Long']);
    expectOpens('control', await slip(d.id, 'control'), [d.code]);
    d = await act('motcua', d, { action: 'forward' });
    d = await act('motcua', d, {
      action: 'request_supplement',
      note: 'Thiếu bản sao giấy chứng nhận đăng ký doanh nghiệp',
      items: ['Bản sao giấy chứng nhận đăng ký doanh nghiệp'],
    });
    expectOpens('supplement', await slip(d.id, 'supplement'), [d.code]);
    d = await act('motcua', d, { action: 'resubmit' });
    d = await act('chuyenvien', d, {
      action: 'apologise',
      note: 'Cần thêm thời gian thẩm định thực tế',
      newDueAt: new Date(new Date(d.dueAt).getTime() + 3 * 86_400_000).toISOString(),
    });
    expectOpens('apology', await slip(d.id, 'apology'), [d.code]);
    d = await act('chuyenvien', d, { action: 'request_payment' });
    expectOpens('payment notice', await slip(d.id, 'payment'), [d.code]);

    const online = await submitDossier(
      platform.dossiers,
      {
        actor: {
          kind: 'citizen',
          citizenId: '11111111-1111-4111-8111-111111111111',
          fullName: 'Nguyễn Văn An',
        },
        requestId: 'pdf-outputs-online',
      },
      {
        channel: 'online',
        body: { procedureId, applicant: { name: 'Nguyễn Văn An', phone: '0912345679' } },
        idempotencyKey: 'pdf-outputs-online-0001',
      },
    );
    const refused = await act('motcua', online.dossier, {
      action: 'refuse',
      note: 'Thủ tục không thuộc thẩm quyền của Sở',
    });
    expectOpens('refusal', await slip(refused.id, 'refusal'), [refused.code]);
  }, 180_000);

  it('documents: the template draft, signed by the leader, issued by the clerk, received, copied, the registers, and the B-LT archive file', async () => {
    const file = async (who: string, url: string) => (await call(who, 'GET', url)).rawPayload;
    const mine = async (who: string) => (await call(who, 'GET', '/api/pki/my-certificates')).json();
    const leaderCert = (await mine('lanhdao.stttt')).find((c: { kind: string }) => c.kind === 'personal');
    const orgCert = (await mine('vanthu.stttt')).find((c: { kind: string }) => c.kind === 'organisation');
    expect(leaderCert && orgCert).toBeTruthy();

    let doc = (
      await call('chuyenvien', 'POST', '/api/documents', {
        kind: 'administrative',
        typeCode: 'KH',
        subject: 'Kế hoạch chuyển đổi số năm 2021',
        content: 'Triển khai chuyển đổi số trong các cơ quan nhà nước trên địa bàn tỉnh Trà Vinh.',
        generateFromTemplate: true,
        recipients: [{ agencyId: agencyB, name: 'Sở Tư pháp' }],
      })
    ).json();
    const url = `/api/documents/${doc.id}/file`;
    const step = async (who: string, action: string, body: object = {}) => {
      doc = (
        await call(who, 'POST', `/api/documents/${doc.id}/${action}`, body, {
          'if-match': `"${doc.version}"`,
        })
      ).json();
    };
    const draft = await file('chuyenvien', url);
    expectOpens('draft from the template', draft, ['chuyển đổi số']);
    await step('chuyenvien', 'submit');
    await step('lanhdao.stttt', 'sign', {
      certificateId: leaderCert.id,
      position: 'Giám đốc',
      password: TEST_PASSWORD,
    });
    expectOpens('signed by the leader', await file('lanhdao.stttt', url), ['chuyển đổi số']);
    await step('vanthu.stttt', 'issue', { organisationCertificateId: orgCert.id, password: TEST_PASSWORD });
    expect(doc.numberSymbol).toBe('01/KH-STTTT');
    const issued = await file('vanthu.stttt', url);
    expectOpens('issued', issued, ['chuyển đổi số', 'Sở Thông tin và Truyền thông', 'Thời gian ký']);
    const verified = await pkiApi.verifyPdf(platform.pki, { pdf: issued });
    expect(verified.signatures.map((s) => [s.indication, s.modifiedAfterSigning])).toEqual([
      ['PASSED', false],
      ['PASSED', false],
    ]);
    expect(verified.indication).toBe('PASSED');

    const incoming = (await call('vanthu.stp', 'GET', '/api/incoming-documents')).json().items[0];
    expect(incoming.signatureResult).toBe('PASSED');
    expectOpens(
      'received by the recipient',
      await file('vanthu.stp', `/api/incoming-documents/${incoming.id}/file`),
      ['chuyển đổi số'],
    );

    await call('vanthu.stp', 'POST', `/api/incoming-documents/${incoming.id}/register`, undefined, {
      'if-match': `"${incoming.version}"`,
    });

    const copy = (
      await call('vanthu.stttt', 'POST', `/api/documents/${doc.id}/copies`, {
        form: 'SY',
        organisationCertificateId: orgCert.id,
        password: TEST_PASSWORD,
        recipients: ['Văn phòng UBND tỉnh'],
      })
    ).json();
    const copyPdf = await file('vanthu.stttt', `/api/document-copies/${copy.id}/file`);
    expectOpens('copy (sao y)', copyPdf, ['01/SY-STTTT']);
    expect((await pkiApi.verifyPdf(platform.pki, { pdf: copyPdf })).indication).toBe('PASSED');

    const printed: string[] = [];
    for (const who of ['vanthu.stttt', 'vanthu.stp']) {
      const registers = (await call(who, 'GET', '/api/document-registers?year=2021')).json().items;
      for (const r of registers as { id: string; direction: string }[]) {
        printed.push(r.direction);
        expectOpens(`register ${r.direction}`, await file(who, `/api/document-registers/${r.id}/pdf`), [
          'SỔ',
        ]);
      }
    }
    expect(printed.sort()).toEqual(['copy', 'incoming', 'outgoing']);

    const lt = await extendToLt(platform.pki, ctx, { pdf: issued });
    expectOpens('issued, extended to B-LT', lt.pdf, ['chuyển đổi số']);
    const archived = await pkiApi.verifyPdf(platform.pki, { pdf: lt.pdf, offline: true });
    expect(archived.signatures.map((s) => [s.indication, s.level])).toEqual([
      ['PASSED', 'B-LT'],
      ['PASSED', 'B-LT'],
    ]);
  }, 180_000);
});
