CREATE SCHEMA "notifications";
--> statement-breakpoint
CREATE TABLE "notifications"."local_sms" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"to" text NOT NULL,
	"text" text NOT NULL,
	"message_key" text NOT NULL,
	"encoding" text NOT NULL,
	"segments" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications"."sent_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"message_key" text NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"template" text NOT NULL,
	"provider" text NOT NULL,
	"provider_message_id" text,
	"subject_type" text,
	"subject_id" text,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sent_messages_message_key_key" UNIQUE("message_key"),
	CONSTRAINT "sent_messages_channel_check" CHECK ("notifications"."sent_messages"."channel" in ('email', 'sms'))
);
--> statement-breakpoint
CREATE INDEX "local_sms_to_idx" ON "notifications"."local_sms" USING btree ("to","id");--> statement-breakpoint
CREATE INDEX "sent_messages_subject_idx" ON "notifications"."sent_messages" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "sent_messages_sent_at_idx" ON "notifications"."sent_messages" USING btree ("sent_at");