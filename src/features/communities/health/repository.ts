import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import type { HealthState, MemberRole } from '../tables.ts';

// SQL only. Every query that measures takes `now` so a test (or a replay) controls the clock.

type Stamp = Date | string;
type Count = number | string;

export interface MetricsRow {
  id: string;
  slug: string;
  name: string;
  visibility: 'public' | 'private' | 'hidden';
  status: 'active' | 'archived';
  created_at: Stamp;
  archived_at: Stamp | null;
  health: HealthState;
  health_checked_at: Stamp | null;
  nudged_at: Stamp | null;
  last_post_at: Stamp | null;
  last_join_at: Stamp | null;
  threads_7: Count;
  threads_30: Count;
  threads_90: Count;
  replies_7: Count;
  replies_30: Count;
  replies_90: Count;
  active_7: Count;
  active_30: Count;
  active_90: Count;
  previous_30: Count;
  members: Count;
  unanswered: Count;
  unanswered_titles: string[] | null;
  silent_members: Count;
}

const stamp = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const ago = (now: Date, days: number) => sql`(${stamp(now)} - ${`${days} days`}::interval)`;
const list = (values: string[], cast = '') =>
  sql.join(
    values.map((v) => sql`${v}${sql.raw(cast)}`),
    sql`, `,
  );

/** Days after which a thread without a reply counts as unanswered. */
export const UNANSWERED_AFTER_DAYS = 2;

/** One pass per table: threads, posts, members, each grouped by community, as of `now`. */
export async function metricsRows(
  db: DbOrTx,
  now: Date,
  opts: { ids?: string[]; status?: 'active' | 'archived' },
): Promise<MetricsRow[]> {
  if (opts.ids && opts.ids.length === 0) return [];
  return queryRows<MetricsRow>(db, metricsQuery(now, opts));
}

export function metricsQuery(now: Date, opts: { ids?: string[]; status?: 'active' | 'archived' }): SQL {
  const filters: SQL[] = [sql`c.created_at <= ${stamp(now)}`];
  if (opts.ids) filters.push(sql`c.id in (${list(opts.ids, '::uuid')})`);
  if (opts.status) filters.push(sql`c.status = ${opts.status}`);
  const inWindow = (column: SQL, days: number) => sql`${column} > ${ago(now, days)}`;
  const tc = sql`t.created_at`;
  const pc = sql`p.created_at`;
  return sql`
    with c as (
      select c.id, c.slug, c.name, c.visibility, c.status, c.created_at, c.archived_at, c.health,
             c.health_checked_at, c.nudged_at
      from community c where ${sql.join(filters, sql` and `)}
    ),
    th as (
      select t.community_id,
             max(t.created_at) as last_at,
             count(*) filter (where ${inWindow(tc, 7)}) as n7,
             count(*) filter (where ${inWindow(tc, 30)}) as n30,
             count(*) filter (where ${inWindow(tc, 90)}) as n90,
             count(*) filter (where ${inWindow(tc, 60)} and not ${inWindow(tc, 30)}) as previous
      from community_thread t
      where t.created_at <= ${stamp(now)} and t.community_id in (select id from c)
      group by t.community_id
    ),
    po as (
      select t.community_id,
             max(p.created_at) as last_at,
             count(*) filter (where not p.is_opening and ${inWindow(pc, 7)}) as r7,
             count(*) filter (where not p.is_opening and ${inWindow(pc, 30)}) as r30,
             count(*) filter (where not p.is_opening and ${inWindow(pc, 90)}) as r90,
             count(*) filter (where not p.is_opening and ${inWindow(pc, 60)} and not ${inWindow(pc, 30)})
               as previous,
             count(distinct p.author_id) filter (where ${inWindow(pc, 7)}) as a7,
             count(distinct p.author_id) filter (where ${inWindow(pc, 30)}) as a30,
             count(distinct p.author_id) filter (where ${inWindow(pc, 90)}) as a90
      from community_post p join community_thread t on t.id = p.thread_id
      where not p.hidden and p.created_at <= ${stamp(now)} and t.community_id in (select id from c)
      group by t.community_id
    ),
    posters as (
      select distinct t.community_id, p.author_id
      from community_post p join community_thread t on t.id = p.thread_id
      where p.created_at <= ${stamp(now)} and t.community_id in (select id from c)
    ),
    me as (
      select m.community_id, count(*) as members, max(m.joined_at) as last_join_at,
             count(*) filter (where posters.author_id is null) as silent
      from community_member m
      left join posters on posters.community_id = m.community_id and posters.author_id = m.user_id
      where m.status = 'active' and m.joined_at <= ${stamp(now)} and m.community_id in (select id from c)
      group by m.community_id
    ),
    un as (
      select t.community_id, count(*) as n,
             (array_agg(t.title order by t.created_at desc, t.id))[1:3] as titles
      from community_thread t
      where t.community_id in (select id from c)
        and t.kind = 'discussion' and not t.locked
        and t.created_at <= ${ago(now, UNANSWERED_AFTER_DAYS)}
        and not exists (
          select 1 from community_post r
          where r.thread_id = t.id and not r.is_opening and not r.hidden and r.created_at <= ${stamp(now)}
        )
      group by t.community_id
    )
    select c.*,
           greatest(th.last_at, po.last_at) as last_post_at,
           me.last_join_at,
           coalesce(th.n7, 0) as threads_7, coalesce(th.n30, 0) as threads_30,
           coalesce(th.n90, 0) as threads_90,
           coalesce(po.r7, 0) as replies_7, coalesce(po.r30, 0) as replies_30,
           coalesce(po.r90, 0) as replies_90,
           coalesce(po.a7, 0) as active_7, coalesce(po.a30, 0) as active_30,
           coalesce(po.a90, 0) as active_90,
           coalesce(th.previous, 0) + coalesce(po.previous, 0) as previous_30,
           coalesce(me.members, 0) as members,
           coalesce(un.n, 0) as unanswered, un.titles as unanswered_titles,
           coalesce(me.silent, 0) as silent_members
    from c
    left join th on th.community_id = c.id
    left join po on po.community_id = c.id
    left join me on me.community_id = c.id
    left join un on un.community_id = c.id
    order by c.name, c.id`;
}

