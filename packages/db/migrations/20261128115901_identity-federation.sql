CREATE TABLE "identity"."citizen_identities" (
	"provider" text NOT NULL,
	"subject" text NOT NULL,
	"citizen_id" uuid NOT NULL,
	"assurance_level" integer NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"last_sign_in_at" timestamp with time zone NOT NULL,
	CONSTRAINT "citizen_identities_provider_subject_pk" PRIMARY KEY("provider","subject")
);
--> statement-breakpoint
CREATE TABLE "identity"."federation_requests" (
	"state_hash" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"return_to" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "identity"."citizen_identities" ADD CONSTRAINT "citizen_identities_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "identity"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_identities_citizen_idx" ON "identity"."citizen_identities" USING btree ("provider","citizen_id");