CREATE SCHEMA "audit";
--> statement-breakpoint
CREATE TABLE "audit"."audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"agency_id" uuid,
	"action" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"summary" jsonb NOT NULL,
	"request_id" text,
	"ip" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit"."audit_log" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "audit_log_agency_time_idx" ON "audit"."audit_log" USING btree ("agency_id","occurred_at");