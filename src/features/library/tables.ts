import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { contentItem } from '../content/tables.ts';

/** Publication-only fields; title, summary and classification live on content_item. */
export const publication = pgTable(
  'publication',
  {
    itemId: uuid('item_id')
      .primaryKey()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    year: integer('year'),
    /** Full date when known (the year alone is common for grey literature). */
    issuedOn: date('issued_on'),
    /** Ordered personal authors. */
    authors: jsonb('authors').$type<string[]>().notNull().default([]),
    /** ISO 639-1 codes of the document's own languages. */
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    doi: text('doi'),
    isbn: text('isbn'),
    url: text('url'),
    pageCount: integer('page_count'),
  },
  (t) => [index('publication_doi_idx').on(t.doi)],
);

/** An uploaded file of a publication (the document in one or more formats, or its cover). */
export const publicationFile = pgTable(
  'publication_file',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['document', 'cover'] })
      .notNull()
      .default('document'),
    /** Key in storage; never derived from the uploaded name. */
    storageKey: text('storage_key').notNull(),
    /** Name offered on download (cleaned). */
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    pageCount: integer('page_count'),
    /** Text extraction: pending → extracted | failed | none (formats we do not read). */
    textStatus: text('text_status', { enum: ['pending', 'extracted', 'failed', 'none'] })
      .notNull()
      .default('pending'),
    textError: text('text_error'),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('publication_file_item_idx').on(t.itemId), index('publication_file_sha_idx').on(t.sha256)],
);

/** Extracted full text, kept apart so listing queries never read it. */
export const publicationFileText = pgTable('publication_file_text', {
  fileId: uuid('file_id')
    .primaryKey()
    .references(() => publicationFile.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
});

/** Downloads per file per day: a counter, no personal data. */
export const downloadDay = pgTable(
  'download_day',
  {
    fileId: uuid('file_id')
      .notNull()
      .references(() => publicationFile.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id').notNull(),
    day: date('day').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.day] }), index('download_day_item_idx').on(t.itemId, t.day)],
);

/** A possible duplicate found when a publication was saved, shown to submitter and editors. */
export const publicationDuplicate = pgTable(
  'publication_duplicate',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    otherId: uuid('other_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: ['doi', 'file', 'title'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.otherId, t.reason] })],
);
