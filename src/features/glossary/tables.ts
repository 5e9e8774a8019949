import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** A social-protection concept; its words in each language are glossary_entry rows. */
export const glossaryConcept = pgTable('glossary_concept', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Label, synonyms, definition and source of one concept in one language. */
export const glossaryEntry = pgTable(
  'glossary_entry',
  {
    conceptId: integer('concept_id')
      .notNull()
      .references(() => glossaryConcept.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    label: text('label').notNull(),
    synonyms: text('synonyms').array().notNull().default([]),
    definition: text('definition').notNull(),
    source: text('source'),
  },
  (t) => [
    primaryKey({ columns: [t.conceptId, t.locale] }),
    index('glossary_entry_label_idx').on(t.locale, t.label),
  ],
);

/**
 * Every label and synonym with its match key: the sorted stems under its language's
 * text-search configuration (`sp_match_key`), so "transferts monétaires" in a query finds
 * the entry "transfert monétaire". Rebuilt from glossary_entry whenever a concept is saved.
 */
export const glossaryForm = pgTable(
  'glossary_form',
  {
    id: serial('id').primaryKey(),
    conceptId: integer('concept_id')
      .notNull()
      .references(() => glossaryConcept.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    form: text('form').notNull(),
    isLabel: boolean('is_label').notNull().default(false),
    matchKey: text('match_key').notNull(),
  },
  (t) => [
    index('glossary_form_key_idx').on(t.matchKey),
    uniqueIndex('glossary_form_unique_idx').on(t.conceptId, t.locale, t.form),
  ],
);
