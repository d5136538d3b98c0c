import { index, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The module's own PostgreSQL schema: no other module reads these tables (they go through the api). */
export const starterKitSchema = pgSchema('starter_kit');

export const notes = starterKitSchema.table(
  'notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** identity.agencies.id (no foreign key across modules). */
    agencyId: uuid('agency_id').notNull(),
    text: text('text').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('notes_agency_idx').on(t.agencyId)],
);
