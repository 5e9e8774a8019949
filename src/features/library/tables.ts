import { integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { contentItem } from '../content/tables.ts';

/** Publication-only fields; title, summary and classification live on content_item. */
export const publication = pgTable('publication', {
  itemId: uuid('item_id')
    .primaryKey()
    .references(() => contentItem.id, { onDelete: 'cascade' }),
  year: integer('year'),
  /** Ordered personal authors. */
  authors: jsonb('authors').$type<string[]>().notNull().default([]),
  /** ISO 639-1 codes of the document's own languages. */
  languages: jsonb('languages').$type<string[]>().notNull().default([]),
  doi: text('doi'),
  isbn: text('isbn'),
  url: text('url'),
  pageCount: integer('page_count'),
});
