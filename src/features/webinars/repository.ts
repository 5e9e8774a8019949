import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import { contentItem } from '../content/tables.ts';
import {
  type RegistrationStatus,
  webinar,
  webinarFile,
  webinarPerson,
  webinarRegistration,
  webinarReminder,
} from './tables.ts';

export const WEBINAR_TYPE = 'webinar';

export type WebinarRow = typeof webinar.$inferSelect;
export type RegistrationRow = typeof webinarRegistration.$inferSelect;
export type PersonInput = Omit<typeof webinarPerson.$inferInsert, 'id' | 'webinarId'>;

export async function takenWebinarSlugs(db: DbOrTx, base: string): Promise<Set<string>> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select slug from content_item where type = ${WEBINAR_TYPE}
        and (slug = ${base} or slug like ${`${base.replace(/[\\%_]/g, '\\$&')}-%`})`,
  );
  return new Set(rows.map((r) => r.slug));
}

/** Inserts the content item, or returns null when another webinar took the slug meanwhile. */
export async function insertWebinarItem(
  tx: DbOrTx,
  v: { slug: string; status: 'draft' | 'published'; originalLocale: string; authorId: string | null },
): Promise<string | null> {
  const rows = await tx
    .insert(contentItem)
    .values({
      type: WEBINAR_TYPE,
      slug: v.slug,
      status: v.status,
      originalLocale: v.originalLocale,
      authorId: v.authorId,
      licence: 'cc-by-4.0',
      publishedAt: v.status === 'published' ? sql`now()` : null,
    })
    .onConflictDoNothing()
    .returning({ id: contentItem.id });
  return rows[0]?.id ?? null;
}

export async function setWebinarItem(
  tx: DbOrTx,
  id: string,
  v: { status: 'draft' | 'published'; originalLocale: string },
) {
  await tx
    .update(contentItem)
    .set({
      status: v.status,
      originalLocale: v.originalLocale,
      publishedAt:
        v.status === 'published' ? sql`coalesce(${contentItem.publishedAt}, now())` : contentItem.publishedAt,
      version: sql`${contentItem.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(contentItem.id, id));
}

export async function insertWebinar(tx: DbOrTx, values: typeof webinar.$inferInsert) {
  await tx.insert(webinar).values(values);
}

export async function updateWebinarRow(tx: DbOrTx, id: string, values: Partial<typeof webinar.$inferInsert>) {
  await tx.update(webinar).set(values).where(eq(webinar.itemId, id));
}

/** The webinar's row, locked until the transaction ends: registrations and changes queue behind it. */
export async function lockWebinar(tx: DbOrTx, id: string) {
  const rows = await queryRows<{ item_id: string }>(
    tx,
    sql`select item_id from webinar where item_id = ${id} for update`,
  );
  if (rows.length === 0) return null;
  return findWebinar(tx, id);
}

export async function findWebinar(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      webinar,
      slug: contentItem.slug,
      status: contentItem.status,
      originalLocale: contentItem.originalLocale,
      version: contentItem.version,
      licence: contentItem.licence,
      publishedAt: contentItem.publishedAt,
      updatedAt: contentItem.updatedAt,
    })
    .from(webinar)
    .innerJoin(contentItem, eq(contentItem.id, webinar.itemId))
    .where(eq(webinar.itemId, id));
  return row ?? null;
}

export async function findWebinarIdBySlug(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({ id: contentItem.id, status: contentItem.status })
    .from(contentItem)
    .where(and(eq(contentItem.type, WEBINAR_TYPE), eq(contentItem.slug, slug)));
  return row ?? null;
}

export async function replacePeople(tx: DbOrTx, webinarId: string, people: PersonInput[]) {
  await tx.delete(webinarPerson).where(eq(webinarPerson.webinarId, webinarId));
  if (people.length)
    await tx.insert(webinarPerson).values(people.map((p, sort) => ({ ...p, sort, webinarId })));
}

export async function peopleOf(db: DbOrTx, webinarIds: string[]) {
  if (webinarIds.length === 0) return [];
  return db
    .select()
    .from(webinarPerson)
    .where(inArray(webinarPerson.webinarId, webinarIds))
    .orderBy(asc(webinarPerson.webinarId), asc(webinarPerson.sort));
}

export async function filesOf(db: DbOrTx, webinarId: string) {
  return db
    .select()
    .from(webinarFile)
    .where(eq(webinarFile.webinarId, webinarId))
    .orderBy(asc(webinarFile.createdAt));
}

