import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const ORGANISATION_TYPES = [
  'government',
  'international',
  'ngo',
  'academia',
  'private',
  'donor',
  'network',
  'other',
] as const;

export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    type: text('type', { enum: ORGANISATION_TYPES }).notNull(),
    country: text('country'),
    website: text('website'),
    /** Storage key of the logo, re-encoded as WebP (managers upload it). */
    logoKey: text('logo_key'),
    /** Set by admins; confirmed members of a verified partner may inherit trusted posting rights. */
    verifiedPartner: boolean('verified_partner').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organisation_name_idx').on(t.name)],
);

export const organisationDescription = pgTable(
  'organisation_description',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.locale] })],
);
