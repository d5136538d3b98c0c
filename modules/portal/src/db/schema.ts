import { sql } from 'drizzle-orm';
import { check, index, integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const portalSchema = pgSchema('portal');

/**
 * News posts (tin, bài) of the provincial portal and of the agencies' component sites, in Vietnamese or
 * Khmer. A post is published, unpublished (taken down, kept for the record) or still a draft.
 */
export const posts = portalSchema.table(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    site: text('site').notNull(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Markdown-like plain text, NFC, ZWSP (U+200B) kept. */
    body: text('body').notNull(),
    /** Vietnamese folded accent-free, Khmer split into words by Intl.Segmenter; space-separated, lower-case. */
    searchText: text('search_text').notNull(),
    category: text('category').notNull(),
    /** identity.agencies.id of the author agency (no foreign key across modules). */
    agencyId: uuid('agency_id').notNull(),
    /** The agency's name as the by-line showed it when the post was written. */
    agencyName: text('agency_name').notNull(),
    status: text('status').notNull().default('draft'),
    /** First publication; kept when a post is unpublished and published again. */
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_public_idx').on(t.status, t.language, t.publishedAt),
    index('posts_agency_idx').on(t.agencyId),
    index('posts_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('posts_site_ck', sql`${t.site} in ('province', 'component')`),
    check('posts_language_ck', sql`${t.language} in ('vi', 'km')`),
    check('posts_status_ck', sql`${t.status} in ('draft', 'published', 'unpublished')`),
    check(
      'posts_category_ck',
      sql`${t.category} in ('news', 'announcement', 'culture', 'health', 'economy', 'administration')`,
    ),
    check('posts_published_at_ck', sql`${t.status} = 'draft' or ${t.publishedAt} is not null`),
  ],
);
