import { hostname } from 'node:os';
import type { Db } from '@openprovince/db';
import { type JobHandler, type RunReport, runDueJobs } from './repositories/jobs.repository.ts';
import { runDueSchedules, type Schedule, syncSchedules } from './repositories/schedules.repository.ts';

/**
 * Polls for due schedules and jobs until stopped. One per process is enough at a province's volume; several
 * processes share the work safely (schedules and jobs are claimed with SKIP LOCKED).
 */
export function startJobWorker(
  db: Db,
  input: {
    handlers: Record<string, JobHandler>;
    /** Recurring jobs to keep in `jobs.schedules` and enqueue when due. */
    schedules?: readonly Schedule[];
    pollMs?: number;
    onError?: (error: unknown) => void;
    now?: () => Date;
  },
): { stop(): Promise<void> } {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const now = input.now ?? (() => new Date());
  const workerId = `${hostname()}:${process.pid}`;
  let synced = !input.schedules;
  const pollMs = input.pollMs ?? 1000;
  const tick = async () => {
    if (!running) return;
    let failed = false;
    current = (async () => {
      if (!synced) {
        await syncSchedules(db, { schedules: input.schedules ?? [], now: now() });
        synced = true;
      }
      if (input.schedules?.length) await runDueSchedules(db, { now: now(), workerId });
      return runDueJobs(db, { handlers: input.handlers, now: now(), workerId });
    })().catch((e) => {
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
