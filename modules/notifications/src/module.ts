import { defineModule } from '@openprovince/platform/module';
import { NOTIFICATIONS_GRANTS } from './contracts/index.ts';
import { createNotificationDeps } from './deps.ts';
import { notificationJobHandlers } from './jobs.ts';
import { notificationRoutes } from './routes/notification.routes.ts';

/** E-mail and SMS to applicants, sent by jobs after the change committed, never twice for one key. */
export const notificationsModule = defineModule({
  name: 'notifications',
  description: { vi: 'Thư điện tử và tin nhắn cho người nộp hồ sơ', en: 'E-mail and SMS to applicants' },
  grants: NOTIFICATIONS_GRANTS,
  deps: createNotificationDeps,
  routes: notificationRoutes,
  jobs: notificationJobHandlers,
});
