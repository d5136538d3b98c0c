CREATE TABLE "documents"."copies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"outgoing_id" uuid,
	"incoming_id" uuid,
	"form" text NOT NULL,
	"register_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"year" integer NOT NULL,
	"number_symbol" text NOT NULL,
	"source_number_symbol" text NOT NULL,
	"subject" text NOT NULL,
	"excerpt" text,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"file_key" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_size" integer NOT NULL,
	"certificate_id" text NOT NULL,
	"copied_by" uuid NOT NULL,
	"copied_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "copies_register_number_key" UNIQUE("register_id","number"),
	CONSTRAINT "copies_one_source_check" CHECK (("documents"."copies"."outgoing_id" is null) <> ("documents"."copies"."incoming_id" is null))
);
--> statement-breakpoint
ALTER TABLE "documents"."incoming" ADD COLUMN "recall_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "documents"."incoming" ADD COLUMN "recall_reason" text;--> statement-breakpoint
ALTER TABLE "documents"."register_entries" ADD COLUMN "copy_id" uuid;--> statement-breakpoint
ALTER TABLE "documents"."copies" ADD CONSTRAINT "copies_outgoing_id_outgoing_id_fk" FOREIGN KEY ("outgoing_id") REFERENCES "documents"."outgoing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents"."copies" ADD CONSTRAINT "copies_incoming_id_incoming_id_fk" FOREIGN KEY ("incoming_id") REFERENCES "documents"."incoming"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents"."copies" ADD CONSTRAINT "copies_register_id_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "documents"."registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "copies_outgoing_idx" ON "documents"."copies" USING btree ("outgoing_id");--> statement-breakpoint
CREATE INDEX "copies_incoming_idx" ON "documents"."copies" USING btree ("incoming_id");