export async function insertWebinarFile(tx: DbOrTx, values: typeof webinarFile.$inferInsert) {
  const [row] = await tx.insert(webinarFile).values(values).returning();
  return row!;
}

export async function deleteWebinarFile(tx: DbOrTx, webinarId: string, fileId: string) {
  const rows = await tx
    .delete(webinarFile)
    .where(and(eq(webinarFile.webinarId, webinarId), eq(webinarFile.id, fileId)))
    .returning();
  return rows[0] ?? null;
}

export async function findWebinarFile(db: DbOrTx, webinarId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(webinarFile)
    .where(and(eq(webinarFile.webinarId, webinarId), eq(webinarFile.id, fileId)));
  return row ?? null;
}

// ── Registrations ───────────────────────────────────────────────────────────────────────────

export async function countByStatus(
  db: DbOrTx,
  webinarId: string,
): Promise<Record<RegistrationStatus, number>> {
  const rows = await queryRows<{ status: RegistrationStatus; n: number }>(
    db,
    sql`select status, count(*)::int as n from webinar_registration where webinar_id = ${webinarId} group by status`,
  );
  const out = { pending: 0, registered: 0, waitlisted: 0, cancelled: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export async function findRegistrationByEmail(db: DbOrTx, webinarId: string, email: string) {
  const [row] = await db
    .select()
    .from(webinarRegistration)
    .where(
      and(
        eq(webinarRegistration.webinarId, webinarId),
        sql`lower(${webinarRegistration.email}) = ${email.toLowerCase()}`,
      ),
    );
  return row ?? null;
}

export async function findRegistrationByUser(db: DbOrTx, webinarId: string, userId: string) {
  const [row] = await db
    .select()
    .from(webinarRegistration)
    .where(and(eq(webinarRegistration.webinarId, webinarId), eq(webinarRegistration.userId, userId)));
  return row ?? null;
}

export async function findRegistrationByToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select()
    .from(webinarRegistration)
    .where(eq(webinarRegistration.tokenHash, tokenHash));
  return row ?? null;
}

export async function insertRegistration(tx: DbOrTx, values: typeof webinarRegistration.$inferInsert) {
  const [row] = await tx.insert(webinarRegistration).values(values).returning();
  return row!;
}

export async function updateRegistration(
  tx: DbOrTx,
  id: string,
  values: Partial<typeof webinarRegistration.$inferInsert>,
) {
  const [row] = await tx
    .update(webinarRegistration)
    .set(values)
    .where(eq(webinarRegistration.id, id))
    .returning();
  return row!;
}

export async function webinarOfRegistration(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ webinarId: webinarRegistration.webinarId })
    .from(webinarRegistration)
    .where(eq(webinarRegistration.id, id));
  return row?.webinarId ?? null;
}

/** Lock the webinar first, then this: every writer takes the two locks in that order. */
export async function lockRegistration(tx: DbOrTx, id: string) {
  const [row] = await tx
    .select()
    .from(webinarRegistration)
    .where(eq(webinarRegistration.id, id))
    .for('update');
  return row ?? null;
}

/** The longest-waiting registrations on the waitlist, oldest first, locked for promotion. */
export async function nextWaitlisted(tx: DbOrTx, webinarId: string, limit: number) {
  if (limit <= 0) return [];
  const ids = await queryRows<{ id: string }>(
    tx,
    sql`select id from webinar_registration where webinar_id = ${webinarId} and status = 'waitlisted'
        order by created_at, id limit ${limit} for update`,
  );
  return ids.map((r) => r.id);
}

/** Registrations that hear about changes: registered and waitlisted. */
export async function activeRegistrations(db: DbOrTx, webinarId: string) {
  return db
    .select()
    .from(webinarRegistration)
    .where(
      and(
        eq(webinarRegistration.webinarId, webinarId),
        inArray(webinarRegistration.status, ['registered', 'waitlisted']),
      ),
    )
    .orderBy(asc(webinarRegistration.createdAt));
}

/** A member's registrations for webinars still to come or under way (their dashboard). */
export async function registrationsOfUser(db: DbOrTx, userId: string) {
  return queryRows<{ webinar_id: string; status: RegistrationStatus }>(
    db,
    sql`select webinar_id, status from webinar_registration where user_id = ${userId} and status <> 'cancelled'`,
  );
}

/** Title and description in a language, else in the original language. */
export async function webinarTexts(db: DbOrTx, id: string, locale: string) {
  const [row] = await queryRows<{ title: string; body: string | null; summary: string | null }>(
    db,
    sql`select t.title, t.body, t.summary from content_translation t join content_item ci on ci.id = t.item_id
        where t.item_id = ${id} and t.locale in (${locale}, ci.original_locale)
        order by (t.locale = ${locale}) desc limit 1`,
  );
  return row ?? { title: '', body: null, summary: null };
}

