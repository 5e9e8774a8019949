ALTER TABLE "organisation" ADD COLUMN "logo_key" text;--> statement-breakpoint
ALTER TABLE "organisation_affiliation" ADD COLUMN "role" text DEFAULT 'member' NOT NULL;