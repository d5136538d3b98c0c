-- Extensions used by every module: trigram indexes and accent-free Vietnamese search.
-- PGlite loads them from its constructor (packages/db/src/database.ts); a real server needs postgresql-contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS platform;
