import type { HttpApp } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from './domain/security/totp.ts';
import {
  buildIdentityTestApp,
  makeAgency,
  makeOfficial,
  sessionCookieFrom,
  TEST_PASSWORD,
} from './testing/index.ts';

const SECRET = 'JBSWY3DPEHPK3PXP';

describe('sign-in, sessions, second factor and throttling', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let clock = new Date('2021-02-05T09:40:00Z');
  const now = () => clock;
  const login = (payload: Record<string, unknown>, extra: { ip?: string; cookie?: string } = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload,
      remoteAddress: extra.ip ?? '10.0.0.1',
      ...(extra.cookie ? { headers: { cookie: extra.cookie } } : {}),
    });
  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  beforeAll(async () => {
    t = await createTestDatabase();
    const agency = await makeAgency(t.db, { name: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT' });
    await makeOfficial(t.db, {
      agencyId: agency.id,
      username: 'motcua',
      fullName: 'Nguyễn Thị Mai',
      roles: ['one_stop_officer'],
    });
    await makeOfficial(t.db, { agencyId: agency.id, username: 'victim', roles: ['clerk'] });
    await makeOfficial(t.db, {
      agencyId: agency.id,
      username: 'quantri',
      roles: ['agency_admin'],
      totpSecret: SECRET,
    });
    await makeOfficial(t.db, { agencyId: agency.id, username: 'quantri2', roles: ['system_admin'] });
    app = await buildIdentityTestApp(t.db, { now });
  });
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('signs in, answers who-am-I, and sets an httpOnly SameSite cookie', async () => {
    const res = await login({ username: 'MotCua', password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'official',
      username: 'motcua',
      fullName: 'Nguyễn Thị Mai',
      roles: ['one_stop_officer'],
    });
    const cookie = res.cookies.find((c) => c.name === 'op_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect((await me(sessionCookieFrom(res))).json().username).toBe('motcua');
  });

  it('rotates the session at sign-in: the cookie presented before stops working', async () => {
    const first = sessionCookieFrom(await login({ username: 'motcua', password: TEST_PASSWORD }));
    const second = sessionCookieFrom(
      await login({ username: 'motcua', password: TEST_PASSWORD }, { cookie: first }),
    );
    expect(second).not.toBe(first);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes, and after 10 hours whatever the activity', async () => {
    const cookie = sessionCookieFrom(await login({ username: 'motcua', password: TEST_PASSWORD }));
    clock = new Date(clock.getTime() + 29 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);

    const busy = sessionCookieFrom(await login({ username: 'motcua', password: TEST_PASSWORD }));
    for (let i = 0; i < 25; i++) {
      clock = new Date(clock.getTime() + 25 * 60_000); // active every 25 minutes
      const res = await me(busy);
      if (i < 23) expect(res.statusCode).toBe(200);
    }
    // 25 × 25 min = 10 h 25 min after sign-in
    expect((await me(busy)).statusCode).toBe(401);
  });

  it('signs out: the session is revoked', async () => {
    const cookie = sessionCookieFrom(await login({ username: 'motcua', password: TEST_PASSWORD }));
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('requires a TOTP code from administrators, and refuses a wrong one', async () => {
    const noCode = await login({ username: 'quantri', password: TEST_PASSWORD });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe('SECOND_FACTOR_REQUIRED');
    expect(noCode.cookies.find((c) => c.name === 'op_session')).toBeUndefined();
    const wrong = await login({ username: 'quantri', password: TEST_PASSWORD, totp: '000000' });
    expect(wrong.json().code).toBe('SECOND_FACTOR_INVALID');
    const ok = await login({ username: 'quantri', password: TEST_PASSWORD, totp: totpAt(SECRET, clock) });
    expect(ok.statusCode).toBe(200);
    // An administrator who never enrolled cannot sign in with the password alone.
    const unenrolled = await login({ username: 'quantri2', password: TEST_PASSWORD });
    expect(unenrolled.json().code).toBe('SECOND_FACTOR_REQUIRED');
  });

  it('does not reveal whether a username exists', async () => {
    const unknown = await login({ username: 'khongco', password: 'sai' }, { ip: '10.9.9.9' });
    const wrong = await login({ username: 'motcua', password: 'sai' }, { ip: '10.9.9.8' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().code).toBe(wrong.json().code);
  });

  it('throttles an address after repeated failures with a growing Retry-After, and cannot lock the real user out', async () => {
    const attacker = '203.0.113.7';
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await login({ username: 'victim', password: 'đoán-sai' }, { ip: attacker })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401]);
    const blocked = await login({ username: 'victim', password: TEST_PASSWORD }, { ip: attacker });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('LOGIN_THROTTLED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // The delay grows with each further failure…
    clock = new Date(clock.getTime() + 3_000);
    await login({ username: 'victim', password: 'đoán-sai' }, { ip: attacker });
    const later = await login({ username: 'victim', password: 'đoán-sai' }, { ip: attacker });
    expect(Number(later.headers['retry-after'])).toBeGreaterThan(2);

    // …but the real user, from their own address, signs in at once.
    const real = await login({ username: 'victim', password: TEST_PASSWORD }, { ip: '10.0.0.42' });
    expect(real.statusCode).toBe(200);

    // And the attacker's wait is capped: after 15 minutes the address may try again.
    clock = new Date(clock.getTime() + 15 * 60_000 + 1000);
    const again = await login({ username: 'victim', password: TEST_PASSWORD }, { ip: attacker });
    expect(again.statusCode).toBe(200);
  });

  it('answers bad input with problem+json 400 and wrong content type with 415, never 500', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      title: expect.any(String),
      titleEn: expect.any(String),
    });
    const text = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'username=x',
    });
    expect(text.statusCode).toBe(415);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('MALFORMED_REQUEST');
  });
});
