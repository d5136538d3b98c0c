import { createTestDatabase, type TestDatabase } from '@openprovince/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineQueue, enqueue, handle } from './queue.ts';
import { listJobs, runDueJobs } from './repositories/jobs.repository.ts';
import { listSchedules, runDueSchedules, syncSchedules } from './repositories/schedules.repository.ts';
import { startJobWorker } from './worker.ts';

const T0 = new Date('2026-12-07T00:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('scheduled jobs on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.destroy());

  it('enqueues each run once even when two instances look at the same moment', async () => {
    await syncSchedules(t.db, {
      schedules: [{ name: 'test.hourly', queue: 'test.hourly', every: { hours: 1 } }],
      now: T0,
    });
    const [a, b] = await Promise.all([
      runDueSchedules(t.db, { now: at(1), workerId: 'a' }),
      runDueSchedules(t.db, { now: at(1), workerId: 'b' }),
    ]);
    expect((a.enqueued['test.hourly'] ?? 0) + (b.enqueued['test.hourly'] ?? 0)).toBe(1);
    // not due again before the hour
    expect((await runDueSchedules(t.db, { now: at(59), workerId: 'a' })).enqueued).toEqual({});
    expect((await runDueSchedules(t.db, { now: at(60), workerId: 'b' })).enqueued).toEqual({
      'test.hourly': 1,
    });
    const jobs = await listJobs(t.db, { queue: 'test.hourly' });
    expect(jobs.map((j) => j.payload.scheduledFor)).toEqual([T0.toISOString(), at(60).toISOString()]);
  });

  it('after downtime, a "latest" schedule runs once and says how many runs it missed', async () => {
    await syncSchedules(t.db, {
      schedules: [{ name: 'test.purge', queue: 'test.purge', every: { hours: 1 }, catchUp: 'latest' }],
      now: T0,
    });
    await runDueSchedules(t.db, { now: T0, workerId: 'a' });
    // the platform was down for five hours and a half
    const report = await runDueSchedules(t.db, { now: at(330), workerId: 'a' });
    expect(report.enqueued).toEqual({ 'test.purge': 1 });
    const jobs = await listJobs(t.db, { queue: 'test.purge' });
    expect(jobs.at(-1)?.payload).toMatchObject({ scheduledFor: at(300).toISOString(), missedRuns: 4 });
    const [row] = (await listSchedules(t.db)).filter((s) => s.name === 'test.purge');
    expect(row?.nextRunAt.toISOString()).toBe(at(360).toISOString());
  });

  it('after downtime, an "all" schedule runs once per missed slot', async () => {
    await syncSchedules(t.db, {
      schedules: [{ name: 'test.remind', queue: 'test.remind', every: { minutes: 30 }, catchUp: 'all' }],
      now: T0,
    });
    expect((await runDueSchedules(t.db, { now: at(95), workerId: 'a' })).enqueued).toEqual({
      'test.remind': 4,
    });
    const slots = (await listJobs(t.db, { queue: 'test.remind' })).map((j) => j.payload.scheduledFor);
    expect(slots).toEqual([T0, at(30), at(60), at(90)].map((d) => d.toISOString()));
  });

  it('a restart keeps the next run; a changed interval is taken; an undeclared schedule goes', async () => {
    await syncSchedules(t.db, {
      schedules: [{ name: 'test.keep', queue: 'q', every: { days: 1 } }],
      now: T0,
    });
    await runDueSchedules(t.db, { now: T0, workerId: 'a' });
    await syncSchedules(t.db, {
      schedules: [{ name: 'test.keep', queue: 'q', every: { hours: 12 } }],
      now: at(600),
    });
    const rows = await listSchedules(t.db);
    expect(rows.map((r) => r.name)).toEqual(['test.keep']);
    expect(rows[0]).toMatchObject({ everySeconds: 43_200, nextRunAt: at(24 * 60) });
    await expect(
      syncSchedules(t.db, { schedules: [{ name: 'x', queue: 'q', every: { minutes: 0 } }], now: T0 }),
    ).rejects.toThrow(/at most once a minute/);
  });

  it('typed queues carry their payload type from producer to handler', async () => {
    const greetings = defineQueue<{ to: string; count: number }>('test.typed');
    await enqueue(t.db, greetings, { to: 'Trà Vinh', count: 2 });
    // @ts-expect-error: the payload must match the queue's type
    await expect(enqueue(t.db, greetings, { to: 'x' })).resolves.toBe(true);
    const seen: string[] = [];
    await runDueJobs(t.db, {
      handlers: handle(greetings, async (p) => void seen.push(`${p.to}×${p.count}`)),
    });
    expect(seen[0]).toBe('Trà Vinh×2');
  });

  it('the worker keeps the schedules and runs what they enqueue', async () => {
    let clock = at(10_000);
    const ran: string[] = [];
    const ticks = defineQueue<{ scheduledFor: string }>('test.worker-tick');
    const worker = startJobWorker(t.db, {
      handlers: handle(ticks, async (p) => void ran.push(p.scheduledFor)),
      schedules: [{ name: 'test.worker', queue: ticks.name, every: { minutes: 5 } }],
      pollMs: 20,
      now: () => clock,
    });
    await expect.poll(() => ran.length, { timeout: 5000 }).toBe(1);
    clock = at(10_005);
    await expect.poll(() => ran.length, { timeout: 5000 }).toBe(2);
    await worker.stop();
    expect(ran).toEqual([at(10_000).toISOString(), at(10_005).toISOString()]);
  });
});
