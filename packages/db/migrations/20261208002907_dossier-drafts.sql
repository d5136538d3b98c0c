CREATE TABLE "dossiers"."dossier_draft_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"draft_id" uuid NOT NULL,
	"component_key" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers"."dossier_drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"citizen_id" uuid NOT NULL,
	"procedure_id" text NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_name" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"applicant" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"step" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers"."dossier_draft_files" ADD CONSTRAINT "dossier_draft_files_draft_id_dossier_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "dossiers"."dossier_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_draft_files_component_idx" ON "dossiers"."dossier_draft_files" USING btree ("draft_id","component_key");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_drafts_citizen_procedure_idx" ON "dossiers"."dossier_drafts" USING btree ("citizen_id","procedure_id");--> statement-breakpoint
CREATE INDEX "dossier_drafts_updated_idx" ON "dossiers"."dossier_drafts" USING btree ("updated_at");