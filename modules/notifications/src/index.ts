/**
 * @openprovince/notifications: e-mail and SMS to applicants on every dossier event, sent by jobs after
 * the change committed, retried, never sent twice for one message key (issue 3). The door is the manifest:
 * other modules reach it only through the `notifications.send` queue; schemas are in `/contracts`.
 */
export { notificationsModule } from './module.ts';
