CREATE SCHEMA "pki";
--> statement-breakpoint
CREATE TABLE "pki"."authorities" (
	"role" text PRIMARY KEY NOT NULL,
	"subject" text NOT NULL,
	"serial_number" text NOT NULL,
	"certificate_der" text NOT NULL,
	"key_handle" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "authorities_role_check" CHECK ("pki"."authorities"."role" in ('root', 'issuing', 'tsa'))
);
--> statement-breakpoint
CREATE TABLE "pki"."certificate_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"medium" text NOT NULL,
	"holder_name" text NOT NULL,
	"holder_title" text,
	"holder_official_id" uuid,
	"email" text,
	"validity_months" integer NOT NULL,
	"note" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by_id" text,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"certificate_id" uuid,
	"renewal_of_id" uuid,
	CONSTRAINT "certificate_requests_kind_check" CHECK ("pki"."certificate_requests"."kind" in ('personal', 'organisation')),
	CONSTRAINT "certificate_requests_medium_check" CHECK ("pki"."certificate_requests"."medium" in ('usb_token', 'sim_pki')),
	CONSTRAINT "certificate_requests_status_check" CHECK ("pki"."certificate_requests"."status" in ('pending', 'approved', 'rejected', 'issued')),
	CONSTRAINT "certificate_requests_validity_check" CHECK ("pki"."certificate_requests"."validity_months" between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "pki"."certificates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid,
	"agency_id" uuid NOT NULL,
	"agency_name" text NOT NULL,
	"kind" text NOT NULL,
	"medium" text NOT NULL,
	"holder_name" text NOT NULL,
	"holder_title" text,
	"holder_official_id" uuid,
	"serial_number" text NOT NULL,
	"subject" text NOT NULL,
	"issuer" text NOT NULL,
	"certificate_der" text NOT NULL,
	"key_handle" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"suspended_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revocation_reason" text,
	"renewed_from_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by_name" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "certificates_status_check" CHECK ("pki"."certificates"."status" in ('active', 'suspended', 'revoked')),
	CONSTRAINT "certificates_revoked_check" CHECK (("pki"."certificates"."status" = 'revoked') = ("pki"."certificates"."revoked_at" is not null and "pki"."certificates"."revocation_reason" is not null)),
	CONSTRAINT "certificates_suspended_check" CHECK ("pki"."certificates"."status" <> 'suspended' or "pki"."certificates"."suspended_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "pki"."crls" (
	"crl_number" integer PRIMARY KEY NOT NULL,
	"this_update" timestamp with time zone NOT NULL,
	"next_update" timestamp with time zone NOT NULL,
	"der" text NOT NULL,
	"entry_count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pki"."certificates" ADD CONSTRAINT "certificates_request_id_certificate_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "pki"."certificate_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_requests_agency_idx" ON "pki"."certificate_requests" USING btree ("agency_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_serial_idx" ON "pki"."certificates" USING btree ("serial_number");--> statement-breakpoint
CREATE INDEX "certificates_agency_idx" ON "pki"."certificates" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "certificates_holder_idx" ON "pki"."certificates" USING btree ("holder_official_id");