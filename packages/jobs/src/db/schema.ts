import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const jobsSchema = pgSchema('jobs');

/**
 * Long work (notifications, exports, national-portal sync, report rendering) as rows in PostgreSQL.
 * A job is inserted in the same transaction as the change that causes it, so it exists exactly when the
 * change committed; workers claim due jobs with FOR UPDATE SKIP LOCKED and retry with backoff.
 */
export const jobs = jobsSchema.table(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    queue: text('queue').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(8),
    runAt: timestamp('run_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lockedAt: timestamp('locked_at', { withTimezone: true, mode: 'date' }),
    lockedBy: text('locked_by'),
    lastError: text('last_error'),
    /** A job with the same key is never enqueued twice (e.g. one SMS per dossier state change). */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    index('jobs_due_idx').on(t.status, t.runAt),
    uniqueIndex('jobs_dedupe_key_idx').on(t.dedupeKey).where(sql`${t.dedupeKey} is not null`),
  ],
);

/**
 * Recurring jobs (purges, reminders, health checks). A schedule enqueues a job on its queue every
 * `everySeconds`; the row is claimed with FOR UPDATE SKIP LOCKED inside the transaction that enqueues, so
 * among several instances exactly one takes each run, and `nextRunAt` survives restarts, so missed runs are
 * caught up (see `catchUp`).
 */
export const schedules = jobsSchema.table('schedules', {
  name: text('name').primaryKey(),
  queue: text('queue').notNull(),
  everySeconds: integer('every_seconds').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  /** `latest`: one run for all missed slots; `all`: one run per missed slot (at most 100). */
  catchUp: text('catch_up', { enum: ['latest', 'all'] })
    .notNull()
    .default('latest'),
  nextRunAt: timestamp('next_run_at', { withTimezone: true, mode: 'date' }).notNull(),
  lastRunAt: timestamp('last_run_at', { withTimezone: true, mode: 'date' }),
  /** The instance that enqueued the last run, for the operators' view. */
  lastRunBy: text('last_run_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
