import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import { contentCountry, contentItem, contentTranslation, type ContentStatus } from '../content/tables.ts';
import { titleIn } from '../content/repository.ts';
import type { EventInput } from './schemas.ts';
import { type AttendanceMode, type EventKind, eventDetails } from './tables.ts';

export const EVENT_TYPE = 'event';

/** An event's title in the reader's language, else its original's (`ci` is the item). */
const localTitle = (locale: string) => sql<string>`${titleIn(locale)}`;
const localSummary = (locale: string) => sql<string | null>`coalesce(
  (select t.summary from content_translation t where t.item_id = ci.id and t.locale = ${locale}),
  (select t.summary from content_translation t where t.item_id = ci.id and t.locale = ci.original_locale))`;

// ---- writing ----

export async function takenSlugs(db: DbOrTx, base: string): Promise<Set<string>> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select slug from content_item where type = ${EVENT_TYPE}
        and (slug = ${base} or slug like ${`${base.replace(/[\\%_]/g, '\\$&')}-%`})`,
  );
  return new Set(rows.map((r) => r.slug));
}

/** Inserts the item, or returns null when another event took the slug meanwhile. */
export async function insertEventItem(
  tx: DbOrTx,
  values: { slug: string; status: ContentStatus; originalLocale: string; authorId: string },
): Promise<string | null> {
  const [row] = await tx
    .insert(contentItem)
    .values({ type: EVENT_TYPE, ...values })
    .onConflictDoNothing({ target: [contentItem.type, contentItem.slug] })
    .returning({ id: contentItem.id });
  return row?.id ?? null;
}

/** Status and version of an event, its row locked until the transaction ends. */
export async function lockEvent(tx: DbOrTx, itemId: string) {
  const [row] = await queryRows<{ status: ContentStatus; version: number; author_id: string | null }>(
    tx,
    sql`select status, version, author_id from content_item
        where id = ${itemId} and type = ${EVENT_TYPE} for update`,
  );
  return row ? { status: row.status, version: Number(row.version), authorId: row.author_id } : null;
}

export async function touchEventItem(tx: DbOrTx, itemId: string, originalLocale: string) {
  await tx
    .update(contentItem)
    .set({ originalLocale, version: sql`${contentItem.version} + 1`, updatedAt: sql`now()` })
    .where(eq(contentItem.id, itemId));
}

export { replaceClassification, replaceTranslations } from '../content/repository.ts';

type Details = Omit<typeof eventDetails.$inferInsert, 'itemId'>;

export async function upsertEventDetails(tx: DbOrTx, itemId: string, d: Details) {
  await tx
    .insert(eventDetails)
    .values({ itemId, ...d })
    .onConflictDoUpdate({ target: eventDetails.itemId, set: d });
}

export function detailsOf(input: EventInput): Details {
  return {
    kind: input.kind,
    mode: input.mode,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    allDay: input.allDay,
    venue: input.venue ?? null,
    city: input.city ?? null,
    country: input.country ?? null,
    onlineUrl: input.onlineUrl ?? null,
    registrationUrl: input.registrationUrl ?? null,
    websiteUrl: input.websiteUrl ?? null,
  };
}

// ---- reading one event back (edit form, revisions) ----

export async function eventForEdit(db: DbOrTx, itemId: string) {
  const [item] = await db
    .select()
    .from(contentItem)
    .where(and(eq(contentItem.id, itemId), eq(contentItem.type, EVENT_TYPE)));
  if (!item) return null;
  // One after another: inside a transaction they share one connection.
  const [details] = await db.select().from(eventDetails).where(eq(eventDetails.itemId, itemId));
  const translations = await db
    .select()
    .from(contentTranslation)
    .where(eq(contentTranslation.itemId, itemId));
  const terms = await queryRows<{ term_id: number; vocabulary_id: string; slug: string }>(
    db,
    sql`select ct.term_id, t.vocabulary_id, t.slug from content_term ct
        join term t on t.id = ct.term_id where ct.item_id = ${itemId} order by t.vocabulary_id, t.slug`,
  );
  const countries = await db
    .select({ c: contentCountry.country })
    .from(contentCountry)
    .where(eq(contentCountry.itemId, itemId));
  const organisations = await queryRows<{ id: string; slug: string }>(
    db,
    sql`select o.id, o.slug from content_organisation co join organisation o on o.id = co.organisation_id
        where co.item_id = ${itemId} order by o.slug`,
  );
  if (!details) return null;
  return {
    item,
    details,
    translations: translations.sort((a, b) => a.locale.localeCompare(b.locale)),
    terms: terms.map((t) => ({ id: Number(t.term_id), key: `${t.vocabulary_id}:${t.slug}` })),
    countries: countries.map((c) => c.c).sort(),
    organisations,
  };
}
export type EventForEdit = NonNullable<Awaited<ReturnType<typeof eventForEdit>>>;

// ---- public reads ----

export interface EventFilters {
  /** Region term slug (World Bank regions): the event's countries in that region. */
  region?: string;
  /** Topic or programme area term slug. */
  theme?: string;
  kind?: EventKind;
  /** Online or hybrid only. */
  online?: boolean;
}

export interface EventRow {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  kind: EventKind;
  mode: AttendanceMode;
  starts_at: Date | string;
  ends_at: Date | string;
  time_zone: string;
  all_day: boolean;
  city: string | null;
  country: string | null;
  updated_at: Date | string;
}

function filterSql(f: EventFilters): SQL {
  const parts: SQL[] = [sql`ci.type = ${EVENT_TYPE}`, sql`ci.status = 'published'`];
  if (f.kind) parts.push(sql`e.kind = ${f.kind}`);
  if (f.online) parts.push(sql`e.mode in ('online', 'hybrid')`);
  if (f.region)
    parts.push(sql`(exists (select 1 from content_country cc join country c on c.iso2 = cc.country
        join term r on r.id = c.region_term_id
        where cc.item_id = ci.id and r.vocabulary_id = 'region' and r.slug = ${f.region})
      or exists (select 1 from content_term ct join term r on r.id = ct.term_id
        where ct.item_id = ci.id and r.vocabulary_id = 'region' and r.slug = ${f.region}))`);
  if (f.theme)
    parts.push(sql`exists (select 1 from content_term ct join term th on th.id = ct.term_id
        left join term parent on parent.id = th.parent_id
        left join term grand on grand.id = parent.parent_id
        where ct.item_id = ci.id and th.vocabulary_id in ('topic', 'programme-area')
          and ${f.theme} in (th.slug, parent.slug, grand.slug))`);
  return sql.join(parts, sql` and `);
}

const rowColumns = (locale: string) => sql`ci.id, ci.slug, ${localTitle(locale)} as title,
  ${localSummary(locale)} as summary, e.kind, e.mode, e.starts_at, e.ends_at, e.time_zone, e.all_day,
  e.city, e.country, ci.updated_at`;

/** Published events matching the filters in a time window, in start order (or reverse). */
export async function listEvents(
  db: DbOrTx,
  opts: {
    locale: string;
    filters: EventFilters;
    /** Events still running at or after this instant… */
    endsAfter?: Date;
    /** …or ended before it (the archive). */
    endedBefore?: Date;
    /** …or overlapping [from, to). */
    overlaps?: { from: Date; to: Date };
    order: 'asc' | 'desc';
    limit: number;
    offset?: number;
  },
): Promise<{ rows: EventRow[]; total: number }> {
  const where = [filterSql(opts.filters)];
  if (opts.endsAfter) where.push(sql`e.ends_at > ${opts.endsAfter.toISOString()}`);
  if (opts.endedBefore) where.push(sql`e.ends_at <= ${opts.endedBefore.toISOString()}`);
  if (opts.overlaps)
    where.push(
      sql`e.starts_at < ${opts.overlaps.to.toISOString()} and e.ends_at > ${opts.overlaps.from.toISOString()}`,
    );
  const cond = sql.join(where, sql` and `);
  const order = opts.order === 'asc' ? sql`e.starts_at asc, ci.id` : sql`e.starts_at desc, ci.id`;
  const [rows, count] = await Promise.all([
    queryRows<EventRow>(
      db,
      sql`select ${rowColumns(opts.locale)} from content_item ci join event e on e.item_id = ci.id
          where ${cond} order by ${order} limit ${opts.limit} offset ${opts.offset ?? 0}`,
    ),
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from content_item ci join event e on e.item_id = ci.id where ${cond}`,
    ),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0) };
}

