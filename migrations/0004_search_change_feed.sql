CREATE TABLE "search_change" (
	"gen" bigint NOT NULL,
	"kind" text NOT NULL,
	"ref_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_generation" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "search_generation_single_row" CHECK ("search_generation"."id" = 1)
);
--> statement-breakpoint
CREATE INDEX "search_change_gen_idx" ON "search_change" USING btree ("gen");--> statement-breakpoint
CREATE INDEX "search_change_at_idx" ON "search_change" USING btree ("at");--> statement-breakpoint
-- The one generation row; indexDocument/removeDocument bump it (see core/search/tables.ts).
INSERT INTO "search_generation" ("id", "n") VALUES (1, 0);
