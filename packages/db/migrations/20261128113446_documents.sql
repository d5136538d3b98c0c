CREATE SCHEMA "documents";
--> statement-breakpoint
CREATE TABLE "documents"."directives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"incoming_id" uuid NOT NULL,
	"leader_id" uuid,
	"leader_name" text NOT NULL,
	"content" text NOT NULL,
	"lead_unit" text NOT NULL,
	"coordinating_units" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assignee_id" uuid,
	"due_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"finished_at" timestamp with time zone,
	"result_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."exchange_packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"agency_id" uuid,
	"from_code" text NOT NULL,
	"to_code" text,
	"outgoing_id" uuid,
	"incoming_id" uuid,
	"status_code" text,
	"xml" text NOT NULL,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."file_folders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"retention" text NOT NULL,
	"keeper" text,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_folders_code_key" UNIQUE("agency_id","year","code")
);
--> statement-breakpoint
CREATE TABLE "documents"."incoming" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text DEFAULT 'arrived' NOT NULL,
	"channel" text NOT NULL,
	"source_id" uuid,
	"sender_agency_id" uuid,
	"sender_code" text,
	"sender_name" text NOT NULL,
	"number_symbol" text NOT NULL,
	"issued_on" date,
	"type_code" text,
	"subject" text NOT NULL,
	"signer_name" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"secrecy" text DEFAULT 'normal' NOT NULL,
	"file_key" text,
	"file_sha256" text,
	"signature_result" text,
	"signature_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"register_by" timestamp with time zone,
	"register_id" uuid,
	"incoming_number" integer,
	"registered_at" timestamp with time zone,
	"presented_to" text,
	"due_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"return_reason" text,
	"cancelled_at" timestamp with time zone,
	"file_folder_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."outgoing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"kind" text NOT NULL,
	"type_code" text,
	"subject" text NOT NULL,
	"content" text,
	"drafting_unit" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"secrecy" text DEFAULT 'normal' NOT NULL,
	"is_legal" boolean DEFAULT false NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"file_key" text,
	"file_sha256" text,
	"file_name" text,
	"file_size" integer,
	"page_count" integer,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"signer_id" uuid,
	"signer_name" text,
	"signer_position" text,
	"sign_mode" text,
	"signed_at" timestamp with time zone,
	"signatures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"register_id" uuid,
	"number" integer,
	"year" integer,
	"number_symbol" text,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"issue_by" timestamp with time zone,
	"replaces_id" uuid,
	"corrects_id" uuid,
	"recall_reason" text,
	"recalled_at" timestamp with time zone,
	"file_folder_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents"."register_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'used' NOT NULL,
	"outgoing_id" uuid,
	"incoming_id" uuid,
	"void_reason" text,
	"voided_at" timestamp with time zone,
	"allocated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "register_entries_number_key" UNIQUE("register_id","number")
);
--> statement-breakpoint
CREATE TABLE "documents"."registers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"direction" text NOT NULL,
	"secrecy" text DEFAULT 'normal' NOT NULL,
	"legal_type" text DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registers_series_key" UNIQUE("agency_id","year","direction","secrecy","legal_type"),
	CONSTRAINT "registers_last_number_check" CHECK ("documents"."registers"."last_number" >= 0)
);
--> statement-breakpoint
CREATE TABLE "documents"."status_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"outgoing_id" uuid,
	"incoming_id" uuid,
	"from_agency_id" uuid,
	"from_code" text,
	"to_agency_id" uuid,
	"to_code" text,
	"status_code" text NOT NULL,
	"description" text,
	"staff_name" text,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents"."directives" ADD CONSTRAINT "directives_incoming_id_incoming_id_fk" FOREIGN KEY ("incoming_id") REFERENCES "documents"."incoming"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents"."incoming" ADD CONSTRAINT "incoming_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "documents"."registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents"."outgoing" ADD CONSTRAINT "outgoing_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "documents"."registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents"."register_entries" ADD CONSTRAINT "register_entries_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "documents"."registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directives_agency_status_idx" ON "documents"."directives" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "exchange_packages_outgoing_idx" ON "documents"."exchange_packages" USING btree ("outgoing_id");--> statement-breakpoint
CREATE INDEX "incoming_agency_status_idx" ON "documents"."incoming" USING btree ("agency_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "incoming_source_agency_idx" ON "documents"."incoming" USING btree ("source_id","agency_id") WHERE "documents"."incoming"."source_id" is not null;--> statement-breakpoint
CREATE INDEX "outgoing_agency_status_idx" ON "documents"."outgoing" USING btree ("agency_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "outgoing_symbol_year_idx" ON "documents"."outgoing" USING btree ("agency_id","year","number_symbol") WHERE "documents"."outgoing"."number_symbol" is not null;--> statement-breakpoint
CREATE INDEX "status_messages_outgoing_idx" ON "documents"."status_messages" USING btree ("outgoing_id","occurred_at");