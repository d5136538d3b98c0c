import { hostname } from 'node:os';
import { and, asc, type Db, eq, inArray, lt, lte, queryRows, sql } from '@openprovince/db';
import { jobs } from '../db/schema.ts';

export type JobRow = typeof jobs.$inferSelect;

export interface EnqueueInput {
  queue: string;
  payload: Record<string, unknown>;
  /** Not before this instant (default: now). */
  runAt?: Date;
  /** At most one job with this key, ever. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Enqueues a job inside the caller's transaction. If the transaction rolls back, the job never existed;
 * if it commits, a worker will run it — "sent after commit, never lost, never duplicated" (with dedupeKey).
 * Returns false when a job with the same dedupe key already exists.
 */
export async function enqueueJob(tx: Db, input: EnqueueInput): Promise<boolean> {
  const rows = await tx
    .insert(jobs)
    .values({
      queue: input.queue,
      payload: input.payload,
      runAt: input.runAt ?? new Date(),
      dedupeKey: input.dedupeKey ?? null,
      maxAttempts: input.maxAttempts ?? 8,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return rows.length > 0;
}

export type JobHandler = (payload: Record<string, unknown>, job: JobRow) => Promise<void>;

/** Delay before retry `attempt` (1-based): 10 s, 20 s, 40 s … capped at one hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempt - 1));
}

export interface RunDueJobsInput {
  handlers: Record<string, JobHandler>;
  limit?: number;
  now?: Date;
  workerId?: string;
  /** Jobs left `running` longer than this are considered abandoned (worker crashed) and run again. */
  staleAfterMs?: number;
}

export interface RunReport {
  done: number;
  retried: number;
  failed: number;
}

/** Claims due jobs of the given queues and runs them once. Workers call it in a loop; tests call it directly. */
export async function runDueJobs(db: Db, input: RunDueJobsInput): Promise<RunReport> {
  const now = input.now ?? new Date();
  const queues = Object.keys(input.handlers);
  const report: RunReport = { done: 0, retried: 0, failed: 0 };
  if (queues.length === 0) return report;
  const workerId = input.workerId ?? `${hostname()}:${process.pid}`;
  const stale = new Date(now.getTime() - (input.staleAfterMs ?? 10 * 60_000));
  await db
    .update(jobs)
    .set({ status: 'pending', lockedAt: null, lockedBy: null })
    .where(and(eq(jobs.status, 'running'), lt(jobs.lockedAt, stale)));

  const claimed = await queryRows<{ id: number }>(
    db,
    sql`update jobs.jobs set status = 'running', locked_at = ${now}, locked_by = ${workerId}, attempts = attempts + 1
        where id in (
          select id from jobs.jobs
          where status = 'pending' and run_at <= ${now} and queue in (${sql.join(
            queues.map((q) => sql`${q}`),
            sql`, `,
          )})
          order by run_at, id
          limit ${input.limit ?? 20}
          for update skip locked)
        returning id`,
  );
  if (claimed.length === 0) return report;
  const rows = await db
    .select()
    .from(jobs)
    .where(
      inArray(
        jobs.id,
        claimed.map((c) => Number(c.id)),
      ),
    )
    .orderBy(asc(jobs.id));
  for (const job of rows) {
    try {
      await input.handlers[job.queue]!(job.payload, job);
      await db
        .update(jobs)
        .set({ status: 'done', finishedAt: new Date(), lastError: null })
        .where(eq(jobs.id, job.id));
      report.done++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const exhausted = job.attempts >= job.maxAttempts;
      await db
        .update(jobs)
        .set({
          status: exhausted ? 'failed' : 'pending',
          lockedAt: null,
          lockedBy: null,
          lastError: message.slice(0, 2000),
          runAt: new Date(now.getTime() + retryDelayMs(job.attempts)),
          ...(exhausted ? { finishedAt: new Date() } : {}),
        })
        .where(eq(jobs.id, job.id));
      if (exhausted) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

/** Polls for due jobs until stopped. One per process is enough at a province's volume. */
export function startJobWorker(
  db: Db,
  input: { handlers: Record<string, JobHandler>; pollMs?: number; onError?: (error: unknown) => void },
): { stop(): Promise<void> } {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const pollMs = input.pollMs ?? 1000;
  const tick = async () => {
    if (!running) return;
    let failed = false;
    current = runDueJobs(db, { handlers: input.handlers }).catch((e) => {
      failed = true;
      input.onError?.(e);
    });
    const report = (await current) as RunReport | undefined;
    if (!running) return;
    // When a batch was full, look again at once; after a failure (the database is away) wait longer, so an
    // outage is not a log line a second; otherwise wait the polling interval.
    const busy = report && report.done + report.retried + report.failed > 0;
    timer = setTimeout(tick, failed ? Math.max(pollMs, 5 * 1000) : busy ? 0 : pollMs);
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}

export async function jobCounts(db: Db, queue?: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: jobs.status, n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(queue ? eq(jobs.queue, queue) : undefined)
    .groupBy(jobs.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function listJobs(
  db: Db,
  input: { queue: string; status?: JobRow['status'] },
): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.queue, input.queue), input.status ? eq(jobs.status, input.status) : undefined))
    .orderBy(asc(jobs.id));
}

export async function countDueJobs(db: Db, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)));
  return row?.n ?? 0;
}
