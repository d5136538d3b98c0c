CREATE TABLE "jobs"."schedules" (
	"name" text PRIMARY KEY NOT NULL,
	"queue" text NOT NULL,
	"every_seconds" integer NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"catch_up" text DEFAULT 'latest' NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_run_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
