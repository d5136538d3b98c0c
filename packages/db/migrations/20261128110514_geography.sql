CREATE SCHEMA "geography";
--> statement-breakpoint
CREATE TABLE "geography"."administrative_units" (
	"code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"level" text NOT NULL,
	"type" text NOT NULL,
	"type_en" text NOT NULL,
	"name" text NOT NULL,
	"full_name" text NOT NULL,
	"name_en" text NOT NULL,
	"full_name_en" text NOT NULL,
	"parent_code" text,
	"legal_basis" text NOT NULL,
	"ended_by" text,
	"area_km2" double precision,
	CONSTRAINT "administrative_units_pk" PRIMARY KEY("code","valid_from"),
	CONSTRAINT "administrative_units_level_check" CHECK ("geography"."administrative_units"."level" in ('province', 'district', 'commune')),
	CONSTRAINT "administrative_units_validity_check" CHECK ("geography"."administrative_units"."valid_to" is null or "geography"."administrative_units"."valid_to" >= "geography"."administrative_units"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "geography"."unit_changes" (
	"from_code" text NOT NULL,
	"from_valid_from" date NOT NULL,
	"to_code" text NOT NULL,
	"to_valid_from" date NOT NULL,
	"effective_date" date NOT NULL,
	"kind" text NOT NULL,
	"whole_area" boolean NOT NULL,
	"legal_basis" text NOT NULL,
	CONSTRAINT "unit_changes_pk" PRIMARY KEY("from_code","from_valid_from","to_code","to_valid_from"),
	CONSTRAINT "unit_changes_kind_check" CHECK ("geography"."unit_changes"."kind" in ('merge', 'unchanged', 'abolished'))
);
--> statement-breakpoint
ALTER TABLE "geography"."unit_changes" ADD CONSTRAINT "unit_changes_from_fk" FOREIGN KEY ("from_code","from_valid_from") REFERENCES "geography"."administrative_units"("code","valid_from") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "geography"."unit_changes" ADD CONSTRAINT "unit_changes_to_fk" FOREIGN KEY ("to_code","to_valid_from") REFERENCES "geography"."administrative_units"("code","valid_from") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "administrative_units_parent_idx" ON "geography"."administrative_units" USING btree ("parent_code","valid_from");--> statement-breakpoint
CREATE INDEX "administrative_units_level_idx" ON "geography"."administrative_units" USING btree ("level","valid_from");--> statement-breakpoint
CREATE INDEX "unit_changes_to_idx" ON "geography"."unit_changes" USING btree ("to_code","to_valid_from");