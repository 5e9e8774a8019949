import { titleIn } from '../../content/repository.ts';
import { and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { follow, type FollowKind } from '../tables.ts';

export interface FollowRow {
  kind: FollowKind;
  targetId: string;
}

export async function followsOf(db: DbOrTx, userId: string): Promise<FollowRow[]> {
  return db
    .select({ kind: follow.kind, targetId: follow.targetId })
    .from(follow)
    .where(eq(follow.userId, userId));
}

export async function addFollow(db: DbOrTx, userId: string, kind: FollowKind, targetId: string) {
  await db.insert(follow).values({ userId, kind, targetId }).onConflictDoNothing();
}

export async function removeFollow(db: DbOrTx, userId: string, kind: FollowKind, targetId: string) {
  await db
    .delete(follow)
    .where(and(eq(follow.userId, userId), eq(follow.kind, kind), eq(follow.targetId, targetId)));
}

export async function isFollowing(db: DbOrTx, userId: string, kind: FollowKind, targetId: string) {
  const [row] = await db
    .select({ k: follow.kind })
    .from(follow)
    .where(and(eq(follow.userId, userId), eq(follow.kind, kind), eq(follow.targetId, targetId)));
  return !!row;
}

/** Labels of what a member follows, in the reader's language, for the dashboard's list. */
export async function followLabels(db: DbOrTx, userId: string, locale: string) {
  return queryRows<{ kind: FollowKind; target_id: string; label: string | null; slug: string | null }>(
    db,
    sql`select f.kind, f.target_id,
          case f.kind
            when 'term' then (select coalesce(
                (select l.label from term_label l where l.term_id = t.id and l.locale = ${locale}),
                (select l.label from term_label l where l.term_id = t.id and l.locale = 'en'), t.slug)
              from term t where t.id::text = f.target_id)
            when 'organisation' then (select o.name from organisation o where o.id::text = f.target_id)
            when 'member' then (select u.name from "user" u where u.id = f.target_id and u.deleted_at is null)
          end as label,
          case f.kind
            when 'organisation' then (select o.slug from organisation o where o.id::text = f.target_id)
            when 'member' then (select u.handle from "user" u where u.id = f.target_id and u.deleted_at is null)
          end as slug
        from follow f where f.user_id = ${userId} order by f.kind, f.created_at`,
  ).then((rows) =>
    // A followed member who has since deleted their account (or a removed term) is left out.
    rows.filter((r) => r.kind === 'country' || r.label !== null),
  );
}

/** The ids of published items written by these members (for "for you" by followed members). */
export async function publishedItemIdsBy(db: DbOrTx, authorIds: string[], since: Date): Promise<string[]> {
  if (authorIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from content_item where author_id = any(${sql.param(authorIds)}::text[])
          and status = 'published' and published_at >= ${since.toISOString()}::timestamptz limit 2000`,
  );
  return rows.map((r) => r.id);
}

export interface ForYouRow {
  kind: string;
  ref_id: string;
  slug: string;
  titles: Record<string, string>;
  original_locale: string;
  sort_date: string | Date | null;
  score: number;
}

/**
 * Published items since `since` that match what the member follows or is interested in, in
 * their languages, ranked by how much they match, fading with age (a week-old item counts
 * half). Uses the search index's denormalised facets (GIN-indexed arrays), so it never joins
 * the content tables.
 */
export async function forYouItems(
  db: DbOrTx,
  p: {
    kinds: string[];
    followedTerms: number[];
    interestTerms: number[];
    countries: string[];
    organisations: string[];
    authoredIds: string[];
    languages: string[];
    since: Date;
    limit: number;
  },
): Promise<ForYouRow[]> {
  const terms = [...new Set([...p.followedTerms, ...p.interestTerms])];
  const int = (xs: number[]) => sql`${sql.param(xs)}::int[]`;
  const txt = (xs: string[]) => sql`${sql.param(xs)}::text[]`;
  return queryRows<ForYouRow>(
    db,
    sql`select d.kind, d.ref_id, d.slug, d.titles, d.original_locale, d.sort_date,
          ((select count(*) from unnest(d.term_ids) x where x = any(${int(p.followedTerms)}))::int * 3
           + (select count(*) from unnest(d.term_ids) x where x = any(${int(p.interestTerms)}))::int
           + case when d.countries && ${txt(p.countries)} then 2 else 0 end
           + case when d.organisation_ids && ${sql.param(p.organisations)}::uuid[] then 2 else 0 end
           + case when d.ref_id = any(${txt(p.authoredIds)}) then 3 else 0 end)
          / (1 + extract(epoch from (now() - d.sort_date)) / 604800.0) as score
        from search_document d
        where d.kind = any(${txt(p.kinds)}) and d.sort_date >= ${p.since.toISOString()}::timestamptz
          and (d.term_ids && ${int(terms)} or d.countries && ${txt(p.countries)}
            or d.organisation_ids && ${sql.param(p.organisations)}::uuid[] or d.ref_id = any(${txt(p.authoredIds)}))
          and (d.languages && ${txt(p.languages)} or cardinality(d.languages) = 0)
        order by score desc, d.sort_date desc, d.ref_id limit ${p.limit}`,
  );
}

/** The member's own submissions of every type, newest change first, with their state. */
export async function submissionsOf(db: DbOrTx, userId: string, locale: string, limit: number) {
  return queryRows<{
    id: string;
    type: string;
    slug: string;
    status: string;
    title: string;
    updated_at: string | Date;
  }>(
    db,
    sql`select ci.id, ci.type, ci.slug, ci.status, ci.updated_at, ${titleIn(locale)} as title
        from content_item ci where ci.author_id = ${userId}
        order by ci.updated_at desc, ci.id limit ${limit}`,
  );
}

/** The member's communities with what is unread there (their notifications not yet read). */
export async function communitiesWithUnread(db: DbOrTx, userId: string) {
  return queryRows<{ slug: string; name: string; unread: number }>(
    db,
    sql`select c.slug, c.name,
          (select count(*)::int from notification n where n.user_id = ${userId} and n.community_id = c.id
            and n.read_at is null) as unread
        from community_member m join community c on c.id = m.community_id
        where m.user_id = ${userId} and m.status = 'active'
        order by c.last_activity_at desc limit 50`,
  );
}

/** Webinars the member registered for that have not ended, soonest first. */
export async function upcomingRegistrations(db: DbOrTx, userId: string, locale: string) {
  return queryRows<{
    slug: string;
    title: string;
    starts_at: string | Date;
    time_zone: string;
    status: string;
  }>(
    db,
    sql`select ci.slug, w.starts_at, w.time_zone, r.status, ${titleIn(locale)} as title
        from webinar_registration r join webinar w on w.item_id = r.webinar_id
        join content_item ci on ci.id = w.item_id and ci.status = 'published'
        where r.user_id = ${userId} and r.status in ('registered', 'waitlisted')
          and w.starts_at + make_interval(mins => w.duration_minutes) > now()
        order by w.starts_at limit 20`,
  );
}