/** One published event with everything its page shows, in the reader's language. */
export async function publishedEvent(db: DbOrTx, slug: string, locale: string) {
  const [row] = await queryRows<
    EventRow & {
      body: string | null;
      shown_locale: string;
      original_locale: string;
      venue: string | null;
      online_url: string | null;
      registration_url: string | null;
      website_url: string | null;
      published_at: Date | string | null;
      licence: string | null;
    }
  >(
    db,
    sql`select ${rowColumns(locale)}, e.venue, e.online_url, e.registration_url, e.website_url,
          ci.published_at, ci.original_locale, ci.licence,
          coalesce(tl.body, tor.body) as body, coalesce(tl.locale, tor.locale) as shown_locale
        from content_item ci join event e on e.item_id = ci.id
        join content_translation tor on tor.item_id = ci.id and tor.locale = ci.original_locale
        left join content_translation tl on tl.item_id = ci.id and tl.locale = ${locale}
        where ci.type = ${EVENT_TYPE} and ci.status = 'published' and ci.slug = ${slug}`,
  );
  return row ?? null;
}

// ---- members' submissions and the editors' list ----

export interface SubmissionRow {
  id: string;
  slug: string;
  status: ContentStatus;
  title: string;
  starts_at: Date | string;
  time_zone: string;
  all_day: boolean;
  ends_at: Date | string;
  updated_at: Date | string;
}

