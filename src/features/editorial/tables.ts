import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from '../accounts/tables.ts';
import { contentItem } from '../content/tables.ts';
import { organisation } from '../organisations/tables.ts';

// The editorial workflow is one mechanism for every member-submittable content type: the
// state lives on content_item (status, claim, version, schedule); the tables here hold the
// history, the revisions, posting rights and the team's lists.

/** Every change of state, in order: who, when, with which message. */
export const contentTransition = pgTable(
  'content_transition',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
    message: text('message'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('content_transition_item_idx').on(t.itemId, t.id)],
);

/** A saved state of an item's editable fields (numbered per item), for diff and restore. */
export const contentRevision = pgTable(
  'content_revision',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    actorId: text('actor_id').references(() => user.id, { onDelete: 'set null' }),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('content_revision_item_number_idx').on(t.itemId, t.number)],
);

/**
 * Posting rights of a member or an organisation. No row means "unverified" (everything is
 * reviewed). Trusted publishes directly (a sample goes to the spot-check list); blocked
 * cannot submit.
 */
export const postingRight = pgTable(
  'posting_right',
  {
    subjectKind: text('subject_kind', { enum: ['user', 'organisation'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    level: text('level', { enum: ['unverified', 'trusted', 'blocked'] }).notNull(),
    setBy: text('set_by').references(() => user.id, { onDelete: 'set null' }),
    setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.subjectKind, t.subjectId] })],
);

/** A member's tie to an organisation; a confirmed tie to a verified partner can pass on trust. */
export const organisationAffiliation = pgTable(
  'organisation_affiliation',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['claimed', 'confirmed'] })
      .notNull()
      .default('claimed'),
    /** Managers confirm or remove the organisation's affiliations and edit its page. */
    role: text('role', { enum: ['member', 'manager'] })
      .notNull()
      .default('member'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index('organisation_affiliation_org_idx').on(t.organisationId),
  ],
);

/** Items a trusted member published directly, sampled for an editor to look at afterwards. */
export const spotCheck = pgTable('spot_check', {
  itemId: uuid('item_id')
    .primaryKey()
    .references(() => contentItem.id, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  checkedBy: text('checked_by').references(() => user.id, { onDelete: 'set null' }),
  checkedAt: timestamp('checked_at', { withTimezone: true }),
});

/** Home-page picks per locale, in order, until they expire. */
export const featuredItem = pgTable(
  'featured_item',
  {
    id: serial('id').primaryKey(),
    locale: text('locale').notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('featured_item_locale_item_idx').on(t.locale, t.itemId),
    index('featured_item_order_idx').on(t.locale, t.position),
  ],
);

/** The last check of each external link of an item (scheduled job). */
export const linkCheck = pgTable(
  'link_check',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
    ok: boolean('ok').notNull(),
    /** HTTP status, when the server answered. */
    statusCode: integer('status_code'),
    error: text('error'),
    /** Consecutive failed checks (one failure may be a passing outage). */
    failures: integer('failures').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.url] }), index('link_check_failing_idx').on(t.ok)],
);
