import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const notificationsSchema = pgSchema('notifications');

/**
 * One row per message handed to a provider. `message_key` is unique: the sending job inserts the key and
 * sends in the same transaction, so a retried (or concurrently re-run) job finds the key and does not send
 * again, and a failed send rolls the key back so the retry can send. See README "Never twice".
 */
export const sentMessages = notificationsSchema.table(
  'sent_messages',
  {
    id: uuid('id').primaryKey(),
    messageKey: text('message_key').notNull().unique('sent_messages_message_key_key'),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    provider: text('provider').notNull(),
    providerMessageId: text('provider_message_id'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('sent_messages_subject_idx').on(t.subjectType, t.subjectId),
    index('sent_messages_sent_at_idx').on(t.sentAt),
    check('sent_messages_channel_check', sql`${t.channel} in ('email', 'sms')`),
  ],
);

/** The local SMS provider's outbox: the messages a real gateway would have delivered to phones. */
export const localSms = notificationsSchema.table(
  'local_sms',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    to: text('to').notNull(),
    text: text('text').notNull(),
    messageKey: text('message_key').notNull(),
    encoding: text('encoding', { enum: ['gsm7', 'ucs2'] }).notNull(),
    segments: integer('segments').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('local_sms_to_idx').on(t.to, t.id)],
);
