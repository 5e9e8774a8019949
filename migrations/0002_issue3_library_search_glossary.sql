-- Search: accents never matter, and each language is stemmed with its own rules.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION sp_english (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION sp_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION sp_french (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION sp_french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION sp_spanish (COPY = spanish);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION sp_spanish ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION sp_portuguese (COPY = portuguese);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION sp_portuguese ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION sp_simple (COPY = simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION sp_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;--> statement-breakpoint
-- The configuration for a language code; every other language is indexed without stemming.
CREATE FUNCTION sp_config(locale text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE locale WHEN 'en' THEN 'sp_english'::regconfig WHEN 'fr' THEN 'sp_french'::regconfig
    WHEN 'es' THEN 'sp_spanish'::regconfig WHEN 'pt' THEN 'sp_portuguese'::regconfig
    ELSE 'sp_simple'::regconfig END
$$;--> statement-breakpoint
-- Sorted distinct stems of a phrase: equal for "transferts monétaires" and "transfert monétaire".
CREATE FUNCTION sp_match_key(cfg regconfig, phrase text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_string(tsvector_to_array(to_tsvector(cfg, phrase)), ' '), '')
$$;--> statement-breakpoint
CREATE TABLE "download_day" (
	"file_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"day" date NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "download_day_file_id_day_pk" PRIMARY KEY("file_id","day")
);
--> statement-breakpoint
CREATE TABLE "publication_duplicate" (
	"item_id" uuid NOT NULL,
	"other_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "publication_duplicate_item_id_other_id_reason_pk" PRIMARY KEY("item_id","other_id","reason")
);
--> statement-breakpoint
CREATE TABLE "publication_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"role" text DEFAULT 'document' NOT NULL,
	"storage_key" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"page_count" integer,
	"text_status" text DEFAULT 'pending' NOT NULL,
	"text_error" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publication_file_text" (
	"file_id" uuid PRIMARY KEY NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_document" (
	"kind" text NOT NULL,
	"ref_id" text NOT NULL,
	"slug" text NOT NULL,
	"original_locale" text NOT NULL,
	"titles" jsonb NOT NULL,
	"summaries" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sort_date" timestamp with time zone,
	"year" integer,
	"term_ids" integer[] DEFAULT '{}'::int[] NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"document" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_document_kind_ref_id_pk" PRIMARY KEY("kind","ref_id")
);
--> statement-breakpoint
CREATE TABLE "search_lexicon" (
	"word" text PRIMARY KEY NOT NULL,
	"documents" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"query" text NOT NULL,
	"locale" text NOT NULL,
	"scope" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"results" integer NOT NULL,
	"expanded" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "glossary_concept" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "glossary_concept_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "glossary_entry" (
	"concept_id" integer NOT NULL,
	"locale" text NOT NULL,
	"label" text NOT NULL,
	"synonyms" text[] DEFAULT '{}' NOT NULL,
	"definition" text NOT NULL,
	"source" text,
	CONSTRAINT "glossary_entry_concept_id_locale_pk" PRIMARY KEY("concept_id","locale")
);
--> statement-breakpoint
CREATE TABLE "glossary_form" (
	"id" serial PRIMARY KEY NOT NULL,
	"concept_id" integer NOT NULL,
	"locale" text NOT NULL,
	"form" text NOT NULL,
	"is_label" boolean DEFAULT false NOT NULL,
	"match_key" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "publication" ADD COLUMN "issued_on" date;--> statement-breakpoint
ALTER TABLE "download_day" ADD CONSTRAINT "download_day_file_id_publication_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."publication_file"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_duplicate" ADD CONSTRAINT "publication_duplicate_item_id_content_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_duplicate" ADD CONSTRAINT "publication_duplicate_other_id_content_item_id_fk" FOREIGN KEY ("other_id") REFERENCES "public"."content_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_file" ADD CONSTRAINT "publication_file_item_id_content_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_file_text" ADD CONSTRAINT "publication_file_text_file_id_publication_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."publication_file"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_entry" ADD CONSTRAINT "glossary_entry_concept_id_glossary_concept_id_fk" FOREIGN KEY ("concept_id") REFERENCES "public"."glossary_concept"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_form" ADD CONSTRAINT "glossary_form_concept_id_glossary_concept_id_fk" FOREIGN KEY ("concept_id") REFERENCES "public"."glossary_concept"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "download_day_item_idx" ON "download_day" USING btree ("item_id","day");--> statement-breakpoint
CREATE INDEX "publication_file_item_idx" ON "publication_file" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "publication_file_sha_idx" ON "publication_file" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "search_document_fts_idx" ON "search_document" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_document_terms_idx" ON "search_document" USING gin ("term_ids");--> statement-breakpoint
CREATE INDEX "search_document_countries_idx" ON "search_document" USING gin ("countries");--> statement-breakpoint
CREATE INDEX "search_document_orgs_idx" ON "search_document" USING gin ("organisation_ids");--> statement-breakpoint
CREATE INDEX "search_document_languages_idx" ON "search_document" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "search_document_date_idx" ON "search_document" USING btree ("kind","sort_date");--> statement-breakpoint
CREATE INDEX "search_document_year_idx" ON "search_document" USING btree ("year");--> statement-breakpoint
CREATE INDEX "search_lexicon_trgm_idx" ON "search_lexicon" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_log_at_idx" ON "search_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "glossary_entry_label_idx" ON "glossary_entry" USING btree ("locale","label");--> statement-breakpoint
CREATE INDEX "glossary_form_key_idx" ON "glossary_form" USING btree ("match_key");--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_form_unique_idx" ON "glossary_form" USING btree ("concept_id","locale","form");--> statement-breakpoint
CREATE INDEX "publication_doi_idx" ON "publication" USING btree ("doi");