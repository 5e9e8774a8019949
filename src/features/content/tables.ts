import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from '../accounts/tables.ts';
import { organisation } from '../organisations/tables.ts';
import { term } from '../taxonomy/tables.ts';

/**
 * draft → submitted → in_review (claimed) → changes_requested → submitted … → published or
 * rejected; scheduled waits for its time; archived is out of the public site but kept.
 */
export const CONTENT_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'scheduled',
  'published',
  'rejected',
  'archived',
] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

// Every content type (publication, news, blog post, event …) is one row here plus, where it
// needs more fields, a row in its own table. Search, review, feeds and the API then work
// across types through one mechanism.

export const contentItem = pgTable(
  'content_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    slug: text('slug').notNull(),
    status: text('status', { enum: CONTENT_STATUSES }).notNull().default('draft'),
    originalLocale: text('original_locale').notNull(),
    licence: text('licence'),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Editorial workflow (features/editorial): when it was last submitted … */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** … the editor reviewing it (claimed), since when … */
    claimedBy: text('claimed_by').references(() => user.id, { onDelete: 'set null' }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /** … when a scheduled item goes public … */
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }),
    /** … and a counter every save raises: a form carries it, so a stale save is refused. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('content_item_type_slug_idx').on(t.type, t.slug),
    index('content_item_listing_idx').on(t.type, t.status, t.publishedAt),
    index('content_item_queue_idx').on(t.status, t.submittedAt),
    // Harvesting (OAI-PMH, sitemaps): everything of a type changed since a date, in a stable order.
    index('content_item_changed_idx').on(t.type, t.updatedAt, t.id),
  ],
);

/** Title, summary and body per language; the original language is one of them. */
export const contentTranslation = pgTable(
  'content_translation',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    body: text('body'),
    provenance: text('provenance', { enum: ['original', 'human', 'machine'] })
      .notNull()
      .default('original'),
    /** An editor should read this version again (a machine translation, an outdated one). */
    needsReview: boolean('needs_review').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.locale] }),
    // Near-identical titles (possible duplicates): pg_trgm over unaccented lower-case titles.
    index('content_translation_title_trgm_idx').using(
      'gin',
      sql`lower(sp_unaccent(${t.title})) gin_trgm_ops`,
    ),
  ],
);

export const contentTerm = pgTable(
  'content_term',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    termId: integer('term_id')
      .notNull()
      .references(() => term.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.termId] }), index('content_term_term_idx').on(t.termId)],
);

export const contentCountry = pgTable(
  'content_country',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.country] }), index('content_country_idx').on(t.country)],
);

export const contentOrganisation = pgTable(
  'content_organisation',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.organisationId] })],
);

/** Page views per item per day: a counter, no personal data (orders the translation report). */
export const contentViewDay = pgTable(
  'content_view_day',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.day] })],
);

/** One resized copy of an image (responsive variants, smallest first). */
export interface ImageVariant {
  width: number;
  height: number;
  key: string;
  mediaType: 'image/webp' | 'image/jpeg';
}

/**
 * An item's lead image (news, blog posts, events, webinars): re-encoded on upload (which drops
 * EXIF, GPS included) into a few widths, so pages send the smallest that fits.
 */
export const contentImage = pgTable('content_image', {
  itemId: uuid('item_id')
    .primaryKey()
    .references(() => contentItem.id, { onDelete: 'cascade' }),
  /** Text alternative in the item's original language. */
  alt: text('alt').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  variants: jsonb('variants').$type<ImageVariant[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
