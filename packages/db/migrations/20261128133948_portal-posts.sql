CREATE SCHEMA "portal";
--> statement-breakpoint
CREATE TABLE "portal"."posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site" text NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"search_text" text NOT NULL,
	"category" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"agency_name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "posts_site_ck" CHECK ("portal"."posts"."site" in ('province', 'component')),
	CONSTRAINT "posts_language_ck" CHECK ("portal"."posts"."language" in ('vi', 'km')),
	CONSTRAINT "posts_status_ck" CHECK ("portal"."posts"."status" in ('draft', 'published', 'unpublished')),
	CONSTRAINT "posts_category_ck" CHECK ("portal"."posts"."category" in ('news', 'announcement', 'culture', 'health', 'economy', 'administration')),
	CONSTRAINT "posts_published_at_ck" CHECK ("portal"."posts"."status" = 'draft' or "portal"."posts"."published_at" is not null)
);
--> statement-breakpoint
CREATE INDEX "posts_public_idx" ON "portal"."posts" USING btree ("status","language","published_at");--> statement-breakpoint
CREATE INDEX "posts_agency_idx" ON "portal"."posts" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "posts_search_trgm_idx" ON "portal"."posts" USING gin ("search_text" gin_trgm_ops);