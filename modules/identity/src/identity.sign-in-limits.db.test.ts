import * as argon2 from '@node-rs/argon2';
import { queryRows, sql } from '@openprovince/db';
import type { HttpApp } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { citizens } from './db/schema.ts';
import { hashPassword } from './domain/security/passwords.ts';
import { totpAt } from './domain/security/totp.ts';
import { buildIdentityTestApp, makeAgency, makeOfficial, TEST_PASSWORD } from './testing/index.ts';

// Every argon2 verification is counted: an unknown account must cost the same work as a known one.
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});
const verifications = () => vi.mocked(argon2.verify).mock.calls.length;

const SECRET = 'JBSWY3DPEHPK3PXP';
const OFFICE = '113.161.72.5'; // one public address for a whole department (NAT)

describe('sign-in limits per account and per address', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let clock = new Date('2021-02-05T00:30:00Z'); // 07:30 in Trà Vinh
  const now = () => clock;
  const login = (payload: Record<string, unknown>, ip = OFFICE, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload, remoteAddress: ip, headers });

  beforeAll(async () => {
    t = await createTestDatabase();
    const agency = await makeAgency(t.db, { name: 'Sở Tài chính', abbreviation: 'STC' });
    for (let i = 0; i < 300; i++) {
      await makeOfficial(t.db, { agencyId: agency.id, username: `canbo.stc${i}`, roles: ['specialist'] });
    }
    await makeOfficial(t.db, {
      agencyId: agency.id,
      username: 'quantri.stc',
      roles: ['agency_admin'],
      totpSecret: SECRET,
    });
    app = await buildIdentityTestApp(t.db, { now });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('lets 300 officials behind one address sign in at 7:30, a tenth of them after a typo', async () => {
    const started = Date.now();
    const statuses: number[] = [];
    const signIn = async (i: number) => {
      if (i % 10 === 0)
        statuses.push((await login({ username: `canbo.stc${i}`, password: 'gõ-nhầm-mật-khẩu' })).statusCode);
      statuses.push((await login({ username: `canbo.stc${i}`, password: TEST_PASSWORD })).statusCode);
    };
    for (let i = 0; i < 300; i += 4) await Promise.all([i, i + 1, i + 2, i + 3].map(signIn));
    const seconds = (Date.now() - started) / 1000;
    expect(statuses.filter((s) => s === 200)).toHaveLength(300);
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(0);
    console.info(`300 sign-ins and 30 typos from one address in ${seconds.toFixed(1)} s`);
  }, 180_000);

  it('throttles one hammered account while the others behind the same address sign in', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await login({ username: 'canbo.stc7', password: `đoán-${i}-sai-rồi` })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    const blocked = await login({ username: 'canbo.stc7', password: TEST_PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({
      code: 'LOGIN_THROTTLED',
      detail: expect.stringContaining('Tài khoản này'),
    });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Colleagues in the same office are not held up.
    for (const username of ['canbo.stc8', 'canbo.stc9', 'canbo.stc10']) {
      expect((await login({ username, password: TEST_PASSWORD })).statusCode).toBe(200);
    }
    // The owner, from home, is not locked out by five failures at the office…
    expect((await login({ username: 'canbo.stc7', password: TEST_PASSWORD }, '14.241.0.9')).statusCode).toBe(
      200,
    );
    clock = new Date(clock.getTime() + 16 * 60_000);
  });

  it('slows guessing spread over many addresses: 20 failures on one account from anywhere', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      codes.push(
        (await login({ username: 'canbo.stc11', password: `đoán-${i}-sai` }, `198.51.100.${i + 1}`))
          .statusCode,
      );
    }
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
    clock = new Date(clock.getTime() + 16 * 60_000);
  });

  it('stops one address trying a password on many accounts (spraying) after 100 failures', async () => {
    const sprayer = '203.0.113.99';
    const codes: number[] = [];
    for (let i = 100; i < 201; i++)
      codes.push((await login({ username: `canbo.stc${i}`, password: 'Matkhau@2021' }, sprayer)).statusCode);
    expect(codes.slice(0, 100).every((c) => c === 401)).toBe(true);
    expect(codes[100]).toBe(429);
    const blocked = await login({ username: 'canbo.stc250', password: TEST_PASSWORD }, sprayer);
    expect(blocked.json().detail).toContain('địa chỉ mạng này');
    clock = new Date(clock.getTime() + 16 * 60_000);
  }, 120_000);

  it('accepts an administrator’s TOTP code once: a replayed code is refused', async () => {
    const code = totpAt(SECRET, clock);
    const first = await login({ username: 'quantri.stc', password: TEST_PASSWORD, totp: code });
    expect(first.statusCode).toBe(200);
    const replay = await login(
      { username: 'quantri.stc', password: TEST_PASSWORD, totp: code },
      '14.241.0.10',
    );
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('SECOND_FACTOR_INVALID');
    // An older code (the previous step, still inside the drift window) is refused as well…
    const older = totpAt(SECRET, new Date(clock.getTime() - 30_000));
    expect((await login({ username: 'quantri.stc', password: TEST_PASSWORD, totp: older })).statusCode).toBe(
      401,
    );
    // …and the next one works.
    clock = new Date(clock.getTime() + 30_000);
    const next = await login({
      username: 'quantri.stc',
      password: TEST_PASSWORD,
      totp: totpAt(SECRET, clock),
    });
    expect(next.statusCode).toBe(200);
  });
});

