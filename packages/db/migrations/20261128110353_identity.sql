CREATE SCHEMA "identity";
--> statement-breakpoint
CREATE TABLE "identity"."agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"abbreviation" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"kind" text NOT NULL,
	"level" text NOT NULL,
	"sector" text NOT NULL,
	"parent_id" uuid,
	"admin_unit_code" text,
	"uses_document_management" boolean DEFAULT false NOT NULL,
	"on_private_network" boolean DEFAULT false NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "identity"."citizens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"personal_id" text NOT NULL,
	"full_name" text NOT NULL,
	"phone" text,
	"email" text,
	"password_hash" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizens_personal_id_unique" UNIQUE("personal_id")
);
--> statement-breakpoint
CREATE TABLE "identity"."login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "identity"."official_roles" (
	"official_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "official_roles_official_id_role_pk" PRIMARY KEY("official_id","role")
);
--> statement-breakpoint
CREATE TABLE "identity"."officials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"division_id" uuid,
	"position" text,
	"email" text,
	"phone" text,
	"password_hash" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"totp_secret" text,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officials_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "identity"."sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
ALTER TABLE "identity"."agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "identity"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."official_roles" ADD CONSTRAINT "official_roles_official_id_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "identity"."officials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."officials" ADD CONSTRAINT "officials_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "identity"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity"."officials" ADD CONSTRAINT "officials_division_id_agencies_id_fk" FOREIGN KEY ("division_id") REFERENCES "identity"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agencies_parent_idx" ON "identity"."agencies" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "agencies_search_trgm_idx" ON "identity"."agencies" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "officials_agency_idx" ON "identity"."officials" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "sessions_subject_idx" ON "identity"."sessions" USING btree ("subject_kind","subject_id");