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
import { CALENDAR_PERMISSIONS } from '../contracts/index.ts';
import { seedCalendar } from '../seed/demo.ts';
import { calendarRoutes } from './calendar.routes.ts';

const AGENCY = '00000000-0000-4000-8000-0000000000a1';
const official = (name: string, permissions: string[]): OfficialActor => ({
  kind: 'official',
  userId: `user-${name}`,
  username: name,
  fullName: name,
  agencyId: AGENCY,
  roles: [],
  permissions: new Set(permissions),
});
const ACTORS: Record<string, Actor> = {
  admin: official('Quản trị', [CALENDAR_PERMISSIONS.manage]),
  officer: official('Một cửa', []),
};

describe('calendar routes', () => {
  let t: TestDatabase;
  let app: HttpApp;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCalendar(t.db, { actor: systemActor('seed'), requestId: 'seed' });
    app = await createHttpApp({
      cookieSecret: 'test-secret-test-secret-test-secret',
      logLevel: 'silent',
      // Tests name the caller in a header; the real resolver reads the session (identity module).
      resolveActor: async (request) => ACTORS[String(request.headers['x-test-actor'])] ?? ANONYMOUS,
    });
    await app.register(calendarRoutes(t.db));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    as?: string,
    payload?: unknown,
    ifMatch?: number,
  ) =>
    app.inject({
      method,
      url,
      headers: { ...(as ? { 'x-test-actor': as } : {}), ...(ifMatch ? { 'if-match': `"${ifMatch}"` } : {}) },
      ...(payload ? { payload } : {}),
    });

  it('GET /api/calendar/years/:year is public', async () => {
    const res = await call('GET', '/api/calendar/years/2021');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2021, status: 'confirmed', version: 1 });
    expect((await call('GET', '/api/calendar/years/2035')).statusCode).toBe(404);
    expect((await call('GET', '/api/calendar/years/abc')).statusCode).toBe(400);
  });

  it('POST /api/calendar/deadline answers the worked example for an official', async () => {
    const body = { start: '2021-02-05T16:40:00+07:00', days: 3 };
    expect((await call('POST', '/api/calendar/deadline', undefined, body)).statusCode).toBe(401);
    const res = await call('POST', '/api/calendar/deadline', 'officer', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dueAt: '2021-02-17T09:40:00.000Z',
      dueAtText: '16:40 17/02/2021',
      effectiveStart: '2021-02-05T09:40:00.000Z',
      amount: { unit: 'days', value: 3 },
      calendarYearsUsed: [{ year: 2021, version: 1, status: 'confirmed' }],
    });
    expect(res.json().explanation).toContain('Tết Âm lịch Tân Sửu');
  });

  it('POST /api/calendar/deadline rejects a request with two units or none, as a problem document', async () => {
    const both = await call('POST', '/api/calendar/deadline', 'officer', {
      start: '2021-02-05T16:40:00+07:00',
      days: 3,
      hours: 2,
    });
    expect(both.statusCode).toBe(400);
    expect(both.headers['content-type']).toMatch(/problem\+json/);
    expect(both.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const none = await call('POST', '/api/calendar/deadline', 'officer', {
      start: '2021-02-05T16:40:00+07:00',
    });
    expect(none.statusCode).toBe(400);
    const noOffset = await call('POST', '/api/calendar/deadline', 'officer', { start: 'yesterday', days: 1 });
    expect(noOffset.statusCode).toBe(400);
  });

  it('authorization: the administrative routes need calendar:manage', async () => {
    expect((await call('POST', '/api/calendar/years/2029/prefill', 'officer', {})).statusCode).toBe(403);
    expect((await call('POST', '/api/calendar/years/2029/prefill', undefined, {})).statusCode).toBe(401);
    expect(
      (
        await call(
          'PUT',
          '/api/calendar/years/2021/days-off/2021-02-18',
          'officer',
          {
            reason: 'x',
            kind: 'holiday',
          },
          1,
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/calendar/years/2021/confirm', 'officer', { version: 1 })).statusCode,
    ).toBe(403);
  });

  it('prefills, edits and confirms a year through HTTP', async () => {
    const prefill = await call('POST', '/api/calendar/years/2029/prefill', 'admin', {});
    expect(prefill.statusCode).toBe(200);
    expect(prefill.json().calendar).toMatchObject({ year: 2029, status: 'draft', version: 1 });
    expect(prefill.json().notes.length).toBeGreaterThan(0);

    const noVersion = await call('PUT', '/api/calendar/years/2029/days-off/2029-12-31', 'admin', {
      reason: 'Nghỉ (ví dụ)',
      kind: 'holiday',
    });
    expect(noVersion.statusCode).toBe(428);
    const put = await call(
      'PUT',
      '/api/calendar/years/2029/days-off/2029-12-31',
      'admin',
      { reason: 'Nghỉ (ví dụ)', kind: 'holiday' },
      1,
    );
    expect(put.statusCode).toBe(200);
    expect(put.json().version).toBe(2);
    const extra = await call(
      'PUT',
      '/api/calendar/years/2029/extra-working-days/2029-12-29',
      'admin',
      { reason: 'Làm bù (ví dụ)', swapsFor: '2029-12-31' },
      2,
    );
    expect(extra.statusCode).toBe(200);
    const removeExtra = await call(
      'DELETE',
      '/api/calendar/years/2029/extra-working-days/2029-12-29',
      'admin',
      undefined,
      3,
    );
    expect(removeExtra.statusCode).toBe(200);
    const del = await call('DELETE', '/api/calendar/years/2029/days-off/2029-12-31', 'admin', undefined, 4);
    expect(del.statusCode).toBe(200);
    expect(del.json().version).toBe(5);
    const stale = await call('POST', '/api/calendar/years/2029/confirm', 'admin', { version: 4 });
    expect(stale.statusCode).toBe(412);
    const confirm = await call('POST', '/api/calendar/years/2029/confirm', 'admin', { version: 5 });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json()).toMatchObject({
      status: 'confirmed',
      confirmedVersion: 5,
      confirmedByName: 'Quản trị',
    });
    const badDate = await call(
      'PUT',
      '/api/calendar/years/2029/days-off/2029-13-01',
      'admin',
      { reason: 'x', kind: 'holiday' },
      5,
    );
    expect(badDate.statusCode).toBe(400);
  });

  it('PUT /api/calendar/office-hours sets the province default (authorization: not for a plain official)', async () => {
    const body = {
      validFrom: '2029-01-01',
      morning: { start: '07:30', end: '11:30' },
      afternoon: { start: '13:00', end: '17:00' },
    };
    expect((await call('PUT', '/api/calendar/office-hours', 'officer', body)).statusCode).toBe(403);
    const res = await call('PUT', '/api/calendar/office-hours', 'admin', body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ agencyId: null, validFrom: '2029-01-01' });
  });
});