describe('client address behind a proxy (TRUST_PROXY)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    const agency = await makeAgency(t.db);
    await makeOfficial(t.db, { agencyId: agency.id, username: 'sau.proxy' });
  }, 120_000);
  afterAll(async () => t?.destroy());

  /** Six wrong passwords through one reverse proxy (10.0.0.2), each from a different claimed client. */
  async function sixFailuresThroughProxy(trustProxy: false | number): Promise<number[]> {
    const app = await buildIdentityTestApp(t.db, { trustProxy });
    try {
      await t.db.execute(sql`delete from identity.login_throttle`);
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'sau.proxy', password: `sai-${i}-mật-khẩu` },
          remoteAddress: '10.0.0.2',
          headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
        });
        codes.push(res.statusCode);
      }
      return codes;
    } finally {
      await app.close();
    }
  }

  it('ignores X-Forwarded-For without TRUST_PROXY: the caller is the connecting address', async () => {
    expect(await sixFailuresThroughProxy(false)).toEqual([401, 401, 401, 401, 401, 429]);
    const keys = await queryRows<{ key: string }>(
      t.db,
      sql`select key from identity.login_throttle order by key`,
    );
    expect(keys.map((k) => k.key)).toContain('address:10.0.0.2');
    expect(keys.map((k) => k.key).join()).not.toContain('198.51.100');
  });

  it('honours X-Forwarded-For from a trusted proxy: each client is counted on its own address', async () => {
    expect(await sixFailuresThroughProxy(1)).toEqual([401, 401, 401, 401, 401, 401]);
    const keys = await queryRows<{ key: string }>(
      t.db,
      sql`select key from identity.login_throttle order by key`,
    );
    expect(keys.map((k) => k.key)).toContain('address:198.51.100.6');
    expect(keys.map((k) => k.key)).not.toContain('address:10.0.0.2');
  });
});

describe('citizen accounts cannot be enumerated', () => {
  let t: TestDatabase;
  let app: HttpApp;
  let ip = 0;
  const nextIp = () => `100.64.0.${++ip}`;
  const citizenLogin = (personalId: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/citizen-login',
      payload: { personalId, password },
      remoteAddress: nextIp(),
    });
  const register = (personalId: string, password: string, phone = '0911000111') =>
    app.inject({
      method: 'POST',
      url: '/api/citizens',
      payload: { personalId, fullName: 'Thạch Thị Sô Phia', phone, password },
      remoteAddress: nextIp(),
    });

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(citizens).values({
      personalId: '084190000777',
      fullName: 'Kiên Thị Sa Rết',
      phone: '0987000777',
      email: 'sa.ret@example.vn',
      passwordHash: await hashPassword('Mật-khẩu-cũ-của-Sa-Rết'),
    });
    app = await buildIdentityTestApp(t.db);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.destroy();
  });

  it('runs argon2 for an unknown ID number as for a wrong password, and answers alike', async () => {
    // Warm up (the dummy hash is made once per process).
    await citizenLogin('084190009999', 'mật-khẩu-bất-kỳ');
    const timed = async (personalId: string) => {
      const before = verifications();
      const started = process.hrtime.bigint();
      const res = await citizenLogin(personalId, 'mật-khẩu-sai-rồi');
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      return { res, ms, verified: verifications() - before };
    };
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 4; i++) {
      const u = await timed(`08419000${String(8000 + i)}`);
      const k = await timed('084190000777');
      expect(u.verified).toBe(1);
      expect(k.verified).toBe(1);
      expect(u.res.statusCode).toBe(401);
      expect(k.res.json().code).toBe(u.res.json().code);
      unknown.push(u.ms);
      known.push(k.ms);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Loose: the same work on both paths, so neither is several times faster.
    expect(median(unknown)).toBeGreaterThan(median(known) / 3);
  });

  it('answers a registration of an existing ID number as a new one, changes nothing and tells the owner', async () => {
    const fresh = await register('084190000888', 'Cây-dừa-sáp-Cầu-Kè');
    const repeat = await register('084190000777', 'Mật-khẩu-kẻ-khác-đặt');
    expect(fresh.statusCode).toBe(202);
    expect(repeat.statusCode).toBe(202);
    expect(repeat.json()).toEqual(fresh.json());
    expect(fresh.json().message).toContain('Đã nhận đăng ký');

    // The existing account keeps its password; the newcomer can sign in with theirs.
    expect((await citizenLogin('084190000777', 'Mật-khẩu-kẻ-khác-đặt')).statusCode).toBe(401);
    expect((await citizenLogin('084190000777', 'Mật-khẩu-cũ-của-Sa-Rết')).statusCode).toBe(200);
    expect((await citizenLogin('084190000888', 'Cây-dừa-sáp-Cầu-Kè')).statusCode).toBe(200);

    // The owner is told on the phone and e-mail on file (not the ones the registration gave), once a day.
    await register('084190000777', 'Mật-khẩu-kẻ-khác-đặt-2', '0900000000');
    const jobs = await queryRows<{ payload: { channel: string; to: string; template: string } }>(
      t.db,
      sql`select payload from jobs.jobs where queue = 'notifications.send' order by payload->>'channel' desc`,
    );
    expect(jobs.map((j) => [j.payload.channel, j.payload.to, j.payload.template])).toEqual([
      ['sms', '0987000777', 'identity.already-registered'],
      ['email', 'sa.ret@example.vn', 'identity.already-registered'],
    ]);
  });

  it('refuses a common password at registration, next to the password field, in Vietnamese', async () => {
    const res = await register('084190000999', 'matkhau123');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toMatchObject([
      {
        path: '/body/password',
        message: expect.stringContaining('quá phổ biến'),
        messageEn: expect.any(String),
      },
    ]);
  });
});