/** What the registration form fills in for a member from their profile. */
export async function memberForRegistration(db: DbOrTx, userId: string) {
  const [row] = await queryRows<{
    id: string;
    name: string;
    email: string;
    locale: string;
    time_zone: string;
    country: string | null;
    sector: string | null;
  }>(
    db,
    sql`select id, name, email, locale, time_zone, country, sector from "user"
        where id = ${userId} and deleted_at is null`,
  );
  return row ?? null;
}

export type ReminderKind = '24h' | '1h';
export const REMINDER_LEAD_MS: Record<ReminderKind, number> = { '24h': 24 * 3_600_000, '1h': 3_600_000 };

/**
 * Published, not cancelled webinars whose reminder of this kind is due now: inside the lead time
 * and not yet started (a 24-hour reminder is skipped once the 1-hour one is due).
 */
export async function webinarsDueForReminder(db: DbOrTx, kind: ReminderKind, now: Date): Promise<string[]> {
  const lead = REMINDER_LEAD_MS[kind];
  const until = kind === '24h' ? REMINDER_LEAD_MS['1h'] : 0;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select w.item_id as id from webinar w join content_item ci on ci.id = w.item_id
        where ci.status = 'published' and w.cancelled_at is null
          and w.starts_at > ${new Date(now.getTime() + until).toISOString()}::timestamptz
          and w.starts_at <= ${new Date(now.getTime() + lead).toISOString()}::timestamptz
        order by w.starts_at`,
  );
  return rows.map((r) => r.id);
}

/**
 * Claims the next batch of registrants still without this reminder: their reminder rows are
 * inserted in the caller's transaction, so a batch is either wholly done (rows and e-mails
 * committed together) or not at all. Someone who registered after the reminder time got the
 * confirmation just now and skips the 24-hour reminder.
 */
export async function claimReminderBatch(
  tx: DbOrTx,
  webinarId: string,
  kind: ReminderKind,
  startsAt: Date,
  limit: number,
): Promise<RegistrationRow[]> {
  const registeredBefore = new Date(startsAt.getTime() - REMINDER_LEAD_MS[kind]);
  const ids = await queryRows<{ id: string }>(
    tx,
    sql`insert into webinar_reminder (registration_id, kind)
        select r.id, ${kind} from webinar_registration r
        where r.webinar_id = ${webinarId} and r.status = 'registered'
          and (${kind} = '1h' or coalesce(r.promoted_at, r.confirmed_at, r.created_at) < ${registeredBefore.toISOString()}::timestamptz)
          and not exists (select 1 from webinar_reminder m where m.registration_id = r.id and m.kind = ${kind})
        order by r.created_at, r.id
        limit ${limit}
        on conflict do nothing
        returning registration_id as id`,
  );
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(webinarRegistration)
    .where(
      inArray(
        webinarRegistration.id,
        ids.map((r) => r.id),
      ),
    );
}

export async function organisationIdsOf(db: DbOrTx, itemId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select organisation_id::text as id from content_organisation where item_id = ${itemId}`,
  );
  return rows.map((r) => r.id);
}

export interface WebinarListRow {
  id: string;
  slug: string;
  status: string;
  title: string;
  body: string | null;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  cancelledAt: Date | null;
  capacity: number | null;
  registered: number;
  waitlisted: number;
  recordingUrl: string | null;
  spokenLanguages: string[];
}

/**
 * Webinars in the reader's language (else the original): upcoming (not yet ended), soonest
 * first, or past, latest first. Drafts only for the organisers' list (`drafts`).
 */
