CREATE SCHEMA "services";
--> statement-breakpoint
CREATE TABLE "services"."components" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"originals" integer DEFAULT 1 NOT NULL,
	"copies" integer DEFAULT 0 NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"form_schema" jsonb,
	"template_file_name" text
);
--> statement-breakpoint
CREATE TABLE "services"."fee_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"note" text,
	CONSTRAINT "fee_lines_amount_ck" CHECK ("services"."fee_lines"."amount_vnd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "services"."fields" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fields_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "services"."procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"national_code" text NOT NULL,
	"name" text NOT NULL,
	"search_text" text NOT NULL,
	"field_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"implementing_level" text NOT NULL,
	"time_limit_amount" integer NOT NULL,
	"time_limit_unit" text NOT NULL,
	"online_time_limit_amount" integer,
	"online_time_limit_unit" text,
	"result_type" text NOT NULL,
	"result_name" text NOT NULL,
	"conditions" text,
	"legal_basis" text NOT NULL,
	"published_nationally" boolean DEFAULT false NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedures_implementing_level_ck" CHECK ("services"."procedures"."implementing_level" in ('province', 'district', 'commune')),
	CONSTRAINT "procedures_time_limit_ck" CHECK ("services"."procedures"."time_limit_amount" > 0 and "services"."procedures"."time_limit_unit" in ('working_days', 'calendar_days', 'working_hours')),
	CONSTRAINT "procedures_online_time_limit_ck" CHECK (("services"."procedures"."online_time_limit_amount" is null and "services"."procedures"."online_time_limit_unit" is null) or ("services"."procedures"."online_time_limit_amount" > 0 and "services"."procedures"."online_time_limit_unit" in ('working_days', 'calendar_days', 'working_hours'))),
	CONSTRAINT "procedures_validity_ck" CHECK ("services"."procedures"."valid_to" is null or "services"."procedures"."valid_to" >= "services"."procedures"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "services"."service_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"level" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	CONSTRAINT "service_levels_scheme_ck" CHECK (("services"."service_levels"."scheme" = 'decree43' and "services"."service_levels"."level" in ('1', '2', '3', '4') and "services"."service_levels"."effective_from" < '2022-06-24' and "services"."service_levels"."effective_to" is not null and "services"."service_levels"."effective_to" < '2022-06-24') or ("services"."service_levels"."scheme" = 'decree42' and "services"."service_levels"."level" in ('full', 'partial') and "services"."service_levels"."effective_from" >= '2022-06-24')),
	CONSTRAINT "service_levels_period_ck" CHECK ("services"."service_levels"."effective_to" is null or "services"."service_levels"."effective_to" >= "services"."service_levels"."effective_from")
);
--> statement-breakpoint
ALTER TABLE "services"."components" ADD CONSTRAINT "components_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "services"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."fee_lines" ADD CONSTRAINT "fee_lines_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "services"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."procedures" ADD CONSTRAINT "procedures_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "services"."fields"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."service_levels" ADD CONSTRAINT "service_levels_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "services"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "components_procedure_key_uq" ON "services"."components" USING btree ("procedure_id","key");--> statement-breakpoint
CREATE INDEX "fee_lines_procedure_idx" ON "services"."fee_lines" USING btree ("procedure_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_national_code_current_uq" ON "services"."procedures" USING btree ("national_code") WHERE "services"."procedures"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "procedures_national_code_idx" ON "services"."procedures" USING btree ("national_code");--> statement-breakpoint
CREATE INDEX "procedures_field_idx" ON "services"."procedures" USING btree ("field_id");--> statement-breakpoint
CREATE INDEX "procedures_agency_idx" ON "services"."procedures" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "procedures_search_trgm_idx" ON "services"."procedures" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "service_levels_procedure_idx" ON "services"."service_levels" USING btree ("procedure_id","effective_from");