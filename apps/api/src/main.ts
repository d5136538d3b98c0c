import { DataDirLockedError } from '@openprovince/db';
import { startJobWorker } from '@openprovince/jobs';
import { buildApp } from './app.ts';
import { type AppConfig, ConfigError, loadConfig } from './config.ts';
import { isDatabaseEmpty, openConfiguredDatabase } from './database.ts';
import { composePlatform } from './modules.ts';
import { seedDemo } from './seed/seed-demo.ts';

/** `npm start`: migrate, load demo data into an empty database, serve API and web app, stop cleanly. */
let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  // A refused setting is the operator's to fix: say which, without a stack trace.
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
// Until the app's logger exists, a lost database connection is reported on standard error.
let reportConnectionError = (error: Error) =>
  console.warn(`Mất kết nối cơ sở dữ liệu / database connection lost: ${error.message}`);
const handle = await openConfiguredDatabase(config, {
  owner: 'npm start (máy chủ / server)',
  onConnectionError: (error) => reportConnectionError(error),
}).catch((error: unknown) => {
  // A second server, or a CLI command still running, on the same PGlite data folder.
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error(error.message);
  process.exit(3);
});
const platform = composePlatform({ db: handle.db, config });
if (config.seedDemoWhenEmpty && (await isDatabaseEmpty(handle))) {
  console.log('Đang nạp dữ liệu mẫu Trà Vinh… / Loading the Trà Vinh demo data…');
  await seedDemo(platform);
}
const app = await buildApp({ db: handle.db, config, ping: handle.ping, platform });
reportConnectionError = (error) => app.log.warn({ err: error }, 'database connection lost');
// Notifications, national-portal sync and payment receipts run after the transactions that enqueued them;
// the modules' schedules (session and draft purges) are enqueued by the same worker.
const worker = config.runJobs
  ? startJobWorker(handle.db, {
      handlers: platform.jobHandlers,
      // Purges of ended sessions and stale drafts, enqueued by one instance when due.
      schedules: platform.schedules,
      onError: (e) => app.log.error({ err: e }, 'job worker'),
    })
  : undefined;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.warn({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 15_000);
  force.unref();
  try {
    await app.close(); // stops accepting, waits for in-flight requests
    await worker?.stop(); // lets the running job finish
    await handle.close();
    process.exit(0);
  } catch {
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
console.log(
  `OpenProvince đang chạy tại / is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} (${handle.describe}); API docs: /api/docs`,
);
