CREATE TABLE "content_image" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"alt" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"variants" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	"mode" text NOT NULL,
	"venue" text,
	"city" text,
	"country" text,
	"online_url" text,
	"registration_url" text,
	"website_url" text,
	CONSTRAINT "event_ends_after_start" CHECK ("event"."ends_at" >= "event"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "webinar" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"meeting_url" text,
	"capacity" integer,
	"spoken_languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"interpretation" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"cancelled_at" timestamp with time zone,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"recording_url" text,
	"publication_id" uuid,
	CONSTRAINT "webinar_duration" CHECK ("webinar"."duration_minutes" between 5 and 1440),
	CONSTRAINT "webinar_capacity" CHECK ("webinar"."capacity" is null or "webinar"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "webinar_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"webinar_id" uuid NOT NULL,
	"storage_key" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webinar_person" (
	"id" serial PRIMARY KEY NOT NULL,
	"webinar_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"position" text,
	"organisation" text,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webinar_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"webinar_id" uuid NOT NULL,
	"user_id" text,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"locale" text NOT NULL,
	"time_zone" text NOT NULL,
	"country" text,
	"sector" text,
	"status" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attended_minutes" integer
);
--> statement-breakpoint
CREATE TABLE "webinar_reminder" (
	"registration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "webinar_reminder_registration_id_kind_pk" PRIMARY KEY("registration_id","kind")
);
--> statement-breakpoint
ALTER TABLE "mail_message" ADD COLUMN "ical_event" jsonb;--> statement-breakpoint
ALTER TABLE "content_image" ADD CONSTRAINT "content_image_item_id_content_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_item_id_content_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar" ADD CONSTRAINT "webinar_item_id_content_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar" ADD CONSTRAINT "webinar_publication_id_content_item_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."content_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_file" ADD CONSTRAINT "webinar_file_webinar_id_webinar_item_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinar"("item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_person" ADD CONSTRAINT "webinar_person_webinar_id_webinar_item_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinar"("item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_registration" ADD CONSTRAINT "webinar_registration_webinar_id_webinar_item_id_fk" FOREIGN KEY ("webinar_id") REFERENCES "public"."webinar"("item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_registration" ADD CONSTRAINT "webinar_registration_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webinar_reminder" ADD CONSTRAINT "webinar_reminder_registration_id_webinar_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."webinar_registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_starts_idx" ON "event" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "event_ends_idx" ON "event" USING btree ("ends_at");--> statement-breakpoint
CREATE INDEX "webinar_starts_idx" ON "webinar" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "webinar_file_webinar_idx" ON "webinar_file" USING btree ("webinar_id");--> statement-breakpoint
CREATE INDEX "webinar_person_webinar_idx" ON "webinar_person" USING btree ("webinar_id");--> statement-breakpoint
CREATE UNIQUE INDEX "webinar_registration_email_idx" ON "webinar_registration" USING btree ("webinar_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "webinar_registration_token_idx" ON "webinar_registration" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "webinar_registration_status_idx" ON "webinar_registration" USING btree ("webinar_id","status","created_at");--> statement-breakpoint
CREATE INDEX "webinar_registration_user_idx" ON "webinar_registration" USING btree ("user_id");