export async function listWebinars(
  db: DbOrTx,
  opts: {
    locale: string;
    when: 'upcoming' | 'past' | 'all';
    limit: number;
    offset: number;
    drafts?: boolean;
  },
): Promise<{ rows: WebinarListRow[]; total: number }> {
  const ended = sql`w.starts_at + make_interval(mins => w.duration_minutes) < now()`;
  const when =
    opts.when === 'upcoming' ? sql`and not (${ended})` : opts.when === 'past' ? sql`and ${ended}` : sql``;
  const status = opts.drafts ? sql`` : sql`and ci.status = 'published'`;
  const order = opts.when === 'upcoming' ? sql`w.starts_at asc` : sql`w.starts_at desc`;
  const rows = await queryRows<{
    id: string;
    slug: string;
    status: string;
    title: string;
    body: string | null;
    starts_at: string | Date;
    time_zone: string;
    duration_minutes: number;
    cancelled_at: string | Date | null;
    capacity: number | null;
    registered: number;
    waitlisted: number;
    recording_url: string | null;
    spoken_languages: string[];
  }>(
    db,
    sql`select ci.id, ci.slug, ci.status, coalesce(tl.title, tor.title) as title, coalesce(tl.body, tor.body) as body,
          w.starts_at, w.time_zone, w.duration_minutes, w.cancelled_at, w.capacity, w.recording_url, w.spoken_languages,
          (select count(*) from webinar_registration r where r.webinar_id = w.item_id and r.status = 'registered')::int as registered,
          (select count(*) from webinar_registration r where r.webinar_id = w.item_id and r.status = 'waitlisted')::int as waitlisted
        from webinar w join content_item ci on ci.id = w.item_id
        join content_translation tor on tor.item_id = ci.id and tor.locale = ci.original_locale
        left join content_translation tl on tl.item_id = ci.id and tl.locale = ${opts.locale}
        where true ${status} ${when}
        order by ${order}, ci.id limit ${opts.limit} offset ${opts.offset}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from webinar w join content_item ci on ci.id = w.item_id where true ${status} ${when}`,
  );
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      status: r.status,
      title: r.title,
      body: r.body,
      startsAt: new Date(r.starts_at),
      timeZone: r.time_zone,
      durationMinutes: r.duration_minutes,
      cancelledAt: r.cancelled_at ? new Date(r.cancelled_at) : null,
      capacity: r.capacity,
      registered: Number(r.registered),
      waitlisted: Number(r.waitlisted),
      recordingUrl: r.recording_url,
      spokenLanguages: r.spoken_languages,
    })),
  };
}

/** The library publication filed from a webinar: its slug, when published. */
export async function publicationSlug(db: DbOrTx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await queryRows<{ slug: string }>(
    db,
    sql`select slug from content_item where id = ${id} and status = 'published'`,
  );
  return row?.slug ?? null;
}

/**
 * A new time: a reminder already written for the old one goes again for the new one, if the
 * new one is still ahead of its due time (moving a webinar by 15 minutes does not remind twice).
 */
export async function clearReminders(tx: DbOrTx, webinarId: string, newStart: Date, now: Date) {
  const kinds = (Object.keys(REMINDER_LEAD_MS) as ReminderKind[]).filter(
    (k) => newStart.getTime() - REMINDER_LEAD_MS[k] > now.getTime(),
  );
  if (kinds.length === 0) return;
  await tx.execute(
    sql`delete from webinar_reminder m using webinar_registration r
        where m.registration_id = r.id and r.webinar_id = ${webinarId}
          and m.kind = any(${sql.param(kinds)}::text[])`,
  );
}

/** A registration made active again starts afresh: no reminders written for it yet. */
export async function clearRemindersOf(tx: DbOrTx, registrationId: string) {
  await tx.delete(webinarReminder).where(eq(webinarReminder.registrationId, registrationId));
}

/** Links the library publication unless another filing got there first; false if it did. */
export async function linkPublication(
  tx: DbOrTx,
  webinarId: string,
  publicationId: string,
): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update webinar set publication_id = ${publicationId}
        where item_id = ${webinarId} and publication_id is null returning item_id as id`,
  );
  return rows.length === 1;
}

export async function deleteContentItem(tx: DbOrTx, id: string) {
  await tx.delete(contentItem).where(eq(contentItem.id, id));
}

/** What the public API adds for webinars (never the meeting link: that is for registrants). */
export async function webinarApiFields(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return queryRows<{
    itemId: string;
    startsAt: string | Date;
    timeZone: string;
    durationMinutes: number;
    spokenLanguages: string[];
    interpretation: string[];
    cancelledAt: string | Date | null;
    recordingUrl: string | null;
    people: { role: string; name: string; position: string | null; organisation: string | null }[];
  }>(
    db,
    sql`select w.item_id as "itemId", w.starts_at as "startsAt", w.time_zone as "timeZone",
        w.duration_minutes as "durationMinutes", w.spoken_languages as "spokenLanguages", w.interpretation,
        w.cancelled_at as "cancelledAt", w.recording_url as "recordingUrl",
        coalesce((select json_agg(json_build_object('role', p.role, 'name', p.name, 'position', p.position,
            'organisation', p.organisation) order by p.sort, p.id)
          from webinar_person p where p.webinar_id = w.item_id), '[]'::json) as people
      from webinar w where w.item_id = any(${sql.param(itemIds)}::uuid[])`,
  );
}
