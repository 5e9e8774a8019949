import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../accounts/tables.ts';

/** What a notification says and where it leads, in the words of the moment it was made. */
export interface NotificationPayload {
  /** What it is about (a thread's title, a community's name). */
  title: string;
  /** Path under the locale, e.g. "/communities/x/threads/y#post-z". */
  path: string;
  actorName?: string;
  excerpt?: string;
  communityName?: string;
}

/**
 * On-site notifications (the notification centre and its unread count). `communityId` lets a
 * notification disappear when the member can no longer see that community.
 */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    communityId: uuid('community_id'),
    payload: jsonb('payload').$type<NotificationPayload>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** Sent by e-mail (at once, or in a daily summary). */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notification_user_idx').on(t.userId, t.createdAt),
    index('notification_unread_idx').on(t.userId, t.readAt),
    index('notification_digest_idx').on(t.emailedAt, t.createdAt),
  ],
);

export const DELIVERY_MODES = ['immediately', 'daily', 'off'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** How a member wants each kind of notification by e-mail (on site they always appear). */
export const notificationPreference = pgTable(
  'notification_preference',
  {
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    mode: text('mode', { enum: DELIVERY_MODES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);
