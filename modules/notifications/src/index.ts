/**
 * @openprovince/notifications: e-mail and SMS to applicants on every dossier event, sent by jobs after
 * the change committed, retried, never sent twice for one message key (issue 3).
 */

export {
  DEFAULT_MAIL_FROM,
  type EmailMessage,
  type EmailProvider,
  logEmailProvider,
  smtpEmailProvider,
} from './adapters/providers/email.ts';
export { createNotificationProviders, type NotificationProviders } from './adapters/providers/factory.ts';
export {
  localSmsProvider,
  type SmsMessage,
  type SmsProvider,
  toInternationalVn,
} from './adapters/providers/sms.ts';
export {
  NOTIFICATION_TEMPLATES,
  NOTIFICATIONS_GRANTS,
  NOTIFICATIONS_PERMISSIONS,
  type NotificationChannel,
  type NotificationTemplate,
} from './contracts/index.ts';
export type { NotificationDeps } from './deps.ts';
export { gsm7Length, isGsm7, smsSizing, toGsm7Text } from './domain/templates/gsm7.ts';
export {
  type DossierEventData,
  isNotificationTemplate,
  type RenderedEmail,
  type RenderedSms,
  renderEmail,
  renderSms,
} from './domain/templates/templates.ts';
export { notificationJobHandlers } from './jobs.ts';
export { notificationsModule } from './module.ts';
export { notificationRoutes } from './routes/notification.routes.ts';
export { listLocalSms } from './use-cases/list-local-sms.ts';
export { listSentMessages, maskRecipient } from './use-cases/list-sent-messages.ts';
export { messageIdFor, type SendOutcome, sendNotification } from './use-cases/send-notification.ts';
