CREATE SCHEMA "calendar";
--> statement-breakpoint
CREATE TABLE "calendar"."calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"source" text NOT NULL,
	"basis" text,
	"confirmed_version" integer,
	"confirmed_snapshot" jsonb,
	"confirmed_by_id" text,
	"confirmed_by_name" text,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "calendar_years_year_check" CHECK ("calendar"."calendar_years"."year" between 2000 and 2199),
	CONSTRAINT "calendar_years_status_check" CHECK ("calendar"."calendar_years"."status" in ('draft', 'confirmed')),
	CONSTRAINT "calendar_years_version_check" CHECK ("calendar"."calendar_years"."version" >= 1),
	CONSTRAINT "calendar_years_confirmed_check" CHECK ("calendar"."calendar_years"."status" = 'draft' or ("calendar"."calendar_years"."confirmed_version" = "calendar"."calendar_years"."version" and "calendar"."calendar_years"."confirmed_snapshot" is not null and "calendar"."calendar_years"."confirmed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "calendar"."days_off" (
	"date" date PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"reason" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "days_off_kind_check" CHECK ("calendar"."days_off"."kind" in ('holiday', 'compensatory', 'swap')),
	CONSTRAINT "days_off_year_check" CHECK (extract(year from "calendar"."days_off"."date") = "calendar"."days_off"."year")
);
--> statement-breakpoint
CREATE TABLE "calendar"."extra_working_days" (
	"date" date PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"reason" text NOT NULL,
	"swaps_for" date,
	CONSTRAINT "extra_working_days_year_check" CHECK (extract(year from "calendar"."extra_working_days"."date") = "calendar"."extra_working_days"."year"),
	CONSTRAINT "extra_working_days_weekend_check" CHECK (extract(isodow from "calendar"."extra_working_days"."date") in (6, 7))
);
--> statement-breakpoint
CREATE TABLE "calendar"."office_hours" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid,
	"valid_from" date NOT NULL,
	"morning_start" time NOT NULL,
	"morning_end" time NOT NULL,
	"afternoon_start" time NOT NULL,
	"afternoon_end" time NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_name" text,
	CONSTRAINT "office_hours_agency_valid_from_key" UNIQUE NULLS NOT DISTINCT("agency_id","valid_from"),
	CONSTRAINT "office_hours_order_check" CHECK ("calendar"."office_hours"."morning_start" < "calendar"."office_hours"."morning_end" and "calendar"."office_hours"."morning_end" <= "calendar"."office_hours"."afternoon_start" and "calendar"."office_hours"."afternoon_start" < "calendar"."office_hours"."afternoon_end")
);
--> statement-breakpoint
ALTER TABLE "calendar"."days_off" ADD CONSTRAINT "days_off_year_calendar_years_year_fk" FOREIGN KEY ("year") REFERENCES "calendar"."calendar_years"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar"."extra_working_days" ADD CONSTRAINT "extra_working_days_year_calendar_years_year_fk" FOREIGN KEY ("year") REFERENCES "calendar"."calendar_years"("year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "days_off_year_idx" ON "calendar"."days_off" USING btree ("year");--> statement-breakpoint
CREATE INDEX "extra_working_days_year_idx" ON "calendar"."extra_working_days" USING btree ("year");