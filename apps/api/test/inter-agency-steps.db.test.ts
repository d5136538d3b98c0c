import { seedCalendar } from '@openprovince/calendar';
import { queryRows, sql } from '@openprovince/db';
import { makeAgency, makeOfficial, sessionCookieFrom, TEST_PASSWORD } from '@openprovince/identity/testing';
import { type HttpApp, systemActor } from '@openprovince/platform';
import { systemNow } from '@openprovince/platform/time';
import { createProcedure, createServicesDeps } from '@openprovince/services';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { composePlatform } from '../src/modules.ts';

/**
 * The catalogue's internal steps reach the dossiers (through the composition root's procedure-catalogue
 * adapter): a procedure with an inter-agency (liên thông) step at Sở Tư pháp puts the dossier, once that
 * step opens, in the Sở Tư pháp specialist's to-do queue, and only there may it be completed.
 */
describe('inter-agency steps from the catalogue', () => {
  let t: TestDatabase;
  let app: HttpApp;
  const cookies: Record<string, string> = {};
  let procedureId: string;
  let plainProcedureId: string;
  let justiceId: string;
  const ctx = { actor: systemActor('test'), requestId: 'steps-test' };
  const now = () => new Date('2021-03-01T02:00:00Z'); // 09:00 Monday 01/03/2021 in Trà Vinh

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, ctx);
    const dic = await makeAgency(t.db, {
      name: 'Sở Thông tin và Truyền thông',
      abbreviation: 'STTTT',
      code: '000.00.11.H59',
    });
    const justice = await makeAgency(t.db, {
      name: 'Sở Tư pháp',
      abbreviation: 'STP',
      code: '000.00.12.H59',
    });
    justiceId = justice.id;
    await makeOfficial(t.db, { agencyId: dic.id, username: 'motcua', roles: ['one_stop_officer'] });
    await makeOfficial(t.db, { agencyId: dic.id, username: 'chuyenvien', roles: ['specialist'] });
    await makeOfficial(t.db, { agencyId: dic.id, username: 'lanhdao', roles: ['leader'] });
    await makeOfficial(t.db, { agencyId: justice.id, username: 'chuyenvien.stp', roles: ['specialist'] });
    const [field] = await queryRows<{ id: string }>(
      t.db,
      sql`insert into services.fields (code, name) values ('BCVT', 'Bưu chính') returning id`,
    );
    const base = {
      fieldId: field!.id,
      agencyId: dic.id,
      implementingLevel: 'province' as const,
      timeLimit: { amount: 10, unit: 'working_days' as const },
      resultType: 'licence' as const,
      resultName: 'Giấy phép bưu chính',
      legalBasis: 'Luật Bưu chính 2010; Nghị định 47/2011/NĐ-CP',
      serviceLevel: { scheme: 'decree43' as const, level: '3' as const, effectiveFrom: '2021-01-01' },
      validFrom: '2021-01-01',
    };
    procedureId = (
      await createProcedure(createServicesDeps({ db: t.db, now: systemNow }), ctx, {
        ...base,
        nationalCode: '1.004998',
        name: 'Cấp giấy phép bưu chính (liên thông lý lịch tư pháp)',
        steps: [
          { key: 'tham-dinh', name: 'Thẩm định hồ sơ', role: 'specialist', hours: 16 },
          {
            key: 'xac-minh-stp',
            name: 'Xác minh lý lịch tư pháp',
            role: 'specialist',
            hours: 24,
            agencyId: justice.id,
          },
          { key: 'phe-duyet', name: 'Phê duyệt kết quả', role: 'leader', hours: 8 },
        ],
      })
    ).id;
    plainProcedureId = (
      await createProcedure(createServicesDeps({ db: t.db, now: systemNow }), ctx, {
        ...base,
        nationalCode: '1.004997',
        name: 'Cấp lại giấy phép bưu chính',
      })
    ).id;
    const config = testConfig();
    const platform = composePlatform({ db: t.db, config, now });
    app = await buildApp({ db: t.db, config, platform, now });
    for (const username of ['motcua', 'chuyenvien', 'lanhdao', 'chuyenvien.stp']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      cookies[username] = sessionCookieFrom(res);
    }
    const registered = await app.inject({
      method: 'POST',
      url: '/api/citizens',
      payload: {
        personalId: '084201000998',
        fullName: 'Kim Thị Sa Phia',
        phone: '0912345670',
        password: 'Mật-khẩu-dân-2021',
      },
    });
    expect(registered.statusCode, registered.body).toBeLessThan(300);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { personalId: '084201000998', password: 'Mật-khẩu-dân-2021' },
    });
    expect(login.statusCode, login.body).toBe(200);
    cookies.citizen = sessionCookieFrom(login);
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  const act = async (as: string, id: string, action: string, version: number, status = 200) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/dossiers/${id}/transitions`,
      headers: { cookie: cookies[as]!, 'if-match': `"${version}"` },
      payload: { action },
    });
    expect(res.statusCode, `${as} ${action}: ${res.body}`).toBe(status);
    return res.json();
  };
  const todo = async (as: string) => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/dossiers?queue=todo',
      headers: { cookie: cookies[as]! },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.map((d: { id: string }) => d.id) as string[];
  };
  const submit = async (id: string, key: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { cookie: cookies.citizen!, 'idempotency-key': key },
      payload: { procedureId: id, applicant: { name: 'Kim Thị Sa Phia', phone: '0912345670' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('submitted, accepted, forwarded: the liên thông step at Sở Tư pháp is in its specialist’s to-do queue', async () => {
    let d = await submit(procedureId, 'steps-2021-03-01-0001');
    expect(d.state).toBe('submitted');
    expect(d.steps.map((s: { key: string }) => s.key)).toEqual(['tham-dinh', 'xac-minh-stp', 'phe-duyet']);
    d = await act('motcua', d.id, 'accept', d.version);
    d = await act('motcua', d.id, 'forward', d.version);
    expect(d.currentStep).toMatchObject({ key: 'tham-dinh' });
    expect(await todo('chuyenvien.stp')).not.toContain(d.id);
    d = await act('chuyenvien', d.id, 'process', d.version);
    expect(d.currentStep).toMatchObject({ key: 'xac-minh-stp', agencyId: justiceId });
    expect(await todo('chuyenvien.stp')).toContain(d.id);
    // The receiving agency's specialist does not own the inter-agency step.
    await act('chuyenvien', d.id, 'process', d.version, 403);
    d = await act('chuyenvien.stp', d.id, 'process', d.version);
    expect(d.currentStep).toMatchObject({ key: 'phe-duyet' });
    expect(await todo('chuyenvien.stp')).not.toContain(d.id);
    d = await act('lanhdao', d.id, 'approve', d.version);
    expect(d.state).toBe('processed');
  });

  it('a procedure without steps keeps the default two steps', async () => {
    const d = await submit(plainProcedureId, 'steps-2021-03-01-0002');
    expect(d.steps.map((s: { key: string }) => s.key)).toEqual(['review', 'approve']);
  });
});
