import { seedCalendar } from '@openprovince/calendar';
import { queryRows, sql } from '@openprovince/db';
import { makeAgency, makeOfficial, sessionCookieFrom, TEST_PASSWORD } from '@openprovince/identity/testing';
import { runDueJobs } from '@openprovince/jobs';
import { seedPaymentsDemo } from '@openprovince/payments';
import { type HttpApp, systemActor } from '@openprovince/platform';
import { systemNow } from '@openprovince/platform/time';
import { createProcedure, createServicesDeps } from '@openprovince/services';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { composePlatform, type Platform } from '../src/modules.ts';

/**
 * The one-stop mechanism across modules, as composed by the API: a procedure from the catalogue
 * (services), a dossier (dossiers) whose fee request becomes a VietQR payment (payments) paid through the
 * gateway simulator, the receipt arriving back on the dossier by a job, and the applicant's SMS
 * (notifications) and the national-portal messages (integrations) sent by the worker after commit.
 */
describe('one-stop fees across modules', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let platform: Platform;
  const cookies: Record<string, string> = {};
  let procedureId: string;
  const ctx = { actor: systemActor('test'), requestId: 'fees-test' };
  let clock = new Date('2021-03-01T02:00:00Z'); // 09:00 Monday 01/03/2021 in Trà Vinh
  const now = () => clock;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx);
    await seedPaymentsDemo(t.db, ctx);
    const agency = await makeAgency(t.db, {
      name: 'Sở Thông tin và Truyền thông',
      abbreviation: 'STTTT',
      code: '000.00.11.H59',
    });
    await makeOfficial(t.db, { agencyId: agency.id, username: 'motcua', roles: ['one_stop_officer'] });
    await makeOfficial(t.db, { agencyId: agency.id, username: 'chuyenvien', roles: ['specialist'] });
    await makeOfficial(t.db, { agencyId: agency.id, username: 'lanhdao', roles: ['leader'] });
    const [field] = await queryRows<{ id: string }>(
      t.db,
      sql`insert into services.fields (code, name) values ('BCVT', 'Bưu chính') returning id`,
    );
    const procedure = await createProcedure(createServicesDeps({ db: t.db, now: systemNow }), ctx, {
      nationalCode: '1.004999',
      name: 'Cấp giấy phép bưu chính',
      fieldId: field!.id,
      agencyId: agency.id,
      implementingLevel: 'province',
      timeLimit: { amount: 10, unit: 'working_days' },
      resultType: 'licence',
      resultName: 'Giấy phép bưu chính',
      legalBasis: 'Luật Bưu chính 2010; Nghị định 47/2011/NĐ-CP',
      fees: [{ name: 'Phí thẩm định cấp giấy phép bưu chính', amountVnd: 1_500_000, note: null }],
      serviceLevel: { scheme: 'decree43', level: '4', effectiveFrom: '2021-01-01' },
      validFrom: '2021-01-01',
    });
    procedureId = procedure.id;
    const config = testConfig();
    platform = composePlatform({ db: t.db, config, now });
    app = await buildApp({ db: t.db, config, platform, now });
    for (const username of ['motcua', 'chuyenvien', 'lanhdao']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      cookies[username] = sessionCookieFrom(res);
    }
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  const act = async (as: string, id: string, action: string, version: number) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/dossiers/${id}/transitions`,
      headers: { cookie: cookies[as]!, 'if-match': `"${version}"` },
      payload: { action },
    });
    expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    return res.json();
  };

  it('requests the fee as a VietQR payment, takes the simulated payment and returns the dossier to processing', async () => {
    const received = await app.inject({
      method: 'POST',
      url: '/api/dossiers/counter',
      headers: { cookie: cookies.motcua!, 'idempotency-key': 'counter-2021-03-01-0001' },
      payload: { procedureId, applicant: { name: 'Công ty TNHH Chuyển phát Cửu Long', phone: '0912345678' } },
    });
    expect(received.statusCode, received.body).toBe(201);
    let d = received.json();
    expect(d.state).toBe('accepted');
    d = await act('motcua', d.id, 'forward', d.version);
    clock = new Date(clock.getTime() + 20 * 60_000);
    d = await act('chuyenvien', d.id, 'request_payment', d.version);
    expect(d.state).toBe('payment_requested');
    expect(d.paymentRequest).toMatchObject({ amount: 1_500_000, paymentCode: expect.stringMatching(/^DVC/) });
    // EMVCo payload: VietQR (NAPAS) merchant info, VND, the amount, ends with a CRC
    expect(d.paymentRequest.qrPayload).toMatch(
      /^000201010212.*A000000727.*5303704.*54071500000.*6304[0-9A-F]{4}$/,
    );

    const slip = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}/documents/payment.pdf`,
      headers: { cookie: cookies.motcua! },
    });
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toContain('application/pdf');
    expect(slip.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const paid = await app.inject({
      method: 'POST',
      url: `/api/payments/simulator/${d.paymentRequest.paymentId}/pay`,
      headers: { cookie: cookies.motcua! },
      payload: {},
    });
    expect(paid.statusCode, paid.body).toBe(200);

    // The receipt reaches the dossier through a job, after the payment's transaction committed.
    const report = await runDueJobs(t.db, { handlers: platform.jobHandlers });
    const failures = await queryRows<{ queue: string; last_error: string }>(
      t.db,
      sql`select queue, last_error from jobs.jobs where last_error is not null`,
    );
    expect(failures, JSON.stringify(report)).toEqual([]);
    const after = await app.inject({
      method: 'GET',
      url: `/api/dossiers/${d.id}`,
      headers: { cookie: cookies.motcua! },
    });
    const dossier = after.json();
    expect(dossier.state).toBe('processing');
    expect(dossier.paymentRequest).toBeNull();
    expect(dossier.payments).toEqual([
      expect.objectContaining({ amount: 1_500_000, receiptNumber: expect.stringMatching(/^BL2021-\d{6}$/) }),
    ]);

    // Messages went out after commit: SMS to the applicant, status updates to the national portal.
    await runDueJobs(t.db, { handlers: platform.jobHandlers });
    const sms = await queryRows<{ to_number: string; body: string }>(
      t.db,
      sql`select * from notifications.local_sms order by 1`,
    );
    expect(sms.length).toBeGreaterThanOrEqual(2);
    expect(sms.map((m) => JSON.stringify(m)).join('\n')).toContain(d.code);
    const portal = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from integrations.outbound_messages`,
    );
    expect(portal[0]!.n).toBeGreaterThanOrEqual(4);
  });
});
