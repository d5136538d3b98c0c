CREATE SCHEMA "dossiers";
--> statement-breakpoint
CREATE TABLE "dossiers"."dossier_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"component_key" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by_kind" text NOT NULL,
	"uploaded_by_id" text
);
--> statement-breakpoint
CREATE TABLE "dossiers"."dossier_events" (
	"dossier_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"actor_agency_id" uuid,
	"note" text,
	"step_key" text,
	"step_due_at" timestamp with time zone,
	"step_result" text,
	"next_step_key" text,
	"next_step_agency_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "dossier_events_dossier_id_seq_pk" PRIMARY KEY("dossier_id","seq")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."dossier_sequences" (
	"agency_id" uuid NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "dossier_sequences_agency_id_day_pk" PRIMARY KEY("agency_id","day")
);
--> statement-breakpoint
CREATE TABLE "dossiers"."dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"state" text NOT NULL,
	"channel" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"agency_code" text NOT NULL,
	"step_agency_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"procedure_id" text NOT NULL,
	"procedure_code" text NOT NULL,
	"service_level" integer,
	"procedure" jsonb NOT NULL,
	"citizen_id" uuid,
	"applicant_name" text NOT NULL,
	"applicant_phone" text,
	"applicant_email" text,
	"applicant_address" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone,
	"received_by" uuid,
	"due_at" timestamp with time zone,
	"deadline_basis" jsonb,
	"paused_at" timestamp with time zone,
	"supplement_due_at" timestamp with time zone,
	"step_index" integer,
	"step_started_at" timestamp with time zone,
	"step_due_at" timestamp with time zone,
	"apology_at" timestamp with time zone,
	"apology_reason" text,
	"apology_new_due_at" timestamp with time zone,
	"apology_in_time" text,
	"finished_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"refused_at" timestamp with time zone,
	"payments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rating" integer,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"idempotency_scope" text,
	"idempotency_key" text,
	"request_hash" text,
	"transition_seq" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_rating_range" CHECK ("dossiers"."dossiers"."rating" is null or "dossiers"."dossiers"."rating" between 1 and 5),
	CONSTRAINT "dossiers_state_known" CHECK ("dossiers"."dossiers"."state" in ('submitted','accepted','refused','processing','supplement_requested','payment_requested','withdrawn','stopped','processed','returned'))
);
--> statement-breakpoint
ALTER TABLE "dossiers"."dossier_attachments" ADD CONSTRAINT "dossier_attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers"."dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_attachments_dossier_idx" ON "dossiers"."dossier_attachments" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_code_idx" ON "dossiers"."dossiers" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_idempotency_idx" ON "dossiers"."dossiers" USING btree ("idempotency_scope","idempotency_key") WHERE "dossiers"."dossiers"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "dossiers_agency_state_idx" ON "dossiers"."dossiers" USING btree ("agency_id","state");--> statement-breakpoint
CREATE INDEX "dossiers_agency_received_idx" ON "dossiers"."dossiers" USING btree ("agency_id","received_at");--> statement-breakpoint
CREATE INDEX "dossiers_due_idx" ON "dossiers"."dossiers" USING btree ("state","due_at");--> statement-breakpoint
CREATE INDEX "dossiers_citizen_idx" ON "dossiers"."dossiers" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "dossiers_step_agencies_idx" ON "dossiers"."dossiers" USING gin ("step_agency_ids");