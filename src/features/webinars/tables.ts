import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
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

/**
 * A webinar the platform runs with partners: a content item (title and description per
 * language, themes, co-organising organisations) plus its schedule. The start is stored in UTC
 * with the organiser's IANA zone; `icsSequence` rises with every change of time or
 * cancellation, so calendars replace the invitation they hold (same UID).
 */
export const webinar = pgTable(
  'webinar',
  {
    itemId: uuid('item_id')
      .primaryKey()
      .references(() => contentItem.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** Given only to registrants. */
    meetingUrl: text('meeting_url'),
    /** null: no limit. */
    capacity: integer('capacity'),
    /** Languages spoken (ISO 639-1) and interpretation channels offered. */
    spokenLanguages: text('spoken_languages').array().notNull().default(sql`'{}'::text[]`),
    interpretation: text('interpretation').array().notNull().default(sql`'{}'::text[]`),
    /** Capitals shown by the time-zone planner (region ids). */
    targetRegions: text('target_regions').array().notNull().default(sql`'{}'::text[]`),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    icsSequence: integer('ics_sequence').notNull().default(0),
    /** Afterwards: the recording, and the library publication made of its slides and summary. */
    recordingUrl: text('recording_url'),
    publicationId: uuid('publication_id').references(() => contentItem.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('webinar_starts_idx').on(t.startsAt),
    check('webinar_duration', sql`${t.durationMinutes} between 5 and 1440`),
    check('webinar_capacity', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

export const WEBINAR_ROLES = ['speaker', 'moderator'] as const;

/** Speakers and the moderator, in the order the organiser lists them. */
export const webinarPerson = pgTable(
  'webinar_person',
  {
    id: serial('id').primaryKey(),
    webinarId: uuid('webinar_id')
      .notNull()
      .references(() => webinar.itemId, { onDelete: 'cascade' }),
    role: text('role', { enum: WEBINAR_ROLES }).notNull(),
    name: text('name').notNull(),
    position: text('position'),
    organisation: text('organisation'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('webinar_person_webinar_idx').on(t.webinarId)],
);

/**
 * pending (a visitor who has not confirmed the e-mail yet) → registered | waitlisted;
 * waitlisted → registered when a place frees up; any → cancelled.
 */
export const REGISTRATION_STATUSES = ['pending', 'registered', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const webinarRegistration = pgTable(
  'webinar_registration',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    webinarId: uuid('webinar_id')
      .notNull()
      .references(() => webinar.itemId, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    locale: text('locale').notNull(),
    timeZone: text('time_zone').notNull(),
    country: text('country'),
    sector: text('sector'),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    /** SHA-256 of the secret in the registrant's links (confirm, manage, cancel). */
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** Imported from the meeting tool's attendance report. */
    attendedMinutes: integer('attended_minutes'),
  },
  (t) => [
    uniqueIndex('webinar_registration_email_idx').on(t.webinarId, sql`lower(${t.email})`),
    uniqueIndex('webinar_registration_token_idx').on(t.tokenHash),
    index('webinar_registration_status_idx').on(t.webinarId, t.status, t.createdAt),
    index('webinar_registration_user_idx').on(t.userId),
  ],
);

/**
 * One row per reminder written: inserted in the transaction that queues the e-mail, so a
 * crashed job that runs again skips those already done (exactly once).
 */
export const webinarReminder = pgTable(
  'webinar_reminder',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => webinarRegistration.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['24h', '1h'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.kind] })],
);

/** Slides and other files shown after the webinar. */
export const webinarFile = pgTable(
  'webinar_file',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    webinarId: uuid('webinar_id')
      .notNull()
      .references(() => webinar.itemId, { onDelete: 'cascade' }),
    storageKey: text('storage_key').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webinar_file_webinar_idx').on(t.webinarId)],
);
