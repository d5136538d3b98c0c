import { type JobHandler, QUEUES } from '@openprovince/jobs';
import type { NotificationDeps } from './deps.ts';
import { sendNotification } from './use-cases/send-notification.ts';

/** The handler the composition root registers with the job worker for `notifications.send`. */
export function notificationJobHandlers(deps: NotificationDeps): Record<string, JobHandler> {
  return {
    [QUEUES.notificationsSend]: async (payload) => void (await sendNotification(deps, payload)),
  };
}