/**
 * Records the state the daily check found and returns the one it replaces. The row is locked
 * first, so two checks running at once see each other's result (one audit entry per change).
 */
export async function setHealth(
  tx: DbOrTx,
  id: string,
  health: HealthState,
  checkedAt: Date,
): Promise<HealthState | null> {
  const [row] = await queryRows<{ previous: HealthState }>(
    tx,
    sql`update community c set health = ${health}, health_checked_at = ${stamp(checkedAt)}
        from (select id, health from community where id = ${id}::uuid for update) old
        where c.id = old.id
        returning old.health as previous`,
  );
  return row?.previous ?? null;
}

/**
 * Takes the community's nudge for this period: true for exactly one caller per period (the row
 * lock makes a concurrent run wait, then see the new `nudged_at`).
 */
export async function claimNudge(tx: DbOrTx, id: string, now: Date, periodDays: number): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update community set nudged_at = ${stamp(now)}
        where id = ${id}::uuid and status = 'active'
          and (nudged_at is null or nudged_at <= ${ago(now, periodDays)})
        returning id`,
  );
  return rows.length === 1;
}

export interface CommunityMemberRow {
  userId: string;
  name: string;
  email: string;
  handle: string;
  locale: string;
  role: MemberRole;
  status: 'active' | 'pending' | 'banned';
}

const memberColumns = sql`m.user_id as "userId", u.name, u.email, u.handle, u.locale, m.role, m.status`;

/** The community's active admins with an account that still exists (who gets the nudge). */
export async function activeAdmins(db: DbOrTx, communityId: string): Promise<CommunityMemberRow[]> {
  return queryRows<CommunityMemberRow>(
    db,
    sql`select ${memberColumns}
        from community_member m join "user" u on u.id = m.user_id
        where m.community_id = ${communityId}::uuid and m.role = 'admin' and m.status = 'active'
          and u.deleted_at is null
        order by u.name, u.id`,
  );
}

/** Members matching any of the e-mail addresses or handles given (case-insensitive). */
export async function membersByIdentifier(
  db: DbOrTx,
  communityId: string,
  identifiers: string[],
): Promise<CommunityMemberRow[]> {
  if (identifiers.length === 0) return [];
  const lowered = identifiers.map((i) => i.toLowerCase());
  return queryRows<CommunityMemberRow>(
    db,
    sql`select ${memberColumns}
        from community_member m join "user" u on u.id = m.user_id
        where m.community_id = ${communityId}::uuid and u.deleted_at is null
          and (lower(u.email) in (${list(lowered)}) or lower(u.handle) in (${list(lowered)}))`,
  );
}

export interface CommunityRow {
  id: string;
  slug: string;
  name: string;
  status: 'active' | 'archived';
  visibility: 'public' | 'private' | 'hidden';
  health: HealthState;
}

/** One community, locked for the rest of the transaction when `lock` (hand-over, archive). */
export async function getCommunity(db: DbOrTx, id: string, lock = false): Promise<CommunityRow | null> {
  const [row] = await queryRows<CommunityRow>(
    db,
    sql`select id, slug, name, status, visibility, health from community where id = ${id}::uuid
        ${lock ? sql`for update` : sql``}`,
  );
  return row ?? null;
}

export async function setStatus(tx: DbOrTx, id: string, status: 'active' | 'archived', at: Date | null) {
  await tx.execute(
    sql`update community set status = ${status}, archived_at = ${at ? stamp(at) : null}
        where id = ${id}::uuid`,
  );
}

export async function setMemberRoles(tx: DbOrTx, communityId: string, userIds: string[], role: MemberRole) {
  if (userIds.length === 0) return;
  await tx.execute(
    sql`update community_member set role = ${role}
        where community_id = ${communityId}::uuid and user_id in (${list(userIds)})`,
  );
}
