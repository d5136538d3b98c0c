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
  startJobWorker,
} from './repositories/jobs.repository.ts';
