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
  startJobWorker,
} from './jobs.ts';
export * from './queues.ts';
