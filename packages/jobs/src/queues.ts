import { defineQueue } from './queue.ts';

/**
 * The queues modules talk through, with their payloads. A module that causes work enqueues it (in its own
 * transaction); the module that owns the work registers the handler. Neither imports the other.
 */
export const QUEUES = {
  /** Owned by notifications: send one message by e-mail or SMS. */
  notificationsSend: 'notifications.send',
  /** Owned by integrations: report a dossier's state change to the national public-service portal. */
  nationalPortalSync: 'integrations.national-portal.sync',
  /** Owned by dossiers: a fee was paid (payments enqueues it when a verified callback arrives). */
  paymentReceived: 'dossiers.payment-received',
} as const;

/**
 * The messages the notifications module can render: the contract between the modules that enqueue a
 * message and the one that renders it (notifications keeps a template for each name, checked by its
 * compiler; a producer cannot enqueue a name it does not know).
 */
export const NOTIFICATION_TEMPLATES = [
  'dossier.received',
  'dossier.accepted',
  'dossier.refused',
  'dossier.supplement-requested',
  'dossier.payment-requested',
  'dossier.apology',
  'dossier.result-ready',
  'dossier.returned',
  'dossier.processing',
  'dossier.withdrawn',
  'dossier.stopped',
  /** To a citizen whose personal ID number somebody tried to register again (identity's registration). */
  'identity.already-registered',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export interface NotificationJob {
  channel: 'email' | 'sms';
  /** E-mail address or phone number (0xxxxxxxxx). */
  to: string;
  /** The notifications module renders it in Vietnamese (and English). */
  template: NotificationTemplate;
  data: Record<string, string | number | null>;
  /** Unique per message: a retried job never sends twice. */
  messageKey: string;
  /** The object it is about, for the log. */
  subject?: { type: string; id: string };
}

export interface NationalPortalSyncJob {
  dossierCode: string;
  procedureCode: string;
  /** The national status vocabulary (1..10), mapped by the dossiers module. */
  nationalStatus: number;
  occurredAt: string;
  agencyCode: string;
  /** Increasing per dossier, so the portal can drop out-of-order updates. */
  sequence: number;
}

export interface PaymentReceivedJob {
  /** What the payment was for, as given when the payment was requested (the dossier code). */
  reference: string;
  paymentId: string;
  amount: number;
  paidAt: string;
  receiptNumber: string;
}

/** The same queues typed by their payloads: producers `enqueue(tx, QUEUE, payload)`, owners `handle(QUEUE, …)`. */
export const NOTIFICATIONS_SEND = defineQueue<NotificationJob>(QUEUES.notificationsSend);
export const NATIONAL_PORTAL_SYNC = defineQueue<NationalPortalSyncJob>(QUEUES.nationalPortalSync);
export const PAYMENT_RECEIVED = defineQueue<PaymentReceivedJob>(QUEUES.paymentReceived);
