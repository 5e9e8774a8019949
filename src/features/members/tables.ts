import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../accounts/tables.ts';
import { contentItem } from '../content/tables.ts';

/** Who finds a member in the directory and sees their profile page. */
export const DIRECTORY_VISIBILITIES = ['public', 'members', 'hidden'] as const;
export type DirectoryVisibility = (typeof DIRECTORY_VISIBILITIES)[number];

/** Parts of a profile a member may show or keep to themselves (the name always shows). */
export const PROFILE_FIELDS = [
  'photo',
  'bio',
  'country',
  'organisation',
  'position',
  'sector',
  'expertise',
  'languages',
  'contributions',
  'communities',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Shown until the member chooses otherwise: where they work and what they know, no more. */
export const DEFAULT_SHOWN_FIELDS: ProfileField[] = ['country', 'organisation', 'expertise', 'languages'];

/**
 * What a member tells others about themselves beyond their account (name, country,
 * organisation, position and sector are on `user`), and who may see it. Conservative defaults:
 * listed for signed-in members only, a few fields shown. E-mail addresses are never shown.
 */
export const memberProfile = pgTable(
  'member_profile',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => user.id, { onDelete: 'cascade' }),
    bio: text('bio'),
    /** Storage key of the photo, re-encoded to a square WebP (which drops EXIF, GPS included). */
    photoKey: text('photo_key'),
    /** Languages the member works in (ISO 639-1). */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    directoryVisibility: text('directory_visibility', { enum: DIRECTORY_VISIBILITIES })
      .notNull()
      .default('members'),
    shownFields: text('shown_fields', { enum: PROFILE_FIELDS })
      .array()
      .notNull()
      .default(sql`'{country,organisation,expertise,languages}'::text[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('member_profile_visibility_idx').on(t.directoryVisibility)],
);

/** A member's fields of expertise: terms of the taxonomy (topics, programme areas). */
export const memberExpertise = pgTable(
  'member_expertise',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    termId: integer('term_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.termId] }), index('member_expertise_term_idx').on(t.termId)],
);

/** What a member can follow: a theme (taxonomy term), a country, an organisation, a member. */
export const FOLLOW_KINDS = ['term', 'country', 'organisation', 'member'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

/**
 * A member follows a theme, a country, an organisation or another member: what they follow,
 * with their interests, chooses what "for you" brings them.
 */
export const follow = pgTable(
  'follow',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FOLLOW_KINDS }).notNull(),
    /** Term id, ISO country code, organisation id or user id, as text. */
    targetId: text('target_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind, t.targetId] }),
    index('follow_target_idx').on(t.kind, t.targetId),
  ],
);

/** A member's named reading list: private, or shared with whoever has its link. */
export const readingList = pgTable(
  'reading_list',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Set while the list is shared: the secret part of its link (stored hashed). */
    shareTokenHash: text('share_token_hash').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reading_list_user_idx').on(t.userId)],
);

/** An item bookmarked into a list (any content type). */
export const readingListItem = pgTable(
  'reading_list_item',
  {
    listId: uuid('list_id')
      .notNull()
      .references(() => readingList.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.itemId] })],
);

/**
 * A member's request for everything the platform holds about them: built by a job into an
 * archive (JSON and their files), downloadable by them for 7 days, then removed.
 */
export const dataExport = pgTable(
  'data_export',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'ready', 'failed'] })
      .notNull()
      .default('pending'),
    storageKey: text('storage_key'),
    size: integer('size'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    readyAt: timestamp('ready_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [index('data_export_user_idx').on(t.userId), index('data_export_expires_idx').on(t.expiresAt)],
);
