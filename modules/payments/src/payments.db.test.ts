import { listJobs, QUEUES } from '@openprovince/jobs';
import {
  type Actor,
  ANONYMOUS,
  createHttpApp,
  type HttpApp,
  type OfficialActor,
  systemActor,
} from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPaymentProvider,
  localGatewaySimulator,
  signCallback,
} from './adapters/providers/payment-provider.ts';
import { hasValidCrc, parseEmv } from './adapters/vietqr/emv.ts';
import { PAYMENTS_PERMISSIONS, type TPaymentIntent } from './contracts/index.ts';
import type { PaymentDeps } from './deps.ts';
import { paymentRoutes } from './routes/payment.routes.ts';
import { DEMO_COLLECTION_ACCOUNT, seedPaymentsDemo } from './seed/demo.ts';
import { createPaymentIntent } from './use-cases/create-payment-intent.ts';
import { getPaymentIntent } from './use-cases/get-payment-intent.ts';
import { listPayments } from './use-cases/list-payments.ts';
import { receiveCallback } from './use-cases/receive-callback.ts';

const SECRET = 'payments-test-secret-0123456789';
const AGENCY_A = '00000000-0000-4000-8000-0000000000a1';
const AGENCY_B = '00000000-0000-4000-8000-0000000000b2';
const official = (agencyId: string, permissions: string[]): OfficialActor => ({
  kind: 'official',
  userId: `u-${agencyId}-${permissions.length}`,
  username: 'canbo',
  fullName: 'Cán Bộ Một Cửa',
  agencyId,
  roles: [],
  permissions: new Set(permissions),
});
const ACTORS: Record<string, Actor> = {
  officerA: official(AGENCY_A, [PAYMENTS_PERMISSIONS.read]),
  officerB: official(AGENCY_B, [PAYMENTS_PERMISSIONS.read]),
  noRoleA: official(AGENCY_A, []),
  admin: official(AGENCY_B, [PAYMENTS_PERMISSIONS.read, PAYMENTS_PERMISSIONS.readAll]),
  citizen: { kind: 'citizen', citizenId: '00000000-0000-4000-8000-00000000c001', fullName: 'Nguyễn Văn An' },
  otherCitizen: {
    kind: 'citizen',
    citizenId: '00000000-0000-4000-8000-00000000c002',
    fullName: 'Trần Thị Bích',
  },
};
/** The dossiers behind payment references and their applicants' accounts (the payer port's answers). */
const PAYERS: Record<string, string> = {
  'OWNED-A': '00000000-0000-4000-8000-00000000c001',
  'OWNED-SIM': '00000000-0000-4000-8000-00000000c001',
};
const system = { actor: systemActor('dossiers'), requestId: 'test' };
const LINES = [
  { code: 'LP-01', name: 'Lệ phí cấp giấy phép xây dựng', kind: 'charge' as const, amount: 100_000 },
  { name: 'Phí thẩm định', kind: 'fee' as const, amount: 50_000 },
];

