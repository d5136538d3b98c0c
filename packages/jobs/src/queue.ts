/**
 * Typed queues. A queue is a name with the type of its payload; enqueuing and handling go through the same
 * value, so the compiler checks that the producer and the consumer agree.
 */
import type { Db } from '@openprovince/db';
import {
  type EnqueueInput,
  enqueueJob,
  type JobHandler,
  type JobRow,
} from './repositories/jobs.repository.ts';

export interface Queue<Payload> {
  readonly name: string;
  /** Never set: carries the payload type. */
  readonly payloadType?: Payload;
}

export function defineQueue<Payload extends object>(name: string): Queue<Payload> {
  return { name };
}

/** Enqueues on a typed queue inside the caller's transaction (see enqueueJob). */
export function enqueue<Payload extends object>(
  tx: Db,
  queue: Queue<Payload>,
  payload: Payload,
  options: Omit<EnqueueInput, 'queue' | 'payload'> = {},
): Promise<boolean> {
  return enqueueJob(tx, { ...options, queue: queue.name, payload: payload as Record<string, unknown> });
}

/** A handler for a typed queue, as an entry of the handlers record the worker takes. */
export function handle<Payload extends object>(
  queue: Queue<Payload>,
  handler: (payload: Payload, job: JobRow) => Promise<void>,
): Record<string, JobHandler> {
  return { [queue.name]: (payload, job) => handler(payload as Payload, job) };
}
