export * from './queue.ts';
export * from './queues.ts';
export {
  countDueJobs,
  type EnqueueInput,
  enqueueJob,
  type JobHandler,
  type JobRow,
  jobCounts,
  listJobs,
  type RunDueJobsInput,
  type RunReport,
  retryDelayMs,
  runDueJobs,
} from './repositories/jobs.repository.ts';
export {
  everySecondsOf,
  listSchedules,
  MAX_CATCH_UP_RUNS,
  runDueSchedules,
  type Schedule,
  type ScheduleRow,
  type ScheduleRunReport,
  syncSchedules,
} from './repositories/schedules.repository.ts';
export { startJobWorker } from './worker.ts';
