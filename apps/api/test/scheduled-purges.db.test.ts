import { queryRows, sql } from '@openprovince/db';
import { logIn, logOut } from '@openprovince/identity';
import { makeAgency, makeOfficial, TEST_PASSWORD } from '@openprovince/identity/testing';
import { runDueJobs, runDueSchedules, syncSchedules } from '@openprovince/jobs';
import { newId, systemActor } from '@openprovince/platform';
import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.ts';
import { composePlatform, type Platform } from '../src/modules.ts';

const T0 = new Date('2026-12-07T01:00:00Z');
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);

/**
 * The modules' schedules as the worker runs them (syncSchedules → runDueSchedules → runDueJobs): ended
 * sessions are deleted a day after they ended, by identity's hourly `identity.sessions-purge`.
 */
describe('scheduled purges', () => {
  let t: TestDatabase;
  let platform: Platform;
  let clock = T0;
  const ctx = () => ({ actor: systemActor('test'), requestId: newId(), ip: '10.0.0.9' });
  const sessionsLeft = async () =>
    (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from identity.sessions`))[0]!.n;
  /** One pass of the worker at the current clock. */
  const tick = async () => {
    await runDueSchedules(t.db, { now: clock, workerId: 'test' });
    return runDueJobs(t.db, { handlers: platform.jobHandlers, now: clock, workerId: 'test' });
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    const agency = await makeAgency(t.db, { name: 'Sở Tư pháp', abbreviation: 'STP' });
    await makeOfficial(t.db, { agencyId: agency.id, username: 'motcua', roles: ['one_stop_officer'] });
    platform = composePlatform({ db: t.db, config: testConfig(), now: () => clock });
  });
  afterAll(async () => t?.destroy());

  it('declares the purges of ended sessions and stale drafts, each with its handler', () => {
    const names = platform.schedules.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['identity.sessions-purge', 'dossiers.drafts-purge']));
    for (const s of platform.schedules) expect(platform.jobHandlers[s.queue]).toBeTypeOf('function');
  });

  it('deletes a session a day after it ended, and keeps the others', async () => {
    const signIn = () => logIn(platform.identity, ctx(), { username: 'motcua', password: TEST_PASSWORD });
    await signIn(); // expires at T0 + 10 h (absolute lifetime)
    clock = hours(2);
    const signedOut = await signIn();
    await logOut(platform.identity, ctx(), { token: signedOut.token }); // revoked at T0 + 2 h
    clock = hours(20);
    await signIn(); // live until T0 + 30 h
    await syncSchedules(t.db, { schedules: platform.schedules, now: T0 });
    expect(await sessionsLeft()).toBe(3);

    // Less than a day after either ended: kept for the audit trail.
    expect((await tick()).failed).toBe(0);
    expect(await sessionsLeft()).toBe(3);

    // A day after the sign-out (T0 + 26 h): the next hourly run removes the revoked session only.
    clock = hours(27);
    expect((await tick()).failed).toBe(0);
    expect(await sessionsLeft()).toBe(2);
    // A day after the first expired (T0 + 34 h): removed too; the third (ended at T0 + 30 h) stays.
    clock = hours(35);
    expect((await tick()).failed).toBe(0);
    expect(await sessionsLeft()).toBe(1);
  });
});
