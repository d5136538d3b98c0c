import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';

export const integrationsSchema = pgSchema('integrations');

/**
 * What the local national-portal adapter "sent": one row per dossier status update, in the portal's JSON
 * shape. (dossier, sequence) is unique, so a re-run job cannot record an update twice.
 */
export const outboundMessages = integrationsSchema.table(
  'outbound_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    target: text('target').notNull(),
    dossierCode: text('dossier_code').notNull(),
    sequence: integer('sequence').notNull(),
    nationalStatus: integer('national_status').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    unique('outbound_messages_target_dossier_sequence_key').on(t.target, t.dossierCode, t.sequence),
    index('outbound_messages_created_idx').on(t.target, t.id),
    check('outbound_messages_status_check', sql`${t.nationalStatus} between 0 and 10`),
  ],
);

/**
 * The last sequence sent per dossier and target. An update whose sequence is not above it is older than
 * what the portal already has (jobs can run out of order after retries) and is dropped.
 */
export const syncCursors = integrationsSchema.table(
  'sync_cursors',
  {
    target: text('target').notNull(),
    dossierCode: text('dossier_code').notNull(),
    lastSequence: integer('last_sequence').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ name: 'sync_cursors_pkey', columns: [t.target, t.dossierCode] })],
);
