import {
  type AnyPgColumn,
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

/** A classification axis (programme area, topic, region …). Data, so editors can add one. */
export const vocabulary = pgTable('vocabulary', {
  id: text('id').primaryKey(),
  isTree: boolean('is_tree').notNull().default(false),
  position: integer('position').notNull().default(0),
});

export const vocabularyLabel = pgTable(
  'vocabulary_label',
  {
    vocabularyId: text('vocabulary_id')
      .notNull()
      .references(() => vocabulary.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    label: text('label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.vocabularyId, t.locale] })],
);

export const term = pgTable(
  'term',
  {
    id: serial('id').primaryKey(),
    vocabularyId: text('vocabulary_id')
      .notNull()
      .references(() => vocabulary.id),
    slug: text('slug').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => term.id),
    position: integer('position').notNull().default(0),
    status: text('status', { enum: ['active', 'retired'] })
      .notNull()
      .default('active'),
    /** Set when merged: content moved to that term, old links resolve to it. */
    mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => term.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('term_vocabulary_slug_idx').on(t.vocabularyId, t.slug),
    index('term_parent_idx').on(t.parentId),
  ],
);

export const termLabel = pgTable(
  'term_label',
  {
    termId: integer('term_id')
      .notNull()
      .references(() => term.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    label: text('label').notNull(),
    description: text('description'),
  },
  (t) => [primaryKey({ columns: [t.termId, t.locale] })],
);

/** ISO 3166-1 countries; names come from i18n-iso-countries, grouping from the World Bank. */
export const country = pgTable('country', {
  iso2: text('iso2').primaryKey(),
  iso3: text('iso3').notNull().unique(),
  regionTermId: integer('region_term_id').references(() => term.id),
  incomeTermId: integer('income_term_id').references(() => term.id),
});
