import { bigint, index, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditSchema = pgSchema('audit');

/**
 * Append-only, hash-chained log of every change. Rows are never updated or deleted (a trigger in the
 * migrations refuses it); `seq` is gap-free and `hash` covers the previous record's hash, so
 * `openprovince audit verify` can tell an altered, removed or reordered record.
 */
export const auditLog = auditSchema.table(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    actorKind: text('actor_kind').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    agencyId: uuid('agency_id'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    /** What changed, in a small JSON document (never secrets, never whole attachments). */
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    requestId: text('request_id'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_object_idx').on(t.objectType, t.objectId),
    index('audit_log_agency_time_idx').on(t.agencyId, t.occurredAt),
  ],
);
