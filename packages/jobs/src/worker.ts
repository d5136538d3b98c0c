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
  const tick = async () => {
    if (!running) return;
    current = (async () => {
      if (!synced) {
        await syncSchedules(db, { schedules: input.schedules ?? [], now: now() });
        synced = true;
      }
      if (input.schedules?.length) await runDueSchedules(db, { now: now(), workerId });
      return runDueJobs(db, { handlers: input.handlers, now: now(), workerId });
    })().catch((e) => input.onError?.(e));
    const report = (await current) as RunReport | undefined;
    if (!running) return;
    // When a batch was full, look again at once; otherwise wait.
    timer = setTimeout(
      tick,
      report && report.done + report.retried + report.failed > 0 ? 0 : (input.pollMs ?? 1000),
    );
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
