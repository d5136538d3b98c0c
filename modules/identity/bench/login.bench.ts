import { type Benchmark, createTestDatabase, figure, opsPerSecond } from '@openprovince/testing';
import { hashPassword, verifyPassword } from '../src/domain/security/passwords.ts';
import { buildIdentityTestApp, makeAgency, makeOfficial, TEST_PASSWORD } from '../src/testing/index.ts';

/**
 * Sign-in throughput. Almost all of a sign-in's cost should be the deliberate argon2id work; the ratio
 * shows how much the rest (HTTP, throttle check, session insert, audit record with its chain lock) adds.
 */
const benchmark: Benchmark = {
  name: 'identity.login',
  description: 'POST /api/auth/login per second vs. bare argon2id verifications per second (same run)',
  async run() {
    const t = await createTestDatabase();
    try {
      const agency = await makeAgency(t.db);
      await makeOfficial(t.db, { agencyId: agency.id, username: 'bench', roles: ['specialist'] });
      const app = await buildIdentityTestApp(t.db);
      const hash = await hashPassword(TEST_PASSWORD);
      const argon = await opsPerSecond(() => verifyPassword(hash, TEST_PASSWORD), { ms: 3000, warmup: 3 });
      let n = 0;
      const login = await opsPerSecond(
        async () => {
          const res = await app.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { username: 'bench', password: TEST_PASSWORD },
            remoteAddress: `10.1.${(n >> 8) & 255}.${n++ & 255}`,
          });
          if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
        },
        { ms: 3000, warmup: 3 },
      );
      await app.close();
      return [
        figure({
          name: 'sign-ins per second (HTTP, embedded PostgreSQL)',
          value: login,
          unit: 'req/s',
          baseline: { name: 'argon2id verifications per second', value: argon, unit: 'ops/s' },
        }),
      ];
    } finally {
      await t.destroy();
    }
  },
};

export default benchmark;
