import { DEMO_TOTP_SECRET, totpAt } from '@openprovince/identity';
import {
  actorFor,
  buildIdentityTestApp,
  makeAgency,
  makeOfficial,
  sessionCookieFrom,
  TEST_PASSWORD,
} from '@openprovince/identity/testing';
import { type HttpApp, type RequestContext, systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES_GRANTS, type TCreateProcedureBody, type TProcedure } from './contracts/index.ts';
import { servicesRoutes } from './routes/procedure.routes.ts';
import { seedServicesDemo } from './seed/demo.ts';
import { createProcedure } from './use-cases/create-procedure.ts';
import { listFields } from './use-cases/list-fields.ts';
import { setServiceLevel } from './use-cases/set-service-level.ts';
import { updateProcedure } from './use-cases/update-procedure.ts';

/**
 * Authorization: the catalogue is public to read; province administrators (system_admin) edit all of it;
 * an agency's administrator edits only the procedures of their own agency. Another agency's procedure is
 * hidden from their edits (404), assigning a procedure to another agency is refused (403), and citizens
 * and anonymous callers cannot edit at all (403 / 401).
 */
describe('authorization: procedure catalogue scoped by agency', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let procedureA: TProcedure;
  let procedureB: TProcedure;
  let agencyA: string;
  let agencyB: string;
  let adminA: RequestContext;
  let cookieAdminA: string;
  let cookieCitizen: string;

  const body = (agencyId: string, nationalCode: string, fieldId: string): TCreateProcedureBody => ({
    nationalCode,
    name: 'Cấp văn bản xác nhận thông báo hoạt động bưu chính',
    fieldId,
    agencyId,
    implementingLevel: 'province',
    timeLimit: { amount: 7, unit: 'working_days' },
    resultType: 'attestation',
    resultName: 'Văn bản xác nhận',
    legalBasis: 'Luật Bưu chính số 49/2010/QH12',
    serviceLevel: { scheme: 'decree42', level: 'full', effectiveFrom: '2024-01-01' },
    validFrom: '2024-01-01',
  });

  beforeAll(async () => {
    t = await createTestDatabase();
    const system: RequestContext = { actor: systemActor('test'), requestId: 'seed' };
    agencyA = (await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT' })).id;
    agencyB = (await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP' })).id;
    // Fields come with the demo catalogue (fields have no editing use case yet).
    const keys = [
      'ubnd-tinh',
      'stttt',
      'stp',
      'skhdt',
      'stnmt',
      'sxd',
      'sgddt',
      'syt',
      'sldtbxh',
      'svhttdl',
      'snn',
    ];
    const more = ['sgtvt', 'sct', 'stc', 'snv', 'skhcn', 'sngv', 'ttt', 'bdt', 'bqlkkt'];
    const map: Record<string, string> = {};
    for (const k of [...keys, ...more]) map[k] = k === 'stp' ? agencyB : agencyA;
    for (let i = 0; i < 9; i++) map[`ubnd-huyen-${842 + i}`] = agencyA;
    for (let i = 0; i < 106; i++) map[`ubnd-xa-${29200 + i}`] = agencyA;
    await seedServicesDemo(t.db, system, { agencyIdByKey: map });
    const fieldId = (await listFields(t.db, system)).items[0]!.id;
    procedureA = await createProcedure(t.db, system, body(agencyA, '1.888001', fieldId));
    procedureB = await createProcedure(t.db, system, body(agencyB, '1.888002', fieldId));

    const official = await makeOfficial(t.db, {
      agencyId: agencyA,
      roles: ['agency_admin'],
      username: 'quantri.stttt',
      totpSecret: DEMO_TOTP_SECRET,
    });
    adminA = { actor: actorFor(official, [SERVICES_GRANTS]), requestId: 'a' };
    app = await buildIdentityTestApp(t.db, { grants: [SERVICES_GRANTS], routes: [servicesRoutes(t.db)] });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: {
        username: 'quantri.stttt',
        password: TEST_PASSWORD,
        totp: totpAt(DEMO_TOTP_SECRET, new Date()),
      },
    });
    expect(login.statusCode).toBe(200);
    cookieAdminA = sessionCookieFrom(login);
    const registered = await app.inject({
      method: 'POST',
      url: '/api/citizens',
      payload: {
        personalId: '084201000999',
        fullName: 'Thạch Thị Sa Rây',
        phone: '0912345678',
        password: 'Mật-khẩu-dân-2021',
      },
    });
    expect(registered.statusCode).toBeLessThan(300);
    const citizenLogin = await app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { personalId: '084201000999', password: 'Mật-khẩu-dân-2021' },
    });
    expect(citizenLogin.statusCode).toBe(200);
    cookieCitizen = sessionCookieFrom(citizenLogin);
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it("agency admin of A cannot edit B's procedure: 404, as if it did not exist", async () => {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/procedures/${procedureB.id}`,
      headers: { cookie: cookieAdminA, 'if-match': '"1"' },
      payload: { name: 'Sửa trộm thủ tục của cơ quan khác' },
    });
    expect(res.statusCode).toBe(404);
    const level = await app.inject({
      method: 'PUT',
      url: `/api/procedures/${procedureB.id}/service-levels`,
      headers: { cookie: cookieAdminA, 'if-match': '"1"' },
      payload: { scheme: 'decree42', level: 'partial', effectiveFrom: '2025-01-01' },
    });
    expect(level.statusCode).toBe(404);
    await expect(
      setServiceLevel(t.db, adminA, {
        id: procedureB.id,
        expectedVersion: 1,
        change: { scheme: 'decree42', level: 'partial', effectiveFrom: '2025-01-01' },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Reading stays public: the catalogue is published information.
    expect((await app.inject({ method: 'GET', url: `/api/procedures/${procedureB.id}` })).statusCode).toBe(
      200,
    );
  });

  it("agency admin of A edits A's own procedure, but cannot hand it to B or create one for B (403)", async () => {
    const ok = await app.inject({
      method: 'PATCH',
      url: `/api/procedures/${procedureA.id}`,
      headers: { cookie: cookieAdminA, 'if-match': '"1"' },
      payload: { timeLimit: { amount: 5, unit: 'working_days' } },
    });
    expect(ok.statusCode).toBe(200);
    await expect(
      updateProcedure(t.db, adminA, {
        id: procedureA.id,
        expectedVersion: 2,
        changes: { agencyId: agencyB },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const create = await app.inject({
      method: 'POST',
      url: '/api/procedures',
      headers: { cookie: cookieAdminA },
      payload: { ...body(agencyB, '1.888003', procedureA.fieldId) },
    });
    expect(create.statusCode).toBe(403);
    const own = await app.inject({
      method: 'POST',
      url: '/api/procedures',
      headers: { cookie: cookieAdminA },
      payload: { ...body(agencyA, '1.888004', procedureA.fieldId) },
    });
    expect(own.statusCode).toBe(201);
  });

  it('citizens (403) and anonymous callers (401) cannot create or edit procedures', async () => {
    const payload = body(agencyA, '1.888005', procedureA.fieldId);
    expect((await app.inject({ method: 'POST', url: '/api/procedures', payload })).statusCode).toBe(401);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/procedures',
          headers: { cookie: cookieCitizen },
          payload,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          method: 'PATCH',
          url: `/api/procedures/${procedureA.id}`,
          headers: { cookie: cookieCitizen, 'if-match': '"2"' },
          payload: { name: 'Công dân sửa thủ tục' },
        })
      ).statusCode,
    ).toBe(403);
    await expect(
      createProcedure(
        t.db,
        { actor: { kind: 'citizen', citizenId: 'c', fullName: 'Dân' }, requestId: 'c' },
        payload,
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createProcedure(t.db, { actor: { kind: 'anonymous' }, requestId: 'x' }, payload),
    ).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('an official without a catalogue role (specialist) is refused: 403', async () => {
    const specialist = await makeOfficial(t.db, { agencyId: agencyA, roles: ['specialist'] });
    await expect(
      updateProcedure(
        t.db,
        { actor: actorFor(specialist, [SERVICES_GRANTS]), requestId: 's' },
        {
          id: procedureA.id,
          expectedVersion: 2,
          changes: { name: 'Chuyên viên sửa thủ tục' },
        },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
