import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { contentItem } from '../content/tables.ts';

export const EVENT_KINDS = ['conference', 'training', 'course', 'workshop', 'meeting', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How people take part (schema.org's attendance modes). */
export const ATTENDANCE_MODES = ['online', 'in_person', 'hybrid'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/**
 * An event run elsewhere (conference, training, course): a content item (titles, texts,
 * classification, organisers as its organisations) plus when and where. Instants are stored in
 * UTC with the IANA zone they were given in; an all-day event starts at local midnight of its
 * first day and ends at local midnight after its last.
 */
export const eventDetails = pgTable(
  'event',
  {
    itemId: uuid('item_id')
      .primaryKey()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    allDay: boolean('all_day').notNull().default(false),
    mode: text('mode', { enum: ATTENDANCE_MODES }).notNull(),
    venue: text('venue'),
    city: text('city'),
    /** ISO 3166-1 alpha-2 of the place (in person / hybrid). */
    country: text('country'),
    onlineUrl: text('online_url'),
    registrationUrl: text('registration_url'),
    websiteUrl: text('website_url'),
  },
  (t) => [
    index('event_starts_idx').on(t.startsAt),
    index('event_ends_idx').on(t.endsAt),
    check('event_ends_after_start', sql`${t.endsAt} >= ${t.startsAt}`),
  ],
);
