CREATE SCHEMA "integrations";
--> statement-breakpoint
CREATE TABLE "integrations"."outbound_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"target" text NOT NULL,
	"dossier_code" text NOT NULL,
	"sequence" integer NOT NULL,
	"national_status" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbound_messages_target_dossier_sequence_key" UNIQUE("target","dossier_code","sequence"),
	CONSTRAINT "outbound_messages_status_check" CHECK ("integrations"."outbound_messages"."national_status" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "integrations"."sync_cursors" (
	"target" text NOT NULL,
	"dossier_code" text NOT NULL,
	"last_sequence" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sync_cursors_pkey" PRIMARY KEY("target","dossier_code")
);
--> statement-breakpoint
CREATE INDEX "outbound_messages_created_idx" ON "integrations"."outbound_messages" USING btree ("target","id");