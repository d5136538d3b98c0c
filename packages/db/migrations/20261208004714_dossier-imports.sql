CREATE TABLE "dossiers"."dossier_imports" (
	"import_key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"actor_name" text,
	"dossier_count" integer NOT NULL,
	"result" jsonb NOT NULL
);
