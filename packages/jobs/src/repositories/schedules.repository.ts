import { and, type Db, eq, notInArray, queryRows, sql } from '@openprovince/db';
import { schedules } from '../db/schema.ts';
import { enqueueJob } from './jobs.repository.ts';

export type ScheduleRow = typeof schedules.$inferSelect;

/** A recurring job as modules declare it (the same shape as ScheduleSpec in @openprovince/platform/module). */
export interface Schedule {
  name: string;
  queue: string;
  every: { minutes?: number; hours?: number; days?: number };
  payload?: Record<string, unknown>;
  catchUp?: 'latest' | 'all';
}

/** Runs caught up at most per schedule with `catchUp: 'all'` (a week of hourly reminders is 168). */
export const MAX_CATCH_UP_RUNS = 100;

export function everySecondsOf(every: Schedule['every']): number {
  const seconds = (every.minutes ?? 0) * 60 + (every.hours ?? 0) * 3600 + (every.days ?? 0) * 86_400;
  if (!Number.isInteger(seconds) || seconds < 60) {
    throw new Error(`A schedule runs at most once a minute, in whole seconds (got ${JSON.stringify(every)})`);
  }
  return seconds;
}

/**
 * Makes the stored schedules match the declared ones: new ones start now, changed ones keep their next run
 * (so a restart never skips or repeats a run), undeclared ones are removed. Safe to run from every instance.
 */
export async function syncSchedules(
  db: Db,
  input: { schedules: readonly Schedule[]; now: Date },
): Promise<void> {
  const names = input.schedules.map((s) => s.name);
  if (new Set(names).size !== names.length) throw new Error(`Duplicate schedule names: ${names.join(', ')}`);
  await db.transaction(async (tx) => {
    for (const s of input.schedules) {
      const values = {
        queue: s.queue,
        everySeconds: everySecondsOf(s.every),
        payload: s.payload ?? {},
        catchUp: s.catchUp ?? 'latest',
      };
      await tx
        .insert(schedules)
        .values({ name: s.name, ...values, nextRunAt: input.now })
        .onConflictDoUpdate({ target: schedules.name, set: values });
    }
    await tx.delete(schedules).where(names.length ? notInArray(schedules.name, names) : undefined);
  });
}

export interface ScheduleRunReport {
  /** Jobs enqueued, per schedule name. */
  enqueued: Record<string, number>;
}

/**
 * Enqueues the runs that are due, each by exactly one instance: due schedule rows are locked with
 * FOR UPDATE SKIP LOCKED in the transaction that enqueues their jobs and moves `next_run_at` on, so a second
 * instance either skips the locked row or, after the commit, finds it no longer due. The dedupe key
 * (schedule name + slot) makes a run impossible to enqueue twice even so.
 */
export async function runDueSchedules(
  db: Db,
  input: { now: Date; workerId: string },
): Promise<ScheduleRunReport> {
  const report: ScheduleRunReport = { enqueued: {} };
  await db.transaction(async (tx) => {
    const due = await queryRows<{ name: string }>(
      tx,
      sql`select name from jobs.schedules where next_run_at <= ${input.now} order by next_run_at, name
          for update skip locked`,
    );
    for (const { name } of due) {
      const [row] = await tx.select().from(schedules).where(eq(schedules.name, name));
      if (!row) continue;
      const everyMs = row.everySeconds * 1000;
      const missed = Math.floor((input.now.getTime() - row.nextRunAt.getTime()) / everyMs) + 1;
      const slots = Array.from({ length: missed }, (_, i) => new Date(row.nextRunAt.getTime() + i * everyMs));
      const runs = row.catchUp === 'all' ? slots.slice(-MAX_CATCH_UP_RUNS) : slots.slice(-1);
      let enqueued = 0;
      for (const slot of runs) {
        const added = await enqueueJob(tx, {
          queue: row.queue,
          payload: {
            ...row.payload,
            scheduledFor: slot.toISOString(),
            ...(row.catchUp === 'latest' ? { missedRuns: missed - 1 } : {}),
          },
          runAt: input.now,
          dedupeKey: `schedule:${row.name}:${slot.toISOString()}`,
        });
        if (added) enqueued++;
      }
      await tx
        .update(schedules)
        .set({
          nextRunAt: new Date(row.nextRunAt.getTime() + missed * everyMs),
          lastRunAt: input.now,
          lastRunBy: input.workerId,
        })
        .where(and(eq(schedules.name, row.name)));
      report.enqueued[row.name] = enqueued;
    }
  });
  return report;
}

export async function listSchedules(db: Db): Promise<ScheduleRow[]> {
  return db.select().from(schedules).orderBy(schedules.name);
}
