import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every e-mail the platform writes. Delivered over SMTP when configured, else kept as the outbox. */
export const mailMessage = pgTable(
  'mail_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    toName: text('to_name'),
    locale: text('locale').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** A calendar invitation sent with it (text/calendar; METHOD REQUEST or CANCEL). */
    icalEvent: jsonb('ical_event').$type<{
      method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
      filename: string;
      content: string;
    }>(),
    /** queued → sending → sent | failed; 'kept' when no SMTP server is configured. */
    status: text('status', { enum: ['queued', 'sending', 'sent', 'failed', 'kept'] })
      .notNull()
      .default('queued'),
    /**
     * 0: a message someone is waiting for (sign-up, confirmation); 1: bulk (webinar reminders),
     * sent when no person is waiting, so a large send never holds up a sign-up.
     */
    priority: integer('priority').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When a worker claimed it for sending; a claim older than a few minutes was interrupted. */
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_message_created_idx').on(t.createdAt),
    index('mail_message_status_idx').on(t.status),
    index('mail_message_queue_idx').on(t.priority, t.createdAt).where(sql`${t.status} = 'queued'`),
  ],
);
