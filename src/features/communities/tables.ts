import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from '../accounts/tables.ts';
import { contentItem } from '../content/tables.ts';

/** public: anyone reads, members post; private: listed, content for members; hidden: invitation only. */
export const VISIBILITIES = ['public', 'private', 'hidden'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** active → archived (read-only, still searchable when public). */
export const COMMUNITY_STATUSES = ['active', 'archived'] as const;
export const HEALTH_STATES = ['healthy', 'slowing', 'dormant'] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export const community = pgTable(
  'community',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    /** Purpose and audience, shown on the listing and the community's page (Markdown). */
    description: text('description').notNull(),
    /** The language the community works in first; others it welcomes. */
    locale: text('locale').notNull(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    status: text('status', { enum: COMMUNITY_STATUSES }).notNull().default('active'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Last thread, reply or join: the listing's "last activity" and the health job's input. */
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    health: text('health', { enum: HEALTH_STATES }).notNull().default('healthy'),
    healthCheckedAt: timestamp('health_checked_at', { withTimezone: true }),
    /** The last nudge sent to its admins (one per period). */
    nudgedAt: timestamp('nudged_at', { withTimezone: true }),
  },
  (t) => [
    index('community_listing_idx').on(t.visibility, t.status, t.lastActivityAt),
    index('community_health_idx').on(t.health),
  ],
);

/** A member's concept note asking for a community; the platform team approves or declines. */
export const communityRequest = pgTable(
  'community_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requesterId: text('requester_id').references(() => user.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    audience: text('audience').notNull(),
    proposedAdmins: text('proposed_admins').notNull(),
    activities: text('activities').notNull(),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    duration: text('duration').notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    locale: text('locale').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'declined'] })
      .notNull()
      .default('pending'),
    decidedBy: text('decided_by').references(() => user.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    message: text('message'),
    communityId: uuid('community_id').references(() => community.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_request_status_idx').on(t.status, t.createdAt)],
);

export const MEMBER_ROLES = ['admin', 'moderator', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** active member; pending (asked to join a private community); banned (removed, may not rejoin). */
export const MEMBERSHIP_STATUSES = ['active', 'pending', 'banned'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const communityMember = pgTable(
  'community_member',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => community.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBER_ROLES }).notNull().default('member'),
    status: text('status', { enum: MEMBERSHIP_STATUSES }).notNull().default('active'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    /** Onboarding checklist items an admin has ticked. */
    checklistDone: text('checklist_done').array().notNull().default(sql`'{}'::text[]`),
    lastPostedAt: timestamp('last_posted_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.userId] }),
    index('community_member_user_idx').on(t.userId, t.status),
    index('community_member_role_idx').on(t.communityId, t.role, t.status),
  ],
);

/** An invitation by e-mail (to a member or to someone without an account); the link expires. */
export const communityInvitation = pgTable(
  'community_invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => community.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
    /** SHA-256 of the secret in the link. */
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: text('accepted_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_invitation_community_idx').on(t.communityId, t.email)],
);

/** A discussion thread (or an admins' announcement). */
export const communityThread = pgTable(
  'community_thread',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => community.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['discussion', 'announcement'] })
      .notNull()
      .default('discussion'),
    pinned: boolean('pinned').notNull().default(false),
    locked: boolean('locked').notNull().default(false),
    replyCount: integer('reply_count').notNull().default(0),
    lastPostAt: timestamp('last_post_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The form's key: the same "new thread" form posted twice starts one thread. */
    clientKey: text('client_key'),
  },
  (t) => [
    index('community_thread_list_idx').on(t.communityId, t.pinned, t.lastPostAt),
    uniqueIndex('community_thread_client_key_idx').on(t.communityId, t.authorId, t.clientKey),
  ],
);

/**
 * A post: the thread's opening post (`isOpening`) or a reply. Hidden posts (by a moderator, or
 * automatically after N reports until reviewed) are shown to moderators only. `clientKey` makes
 * a double-submitted form store one post.
 */
export const communityPost = pgTable(
  'community_post',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThread.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => user.id, { onDelete: 'set null' }),
    isOpening: boolean('is_opening').notNull().default(false),
    body: text('body').notNull(),
    quotedPostId: uuid('quoted_post_id'),
    hidden: boolean('hidden').notNull().default(false),
    hiddenReason: text('hidden_reason', { enum: ['moderator', 'reports'] }),
    clientKey: text('client_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [
    index('community_post_thread_idx').on(t.threadId, t.createdAt, t.id),
    uniqueIndex('community_post_client_key_idx').on(t.threadId, t.authorId, t.clientKey),
    check('community_post_body_size', sql`length(${t.body}) <= 20000`),
  ],
);

/** Earlier versions of an edited post. */
export const communityPostRevision = pgTable(
  'community_post_revision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPost.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    editedBy: text('edited_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_post_revision_post_idx').on(t.postId)],
);

/** Files attached to a post, or to the community's shared library (`postId` null). */
export const communityFile = pgTable(
  'community_file',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communityId: uuid('community_id')
      .notNull()
      .references(() => community.id, { onDelete: 'cascade' }),
    postId: uuid('post_id').references(() => communityPost.id, { onDelete: 'cascade' }),
    uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
    title: text('title'),
    storageKey: text('storage_key').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('community_file_community_idx').on(t.communityId, t.postId)],
);

/** Library items linked into a community's shared library. */
export const communityLibraryLink = pgTable(
  'community_library_link',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => community.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    addedBy: text('added_by').references(() => user.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.itemId] })],
);

/** Events and webinars that belong to a community. */
export const communityEvent = pgTable(
  'community_event',
  {
    communityId: uuid('community_id')
      .notNull()
      .references(() => community.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.itemId] })],
);

/** The one reaction: "useful". */
export const communityReaction = pgTable(
  'community_reaction',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPost.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

export const threadFollow = pgTable(
  'community_thread_follow',
  {
    threadId: uuid('thread_id')
      .notNull()
      .references(() => communityThread.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.threadId, t.userId] }),
    index('community_thread_follow_user_idx').on(t.userId),
  ],
);

/** A member's report of a post; distinct reporters count towards auto-hiding. */
export const postReport = pgTable(
  'community_post_report',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => communityPost.id, { onDelete: 'cascade' }),
    reporterId: text('reporter_id').references(() => user.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'upheld', 'dismissed'] })
      .notNull()
      .default('open'),
    reviewedBy: text('reviewed_by').references(() => user.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('community_post_report_once_idx').on(t.postId, t.reporterId),
    index('community_post_report_status_idx').on(t.status, t.createdAt),
  ],
);
