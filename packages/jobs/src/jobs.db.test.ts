import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, jobCounts, listJobs, runDueJobs } from './repositories/jobs.repository.ts';

describe('jobs on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.destroy());

  it('exists only if the transaction that enqueued it committed', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await enqueueJob(tx, { queue: 'test.rollback', payload: { n: 1 } });
        throw new Error('change failed');
      }),
    ).rejects.toThrow();
    await t.db.transaction(async (tx) => enqueueJob(tx, { queue: 'test.rollback', payload: { n: 2 } }));
    const rows = await listJobs(t.db, { queue: 'test.rollback' });
    expect(rows.map((r) => r.payload)).toEqual([{ n: 2 }]);
  });

  it('runs each due job once, in order', async () => {
    for (let n = 1; n <= 5; n++) await enqueueJob(t.db, { queue: 'test.order', payload: { n } });
    const seen: number[] = [];
    const report = await runDueJobs(t.db, {
      handlers: { 'test.order': async (p) => void seen.push(p.n as number) },
    });
    expect(report).toEqual({ done: 5, retried: 0, failed: 0 });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect((await runDueJobs(t.db, { handlers: { 'test.order': async () => void seen.push(0) } })).done).toBe(
      0,
    );
  });

  it('never enqueues the same dedupe key twice', async () => {
    expect(
      await enqueueJob(t.db, { queue: 'test.dedupe', payload: {}, dedupeKey: 'sms:HS-1:accepted' }),
    ).toBe(true);
    expect(
      await enqueueJob(t.db, { queue: 'test.dedupe', payload: {}, dedupeKey: 'sms:HS-1:accepted' }),
    ).toBe(false);
    expect(await jobCounts(t.db, 'test.dedupe')).toEqual({ pending: 1 });
  });

  it('retries a failing job with growing delays, then marks it failed', async () => {
    await enqueueJob(t.db, { queue: 'test.flaky', payload: {}, maxAttempts: 3 });
    let now = new Date();
    const handlers = {
      'test.flaky': async () => {
        throw new Error('SMTP 451 try again later');
      },
    };
    expect(await runDueJobs(t.db, { handlers, now })).toMatchObject({ retried: 1 });
    // not due yet
    expect(await runDueJobs(t.db, { handlers, now })).toMatchObject({ retried: 0, failed: 0 });
    now = new Date(now.getTime() + 11_000);
    expect(await runDueJobs(t.db, { handlers, now })).toMatchObject({ retried: 1 });
    now = new Date(now.getTime() + 21_000);
    expect(await runDueJobs(t.db, { handlers, now })).toMatchObject({ failed: 1 });
    const [job] = await listJobs(t.db, { queue: 'test.flaky' });
    expect(job).toMatchObject({ status: 'failed', attempts: 3, lastError: 'SMTP 451 try again later' });
  });

  it('takes back a job whose worker died while running it', async () => {
    await enqueueJob(t.db, { queue: 'test.crash', payload: {} });
    const crashAt = new Date();
    // a worker claims it and dies (its handler never returns)
    void runDueJobs(t.db, { handlers: { 'test.crash': () => new Promise(() => {}) }, now: crashAt });
    await new Promise((r) => setTimeout(r, 200));
    const later = new Date(crashAt.getTime() + 11 * 60_000);
    const report = await runDueJobs(t.db, { handlers: { 'test.crash': async () => {} }, now: later });
    expect(report.done).toBe(1);
  });
});