describe('payments', () => {
  let t: TestDatabase;
  let deps: PaymentDeps;
  let app: HttpApp;
  const now = new Date('2026-03-10T03:00:00Z');

  const request = (reference: string, agencyId = AGENCY_A) =>
    t.db.transaction((tx) => createPaymentIntent(tx, system, { reference, agencyId, lines: LINES }));
  const callback = (intent: TPaymentIntent, over: { amount?: number; transactionId?: string } = {}) => {
    const body = {
      transactionId: over.transactionId ?? `FT${intent.paymentCode}`,
      paymentCode: intent.paymentCode,
      amount: over.amount ?? intent.amount,
      paidAt: now.toISOString(),
    };
    return { body, signature: signCallback(SECRET, body, now) };
  };
  const post = (cb: { body: unknown; signature: string }) =>
    app.inject({
      method: 'POST',
      url: '/api/payments/callback',
      headers: { 'x-payment-signature': cb.signature },
      payload: cb.body as object,
    });
  const get = (url: string, as?: string) => app.inject({ url, headers: as ? { 'x-test-actor': as } : {} });

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedPaymentsDemo(t.db, { actor: systemActor('seed'), requestId: 'seed' });
    deps = {
      db: t.db,
      provider: localGatewaySimulator({ secret: SECRET }),
      now: () => now,
      payers: { citizenIdFor: async (reference) => PAYERS[reference] ?? null },
    };
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      resolveActor: async (r) => ACTORS[String(r.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(paymentRoutes(deps));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('a payment request carries the fee lines, their sum and a VietQR code for the collection account', async () => {
    const intent = await request('000.00.12.H60-260310-0001');
    expect(intent).toMatchObject({ amount: 150_000, status: 'requested', version: 1, currency: 'VND' });
    expect(intent.lines).toHaveLength(2);
    expect(intent.paymentCode).toMatch(/^DVC[0-9A-Z]{10}$/);
    expect(hasValidCrc(intent.qrPayload)).toBe(true);
    const tags = parseEmv(intent.qrPayload);
    expect(tags.get('54')).toBe('150000');
    expect(parseEmv(tags.get('62')!).get('08')).toBe(intent.paymentCode);
    expect(intent.beneficiary).toEqual(DEMO_COLLECTION_ACCOUNT);
  });

  it('refuses an empty or zero fee list', async () => {
    await expect(
      createPaymentIntent(t.db, system, { reference: 'X', agencyId: AGENCY_A, lines: [] }),
    ).rejects.toMatchObject({ code: 'BUSINESS_RULE_VIOLATED' });
  });

  it('rolls back with the caller’s transaction (requested in the same transaction as the dossier change)', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await createPaymentIntent(tx, system, { reference: 'ROLLBACK-1', agencyId: AGENCY_A, lines: LINES });
        throw new Error('dossier change failed');
      }),
    ).rejects.toThrow();
    expect((await listPayments(t.db, system, { reference: 'ROLLBACK-1' })).total).toBe(0);
  });

  it('a verified callback marks it paid, issues a receipt, audits and enqueues payment-received', async () => {
    const intent = await request('000.00.12.H60-260310-0002');
    const res = await post(callback(intent));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'paid',
      paymentId: intent.id,
      reference: '000.00.12.H60-260310-0002',
      amount: 150_000,
      receiptNumber: expect.stringMatching(/^BL2026-\d{6}$/),
    });
    const paid = await getPaymentIntent(deps, system, { id: intent.id });
    expect(paid).toMatchObject({ status: 'paid', version: 2, receiptNumber: res.json().receiptNumber });
    const jobs = await listJobs(t.db, { queue: QUEUES.paymentReceived });
    expect(jobs.map((j) => j.payload)).toContainEqual({
      reference: '000.00.12.H60-260310-0002',
      paymentId: intent.id,
      amount: 150_000,
      paidAt: now.toISOString(),
      receiptNumber: res.json().receiptNumber,
    });
  });

  it('is idempotent: a replayed callback answers the same 200 and changes nothing', async () => {
    const intent = await request('000.00.12.H60-260310-0003');
    const cb = callback(intent);
    const first = await post(cb);
    const again = await post(cb);
    const third = await receiveCallback(deps, system, cb);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(third).toEqual(first.json());
    expect((await getPaymentIntent(deps, system, { id: intent.id })).version).toBe(2);
    const jobs = await listJobs(t.db, { queue: QUEUES.paymentReceived });
    expect(jobs.filter((j) => j.payload.paymentId === intent.id)).toHaveLength(1);
  });

  it('receipt numbers run in sequence within the year', async () => {
    const a = await post(callback(await request('SEQ-1')));
    const b = await post(callback(await request('SEQ-2')));
    const n = (r: typeof a) => Number(r.json().receiptNumber.slice(-6));
    expect(n(b)).toBe(n(a) + 1);
  });

  it('refuses a changed amount with 422 (first time and on replay), an unknown intent with 404', async () => {
    const intent = await request('000.00.12.H60-260310-0004');
    const wrong = await post(callback(intent, { amount: 100_000 }));
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'BUSINESS_RULE_VIOLATED' });
    expect((await getPaymentIntent(deps, system, { id: intent.id })).status).toBe('requested');
    expect((await post(callback(intent))).statusCode).toBe(200);
    expect((await post(callback(intent, { amount: 150_001 }))).statusCode).toBe(422);
    const unknown = await post(
      callback({ ...intent, paymentCode: 'DVCNOSUCHCODE' }, { transactionId: 'FT-X' }),
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('a second, different transfer for a paid intent is a conflict (to refund), not a second receipt', async () => {
    const intent = await request('000.00.12.H60-260310-0005');
    expect((await post(callback(intent))).statusCode).toBe(200);
    const dup = await post(callback(intent, { transactionId: 'FT-OTHER-TRANSFER' }));
    expect(dup.statusCode).toBe(409);
  });

  it('refuses a forged or stale signature with 401 and a problem document', async () => {
    const intent = await request('000.00.12.H60-260310-0006');
    const cb = callback(intent);
    const forged = await post({ ...cb, signature: signCallback('not-the-secret-at-all!!', cb.body, now) });
    expect(forged.statusCode).toBe(401);
    expect(forged.headers['content-type']).toMatch(/problem\+json/);
    const stale = { ...cb, signature: signCallback(SECRET, cb.body, new Date(now.getTime() - 600_000)) };
    expect((await post(stale)).statusCode).toBe(401);
    expect((await post({ ...cb, signature: '' })).statusCode).toBe(401);
    expect((await getPaymentIntent(deps, system, { id: intent.id })).status).toBe('requested');
  });

  it('the simulator route pays an intent through the same verification', async () => {
    const intent = await request('000.00.12.H60-260310-0007');
    const url = `/api/payments/simulator/${intent.id}/pay`;
    expect((await app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(401);
    const wrong = await app.inject({
      method: 'POST',
      url,
      payload: { amount: 1 },
      headers: { 'x-test-actor': 'officerA' },
    });
    expect(wrong.statusCode).toBe(422);
    const res = await app.inject({
      method: 'POST',
      url,
      payload: {},
      headers: { 'x-test-actor': 'officerA' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'paid', paymentId: intent.id });
  });

  it('the simulator route does not exist when the simulator is off', async () => {
    const other = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      resolveActor: async () => ACTORS.officerA!,
    });
    await other.register(
      paymentRoutes({ db: t.db, provider: createPaymentProvider({ simulator: false, secret: SECRET }) }),
    );
    await other.ready();
    const intent = await request('000.00.12.H60-260310-0008');
    const res = await other.inject({
      method: 'POST',
      url: `/api/payments/simulator/${intent.id}/pay`,
      payload: {},
    });
    expect(res.statusCode).toBe(404);
    await other.close();
  });

  it('authorization: reading payments needs payments:read and is scoped to the agency', async () => {
    const own = await request('SCOPE-A', AGENCY_A);
    const theirs = await request('SCOPE-B', AGENCY_B);
    expect((await get('/api/payments')).statusCode).toBe(401);
    expect((await get('/api/payments', 'noRoleA')).statusCode).toBe(403);
    expect((await get(`/api/payments/${own.id}`, 'noRoleA')).statusCode).toBe(403);
    expect((await get(`/api/payments/${own.id}`, 'officerA')).statusCode).toBe(200);
    expect((await get(`/api/payments/${theirs.id}`, 'officerA')).statusCode).toBe(404);
    const listA = (await get('/api/payments?limit=500', 'officerA')).json();
    expect(listA.items.every((i: TPaymentIntent) => i.agencyId === AGENCY_A)).toBe(true);
    const listAll = (await get('/api/payments?limit=500', 'admin')).json();
    expect(listAll.items.some((i: TPaymentIntent) => i.agencyId === AGENCY_B)).toBe(true);
    expect(listAll.items.some((i: TPaymentIntent) => i.agencyId === AGENCY_A)).toBe(true);
    expect((await get(`/api/payments/${theirs.id}`, 'admin')).statusCode).toBe(200);
  });

  it('authorization: a citizen reads only the payments they owe; others get 404', async () => {
    const owed = await request('OWNED-A', AGENCY_A);
    const counter = await request('COUNTER-A', AGENCY_A);
    expect((await get(`/api/payments/${owed.id}`, 'citizen')).statusCode).toBe(200);
    expect((await get(`/api/payments/${owed.id}`, 'otherCitizen')).statusCode).toBe(404);
    expect((await get(`/api/payments/${counter.id}`, 'citizen')).statusCode).toBe(404);
    expect((await get('/api/payments', 'citizen')).statusCode).toBe(403);
  });

  it('authorization: the simulator pays only a payment the caller may read (as GET): another agency gets 404 and nothing moves', async () => {
    const theirs = await request('000.00.12.H60-260310-0009', AGENCY_B);
    const pay = (id: string, as: string) =>
      app.inject({
        method: 'POST',
        url: `/api/payments/simulator/${id}/pay`,
        payload: {},
        headers: { 'x-test-actor': as },
      });
    // An officer of another agency: the same 404 as reading it; the intent stays unpaid, no job is queued.
    expect((await get(`/api/payments/${theirs.id}`, 'officerA')).statusCode).toBe(404);
    const refused = await pay(theirs.id, 'officerA');
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await pay(theirs.id, 'noRoleA')).statusCode).toBe(404);
    expect((await pay(theirs.id, 'citizen')).statusCode).toBe(404);
    expect((await getPaymentIntent(deps, system, { id: theirs.id })).status).toBe('requested');
    const jobs = await listJobs(t.db, { queue: QUEUES.paymentReceived });
    expect(jobs.some((j) => JSON.stringify(j.payload).includes(theirs.id))).toBe(false);
    // An official of the collecting agency without payments:read: 403, as on GET.
    const ownNoRole = await request('000.00.12.H60-260310-0010', AGENCY_A);
    expect((await pay(ownNoRole.id, 'noRoleA')).statusCode).toBe(403);

    // The citizen who owes it pays it; another citizen cannot.
    const owed = await request('OWNED-SIM', AGENCY_A);
    expect((await pay(owed.id, 'otherCitizen')).statusCode).toBe(404);
    const paid = await pay(owed.id, 'citizen');
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ status: 'paid', paymentId: owed.id });
    // The collecting agency's officer may (the counter pays for an applicant without an account).
    expect((await pay(theirs.id, 'officerB')).statusCode).toBe(200);
  });

  it('authorization: an official requests payments only for their own agency', async () => {
    await expect(
      createPaymentIntent(
        t.db,
        { actor: ACTORS.officerA!, requestId: 'r' },
        { reference: 'X', agencyId: AGENCY_B, lines: LINES },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const ok = await createPaymentIntent(
      t.db,
      { actor: ACTORS.officerA!, requestId: 'r' },
      { reference: 'Y', agencyId: AGENCY_A, lines: LINES },
    );
    expect(ok.status).toBe('requested');
  });
});
