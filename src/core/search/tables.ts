import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One row per public, searchable thing (a publication, a glossary concept, later news,
 * events …), written by the feature that owns it through core/search `indexDocument`.
 * Facet values are denormalised into arrays (with tree ancestors and the regions and income
 * groups of the countries) so that filters and facet counts never join the content tables.
 */
export const searchDocument = pgTable(
  'search_document',
  {
    kind: text('kind').notNull(),
    refId: text('ref_id').notNull(),
    slug: text('slug').notNull(),
    originalLocale: text('original_locale').notNull(),
    /** locale → title / summary, for result lists without joins. */
    titles: jsonb('titles').$type<Record<string, string>>().notNull(),
    summaries: jsonb('summaries').$type<Record<string, string>>().notNull().default({}),
    /** Date used for "newest first" and the year facet. */
    sortDate: timestamp('sort_date', { withTimezone: true }),
    year: integer('year'),
    termIds: integer('term_ids').array().notNull().default(sql`'{}'::int[]`),
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    organisationIds: uuid('organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Languages of the content itself (ISO 639-1). */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    document: tsvector('document').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.refId] }),
    index('search_document_fts_idx').using('gin', t.document),
    index('search_document_terms_idx').using('gin', t.termIds),
    index('search_document_countries_idx').using('gin', t.countries),
    index('search_document_orgs_idx').using('gin', t.organisationIds),
    index('search_document_languages_idx').using('gin', t.languages),
    index('search_document_date_idx').on(t.kind, t.sortDate),
    index('search_document_year_idx').on(t.year),
  ],
);

/** Words seen in titles and summaries, unaccented, for "did you mean" (pg_trgm). */
export const searchLexicon = pgTable(
  'search_lexicon',
  {
    word: text('word').primaryKey(),
    documents: integer('documents').notNull().default(1),
  },
  (t) => [index('search_lexicon_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)],
);

/** Searches for the metrics dashboard: what was asked and how many results — no user. */
export const searchLog = pgTable(
  'search_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    query: text('query').notNull(),
    locale: text('locale').notNull(),
    scope: text('scope').notNull(),
    filters: jsonb('filters').$type<Record<string, string[]>>().notNull().default({}),
    results: integer('results').notNull(),
    expanded: jsonb('expanded').$type<string[]>().notNull().default([]),
  },
  (t) => [index('search_log_at_idx').on(t.at)],
);

/**
 * The change feed that keeps each process's in-memory index (core/search/memory) in step:
 * every write of search_document bumps the single generation row and records which document
 * changed, in the same transaction. The row lock orders writers, so generations commit in
 * order and a reader that sees generation n has every change up to n.
 */
export const searchGeneration = pgTable(
  'search_generation',
  {
    id: smallint('id').primaryKey().default(1),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('search_generation_single_row', sql`${t.id} = 1`)],
);

export const searchChange = pgTable(
  'search_change',
  {
    gen: bigint('gen', { mode: 'number' }).notNull(),
    kind: text('kind').notNull(),
    refId: text('ref_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('search_change_gen_idx').on(t.gen), index('search_change_at_idx').on(t.at)],
);
