CREATE SCHEMA "payments";
--> statement-breakpoint
CREATE TABLE "payments"."collection_accounts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid,
	"bin" text NOT NULL,
	"account_number" text NOT NULL,
	"account_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "collection_accounts_agency_key" UNIQUE NULLS NOT DISTINCT("agency_id"),
	CONSTRAINT "collection_accounts_bin_check" CHECK ("payments"."collection_accounts"."bin" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "payments"."payment_intents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"payment_code" text NOT NULL,
	"amount" bigint NOT NULL,
	"lines" jsonb NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"bin" text NOT NULL,
	"account_number" text NOT NULL,
	"account_name" text NOT NULL,
	"qr_payload" text NOT NULL,
	"expires_at" timestamp with time zone,
	"provider" text,
	"provider_transaction_id" text,
	"paid_at" timestamp with time zone,
	"receipt_number" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_intents_payment_code_key" UNIQUE("payment_code"),
	CONSTRAINT "payment_intents_provider_transaction_id_key" UNIQUE("provider_transaction_id"),
	CONSTRAINT "payment_intents_receipt_number_key" UNIQUE("receipt_number"),
	CONSTRAINT "payment_intents_amount_check" CHECK ("payments"."payment_intents"."amount" > 0),
	CONSTRAINT "payment_intents_status_check" CHECK ("payments"."payment_intents"."status" in ('requested', 'paid', 'expired', 'cancelled')),
	CONSTRAINT "payment_intents_paid_check" CHECK ("payments"."payment_intents"."status" <> 'paid' or ("payments"."payment_intents"."paid_at" is not null and "payments"."payment_intents"."receipt_number" is not null and "payments"."payment_intents"."provider_transaction_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "payments"."receipt_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "payment_intents_agency_idx" ON "payments"."payment_intents" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE INDEX "payment_intents_reference_idx" ON "payments"."payment_intents" USING btree ("reference");