export async function eventsOfAuthor(db: DbOrTx, userId: string, locale: string): Promise<SubmissionRow[]> {
  return queryRows<SubmissionRow>(
    db,
    sql`select ci.id, ci.slug, ci.status, ${localTitle(locale)} as title, e.starts_at, e.ends_at,
          e.time_zone, e.all_day, ci.updated_at
        from content_item ci join event e on e.item_id = ci.id
        where ci.type = ${EVENT_TYPE} and ci.author_id = ${userId}
        order by ci.created_at desc, ci.id limit 200`,
  );
}

export async function eventOfAuthor(db: DbOrTx, itemId: string, userId: string, locale: string) {
  const [row] = await queryRows<SubmissionRow>(
    db,
    sql`select ci.id, ci.slug, ci.status, ${localTitle(locale)} as title, e.starts_at, e.ends_at,
          e.time_zone, e.all_day, ci.updated_at
        from content_item ci join event e on e.item_id = ci.id
        where ci.id = ${itemId} and ci.type = ${EVENT_TYPE} and ci.author_id = ${userId}`,
  );
  return row ?? null;
}

export async function eventsForEditors(
  db: DbOrTx,
  opts: { locale: string; status?: ContentStatus; limit: number; offset: number },
): Promise<{ rows: SubmissionRow[]; total: number }> {
  const cond = opts.status
    ? sql`ci.type = ${EVENT_TYPE} and ci.status = ${opts.status}`
    : sql`ci.type = ${EVENT_TYPE}`;
  const [rows, count] = await Promise.all([
    queryRows<SubmissionRow>(
      db,
      sql`select ci.id, ci.slug, ci.status, ${localTitle(opts.locale)} as title, e.starts_at, e.ends_at,
            e.time_zone, e.all_day, ci.updated_at
          from content_item ci join event e on e.item_id = ci.id where ${cond}
          order by e.starts_at desc, ci.id limit ${opts.limit} offset ${opts.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from content_item ci where ${cond}`),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0) };
}

/** External links of published events, for the broken-link checker. */
export async function publishedEventLinks(db: DbOrTx): Promise<{ itemId: string; url: string }[]> {
  const rows = await queryRows<{ item_id: string; url: string }>(
    db,
    sql`select e.item_id, u.url from event e join content_item ci on ci.id = e.item_id
        cross join lateral (values (e.registration_url), (e.website_url)) as u(url)
        where ci.status = 'published' and u.url is not null`,
  );
  return rows.map((r) => ({ itemId: r.item_id, url: r.url }));
}

/** What the public API adds for events: when, where and how to attend. */
export async function eventApiFields(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return queryRows<{
    itemId: string;
    kind: EventKind;
    startsAt: string | Date;
    endsAt: string | Date;
    timeZone: string;
    allDay: boolean;
    mode: AttendanceMode;
    venue: string | null;
    city: string | null;
    country: string | null;
    onlineUrl: string | null;
    registrationUrl: string | null;
    websiteUrl: string | null;
  }>(
    db,
    sql`select item_id as "itemId", kind, starts_at as "startsAt", ends_at as "endsAt", time_zone as "timeZone",
        all_day as "allDay", mode, venue, city, country, online_url as "onlineUrl",
        registration_url as "registrationUrl", website_url as "websiteUrl"
      from event where item_id = any(${sql.param(itemIds)}::uuid[])`,
  );
}
