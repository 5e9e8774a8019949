import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../accounts/tables.ts';

export const FEEDBACK_CATEGORIES = [
  'content',
  'problem',
  'idea',
  'accessibility',
  'language',
  'other',
] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];
export const FEEDBACK_STATUSES = ['new', 'in_progress', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/**
 * Feedback on the platform from members and visitors (the seed: "we encourage our members to
 * provide feedback … so that we can define priorities"), triaged by the team. A visitor may
 * leave an address to be answered; it is kept only with the feedback.
 */
export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    name: text('name'),
    email: text('email'),
    category: text('category', { enum: FEEDBACK_CATEGORIES }).notNull(),
    message: text('message').notNull(),
    /** The page it was sent from (path within the site). */
    pagePath: text('page_path'),
    locale: text('locale').notNull(),
    status: text('status', { enum: FEEDBACK_STATUSES }).notNull().default('new'),
    reply: text('reply'),
    repliedBy: text('replied_by').references(() => user.id, { onDelete: 'set null' }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('feedback_status_idx').on(t.status, t.createdAt)],
);
