import { titleIn } from '../content/repository.ts';
import type { PublicList } from '../content/public-repository.ts';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import {
  community,
  communityFile,
  communityEvent,
  communityInvitation,
  communityLibraryLink,
  communityMember,
  communityPost,
  communityPostRevision,
  communityReaction,
  communityRequest,
  communityThread,
  type MemberRole,
  type MembershipStatus,
  postReport,
  threadFollow,
} from './tables.ts';

export type CommunityRow = typeof community.$inferSelect;
export type RequestRow = typeof communityRequest.$inferSelect;
export type ThreadRow = typeof communityThread.$inferSelect;

// ── Communities ────────────────────────────────────────────────────────────────────────────

export async function takenCommunitySlugs(db: DbOrTx, base: string): Promise<Set<string>> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select slug from community where slug = ${base} or slug like ${`${base.replace(/[\\%_]/g, '\\$&')}-%`}`,
  );
  return new Set(rows.map((r) => r.slug));
}

export async function insertCommunity(tx: DbOrTx, values: typeof community.$inferInsert) {
  const [row] = await tx.insert(community).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findCommunityBySlug(db: DbOrTx, slug: string) {
  const [row] = await db.select().from(community).where(eq(community.slug, slug));
  return row ?? null;
}

export async function findCommunity(db: DbOrTx, id: string) {
  const [row] = await db.select().from(community).where(eq(community.id, id));
  return row ?? null;
}

/** Activity: the listing's "last activity" and the health checks read it. */
export async function touchCommunity(tx: DbOrTx, id: string) {
  await tx.update(community).set({ lastActivityAt: sql`now()` }).where(eq(community.id, id));
}

export interface CommunityListRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: string;
  status: string;
  members: number;
  lastActivityAt: Date;
  myStatus: MembershipStatus | null;
}

/**
 * Communities the viewer may see listed: public and private ones, hidden ones only for their
 * members (and the platform team); member counts count active members only.
 */
export async function listCommunities(
  db: DbOrTx,
  opts: { viewerId: string | null; staff: boolean; limit: number; offset: number },
): Promise<{ rows: CommunityListRow[]; total: number }> {
  const viewer = opts.viewerId ?? '';
  const visible = opts.staff
    ? sql`true`
    : sql`(c.visibility <> 'hidden' or exists (select 1 from community_member m
          where m.community_id = c.id and m.user_id = ${viewer} and m.status = 'active'))`;
  const rows = await queryRows<{
    id: string;
    slug: string;
    name: string;
    description: string;
    visibility: string;
    status: string;
    members: number;
    last_activity_at: string | Date;
    my_status: MembershipStatus | null;
  }>(
    db,
    sql`select c.id, c.slug, c.name, c.description, c.visibility, c.status, c.last_activity_at,
          (select count(*)::int from community_member m where m.community_id = c.id and m.status = 'active') as members,
          (select m.status from community_member m where m.community_id = c.id and m.user_id = ${viewer}) as my_status
        from community c where ${visible}
        order by (c.status = 'archived'), c.last_activity_at desc, c.id
        limit ${opts.limit} offset ${opts.offset}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from community c where ${visible}`,
  );
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      description: r.description,
      visibility: r.visibility,
      status: r.status,
      members: Number(r.members),
      lastActivityAt: new Date(r.last_activity_at),
      myStatus: r.my_status,
    })),
  };
}

// ── Requests ───────────────────────────────────────────────────────────────────────────────

export async function insertRequest(tx: DbOrTx, values: typeof communityRequest.$inferInsert) {
  const [row] = await tx.insert(communityRequest).values(values).returning();
  return row!;
}

export async function listRequests(db: DbOrTx, status: RequestRow['status'] | 'all') {
  const where = status === 'all' ? undefined : eq(communityRequest.status, status);
  return db.select().from(communityRequest).where(where).orderBy(desc(communityRequest.createdAt)).limit(200);
}

export async function requestsOf(db: DbOrTx, requesterId: string) {
  return db
    .select()
    .from(communityRequest)
    .where(eq(communityRequest.requesterId, requesterId))
    .orderBy(desc(communityRequest.createdAt));
}

/** The request, locked: two team members deciding at once cannot both act on it. */
export async function lockRequest(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(communityRequest).where(eq(communityRequest.id, id)).for('update');
  return row ?? null;
}

export async function decideRequest(
  tx: DbOrTx,
  id: string,
  v: { status: 'approved' | 'declined'; decidedBy: string; message: string | null; communityId?: string },
) {
  await tx
    .update(communityRequest)
    .set({ ...v, decidedAt: sql`now()` })
    .where(eq(communityRequest.id, id));
}

// ── Members ────────────────────────────────────────────────────────────────────────────────

export async function membershipOf(db: DbOrTx, communityId: string, userId: string | null | undefined) {
  if (!userId) return null;
  const [row] = await db
    .select()
    .from(communityMember)
    .where(and(eq(communityMember.communityId, communityId), eq(communityMember.userId, userId)));
  return row ?? null;
}

export async function lockMembership(tx: DbOrTx, communityId: string, userId: string) {
  const [row] = await tx
    .select()
    .from(communityMember)
    .where(and(eq(communityMember.communityId, communityId), eq(communityMember.userId, userId)))
    .for('update');
  return row ?? null;
}

export async function upsertMember(
  tx: DbOrTx,
  v: { communityId: string; userId: string; role: MemberRole; status: MembershipStatus },
) {
  await tx
    .insert(communityMember)
    .values(v)
    .onConflictDoUpdate({
      target: [communityMember.communityId, communityMember.userId],
      set: { role: v.role, status: v.status, joinedAt: sql`now()` },
    });
}

export async function setMember(
  tx: DbOrTx,
  communityId: string,
  userId: string,
  v: Partial<{ role: MemberRole; status: MembershipStatus }>,
) {
  await tx
    .update(communityMember)
    .set(v)
    .where(and(eq(communityMember.communityId, communityId), eq(communityMember.userId, userId)));
}

export async function deleteMember(tx: DbOrTx, communityId: string, userId: string) {
  await tx
    .delete(communityMember)
    .where(and(eq(communityMember.communityId, communityId), eq(communityMember.userId, userId)));
}

/** Active admins, locked: the last one cannot be removed or demoted meanwhile. */
export async function lockAdmins(tx: DbOrTx, communityId: string): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(
    tx,
    sql`select user_id from community_member where community_id = ${communityId}
        and role = 'admin' and status = 'active' for update`,
  );
  return rows.map((r) => r.user_id);
}

export interface MemberListRow {
  userId: string;
  name: string;
  handle: string;
  role: MemberRole;
  status: MembershipStatus;
  joinedAt: Date;
}

export async function listMembers(db: DbOrTx, communityId: string, status: MembershipStatus) {
  const rows = await queryRows<{
    user_id: string;
    name: string;
    handle: string;
    role: MemberRole;
    status: MembershipStatus;
    joined_at: string | Date;
  }>(
    db,
    sql`select m.user_id, u.name, u.handle, m.role, m.status, m.joined_at from community_member m
        join "user" u on u.id = m.user_id and u.deleted_at is null
        where m.community_id = ${communityId} and m.status = ${status}
        order by case m.role when 'admin' then 0 when 'moderator' then 1 else 2 end, u.name
        limit 500`,
  );
  return rows.map(
    (r): MemberListRow => ({
      userId: r.user_id,
      name: r.name,
      handle: r.handle,
      role: r.role,
      status: r.status,
      joinedAt: new Date(r.joined_at),
    }),
  );
}

export async function activeMemberIds(
  db: DbOrTx,
  communityId: string,
  roles?: MemberRole[],
): Promise<string[]> {
  const rows = await db
    .select({ id: communityMember.userId })
    .from(communityMember)
    .where(
      and(
        eq(communityMember.communityId, communityId),
        eq(communityMember.status, 'active'),
        roles ? inArray(communityMember.role, roles) : undefined,
      ),
    );
  return rows.map((r) => r.id);
}

export async function userByHandleOrEmail(db: DbOrTx, who: string) {
  const [row] = await queryRows<{ id: string; name: string; email: string }>(
    db,
    sql`select id, name, email from "user" where deleted_at is null
        and (lower(handle) = lower(${who}) or lower(email) = lower(${who})) limit 1`,
  );
  return row ?? null;
}

/** Members named by @handle in a post who are active members of the community. */
export async function mentionedMembers(db: DbOrTx, communityId: string, handles: string[]) {
  if (handles.length === 0) return [];
  return queryRows<{ id: string; handle: string }>(
    db,
    sql`select u.id, u.handle from "user" u join community_member m on m.user_id = u.id
        where m.community_id = ${communityId} and m.status = 'active' and u.deleted_at is null
          and lower(u.handle) = any(${sql.param(handles.map((h) => h.toLowerCase()))}::text[])`,
  );
}

// ── Threads and posts ──────────────────────────────────────────────────────────────────────

/** Inserts a thread; the same form posted twice (same author and key) returns null. */
export async function insertThread(tx: DbOrTx, values: typeof communityThread.$inferInsert) {
  const [row] = await tx.insert(communityThread).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function threadByClientKey(
  tx: DbOrTx,
  communityId: string,
  authorId: string,
  clientKey: string,
) {
  const [row] = await tx
    .select()
    .from(communityThread)
    .where(
      and(
        eq(communityThread.communityId, communityId),
        eq(communityThread.authorId, authorId),
        eq(communityThread.clientKey, clientKey),
      ),
    );
  return row ?? null;
}

export async function findThread(db: DbOrTx, id: string) {
  const [row] = await db.select().from(communityThread).where(eq(communityThread.id, id));
  return row ?? null;
}

export async function lockThread(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(communityThread).where(eq(communityThread.id, id)).for('update');
  return row ?? null;
}

export async function setThread(tx: DbOrTx, id: string, v: Partial<typeof communityThread.$inferInsert>) {
  await tx.update(communityThread).set(v).where(eq(communityThread.id, id));
}

export interface ThreadListRow {
  id: string;
  title: string;
  kind: string;
  pinned: boolean;
  locked: boolean;
  replyCount: number;
  lastPostAt: Date;
  authorName: string | null;
}

export async function listThreads(db: DbOrTx, communityId: string, limit: number, offset: number) {
  const rows = await queryRows<{
    id: string;
    title: string;
    kind: string;
    pinned: boolean;
    locked: boolean;
    reply_count: number;
    last_post_at: string | Date;
    author_name: string | null;
  }>(
    db,
    sql`select t.id, t.title, t.kind, t.pinned, t.locked, t.reply_count, t.last_post_at, u.name as author_name
        from community_thread t left join "user" u on u.id = t.author_id
        where t.community_id = ${communityId}
        order by t.pinned desc, t.last_post_at desc, t.id limit ${limit} offset ${offset}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from community_thread where community_id = ${communityId}`,
  );
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map(
      (r): ThreadListRow => ({
        id: r.id,
        title: r.title,
        kind: r.kind,
        pinned: r.pinned,
        locked: r.locked,
        replyCount: Number(r.reply_count),
        lastPostAt: new Date(r.last_post_at),
        authorName: r.author_name,
      }),
    ),
  };
}

/** Inserts a post; a second submission of the same form (same client key) returns null. */
export async function insertPost(tx: DbOrTx, values: typeof communityPost.$inferInsert) {
  const [row] = await tx.insert(communityPost).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export interface PostRow {
  id: string;
  authorId: string | null;
  authorName: string | null;
  authorHandle: string | null;
  isOpening: boolean;
  body: string;
  quotedPostId: string | null;
  hidden: boolean;
  createdAt: Date;
  editedAt: Date | null;
  useful: number;
  attachments: PostAttachment[];
}

/** A document attached to a post (downloaded through the community's files route). */
export interface PostAttachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
}

const POST_COLUMNS = sql`p.id, p.author_id, u.name as author_name, u.handle as author_handle, p.is_opening, p.body,
  p.quoted_post_id, p.hidden, p.created_at, p.edited_at,
  (select count(*)::int from community_reaction r where r.post_id = p.id) as useful,
  (select coalesce(json_agg(json_build_object('id', f.id, 'filename', f.filename, 'mediaType', f.media_type,
      'size', f.size) order by f.created_at), '[]'::json)
    from community_file f where f.post_id = p.id) as attachments`;

type PostDbRow = {
  id: string;
  author_id: string | null;
  author_name: string | null;
  author_handle: string | null;
  is_opening: boolean;
  body: string;
  quoted_post_id: string | null;
  hidden: boolean;
  created_at: string | Date;
  edited_at: string | Date | null;
  useful: number;
  attachments: PostAttachment[] | string;
};

const toPost = (r: PostDbRow): PostRow => ({
  id: r.id,
  authorId: r.author_id,
  authorName: r.author_name,
  authorHandle: r.author_handle,
  isOpening: r.is_opening,
  body: r.body,
  quotedPostId: r.quoted_post_id,
  hidden: r.hidden,
  createdAt: new Date(r.created_at),
  editedAt: r.edited_at ? new Date(r.edited_at) : null,
  useful: Number(r.useful),
  attachments: typeof r.attachments === 'string' ? JSON.parse(r.attachments) : r.attachments,
});

/** One page of a thread's posts, the opening post first, then oldest first. */
export async function listPosts(db: DbOrTx, threadId: string, limit: number, offset: number) {
  const rows = await queryRows<PostDbRow>(
    db,
    sql`select ${POST_COLUMNS}
        from community_post p left join "user" u on u.id = p.author_id and u.deleted_at is null
        where p.thread_id = ${threadId}
        order by p.is_opening desc, p.created_at, p.id limit ${limit} offset ${offset}`,
  );
  return rows.map(toPost);
}

/** Posts quoted on a page (they may be on another page of the thread). */
export async function postsByIds(db: DbOrTx, threadId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await queryRows<PostDbRow>(
    db,
    sql`select ${POST_COLUMNS}
        from community_post p left join "user" u on u.id = p.author_id and u.deleted_at is null
        where p.thread_id = ${threadId} and p.id = any(${sql.param(ids)}::uuid[])`,
  );
  return rows.map(toPost);
}

export async function isActiveMember(
  db: DbOrTx,
  communityId: string,
  userId: string | null,
): Promise<boolean> {
  if (!userId) return false;
  const m = await membershipOf(db, communityId, userId);
  return m?.status === 'active';
}

export async function countActiveMembers(db: DbOrTx, communityId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from community_member where community_id = ${communityId} and status = 'active'`,
  );
  return Number(row?.n ?? 0);
}

export async function findPost(db: DbOrTx, id: string) {
  const [row] = await db.select().from(communityPost).where(eq(communityPost.id, id));
  return row ?? null;
}

export async function followThread(tx: DbOrTx, threadId: string, userId: string) {
  await tx.insert(threadFollow).values({ threadId, userId }).onConflictDoNothing();
}

export async function unfollowThread(tx: DbOrTx, threadId: string, userId: string) {
  await tx
    .delete(threadFollow)
    .where(and(eq(threadFollow.threadId, threadId), eq(threadFollow.userId, userId)));
}

export async function isFollowing(db: DbOrTx, threadId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: threadFollow.userId })
    .from(threadFollow)
    .where(and(eq(threadFollow.threadId, threadId), eq(threadFollow.userId, userId)));
  return !!row;
}

/** Followers who are still active members (leaving a community ends what you hear from it). */
export async function activeFollowers(db: DbOrTx, threadId: string, communityId: string): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`select f.user_id from community_thread_follow f join community_member m
          on m.user_id = f.user_id and m.community_id = ${communityId} and m.status = 'active'
        where f.thread_id = ${threadId}`,
  );
  return rows.map((r) => r.user_id);
}

export async function markPosted(db: DbOrTx, communityId: string, userId: string) {
  await db
    .update(communityMember)
    .set({ lastPostedAt: sql`now()` })
    .where(and(eq(communityMember.communityId, communityId), eq(communityMember.userId, userId)));
}

// ── Invitations ────────────────────────────────────────────────────────────────────────────

export async function insertInvitation(tx: DbOrTx, values: typeof communityInvitation.$inferInsert) {
  const [row] = await tx.insert(communityInvitation).values(values).returning();
  return row!;
}

export async function lockInvitationByToken(tx: DbOrTx, tokenHash: string) {
  const [row] = await tx
    .select()
    .from(communityInvitation)
    .where(eq(communityInvitation.tokenHash, tokenHash))
    .for('update');
  return row ?? null;
}

export async function findInvitationByToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select()
    .from(communityInvitation)
    .where(eq(communityInvitation.tokenHash, tokenHash));
  return row ?? null;
}

export async function acceptInvitation(tx: DbOrTx, id: string, userId: string) {
  await tx
    .update(communityInvitation)
    .set({ acceptedAt: sql`now()`, acceptedBy: userId })
    .where(eq(communityInvitation.id, id));
}

export async function pendingInvitations(db: DbOrTx, communityId: string) {
  return db
    .select()
    .from(communityInvitation)
    .where(
      and(eq(communityInvitation.communityId, communityId), sql`${communityInvitation.acceptedAt} is null`),
    )
    .orderBy(asc(communityInvitation.createdAt));
}

export async function setChecklist(db: DbOrTx, communityId: string, userId: string, done: string[]) {
  await db
    .update(communityMember)
    .set({ checklistDone: done })
    .where(and(eq(communityMember.communityId, communityId), eq(communityMember.userId, userId)));
}

/** "Useful" on, or off again. */
export async function toggleUseful(db: DbOrTx, postId: string, userId: string) {
  const removed = await db
    .delete(communityReaction)
    .where(and(eq(communityReaction.postId, postId), eq(communityReaction.userId, userId)))
    .returning({ id: communityReaction.postId });
  if (removed.length === 0)
    await db.insert(communityReaction).values({ postId, userId }).onConflictDoNothing();
}

// ── Moderation ─────────────────────────────────────────────────────────────────────────────

/** A report; the same member reporting the same post again changes nothing. */
export async function insertReport(tx: DbOrTx, postId: string, reporterId: string, reason: string) {
  await tx.insert(postReport).values({ postId, reporterId, reason }).onConflictDoNothing();
}

export async function openReportCount(tx: DbOrTx, postId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(distinct reporter_id)::int as n from community_post_report where post_id = ${postId} and status = 'open'`,
  );
  return Number(row?.n ?? 0);
}

export async function lockPost(tx: DbOrTx, id: string) {
  const [row] = await tx.select().from(communityPost).where(eq(communityPost.id, id)).for('update');
  return row ?? null;
}

export async function setPostHidden(
  tx: DbOrTx,
  id: string,
  hidden: boolean,
  reason: 'moderator' | 'reports' | null,
) {
  await tx.update(communityPost).set({ hidden, hiddenReason: reason }).where(eq(communityPost.id, id));
}

/** Closes a post's open reports: upheld when it is hidden, dismissed when it is restored. */
export async function closeReports(tx: DbOrTx, postId: string, status: 'upheld' | 'dismissed', by: string) {
  await tx
    .update(postReport)
    .set({ status, reviewedBy: by, reviewedAt: sql`now()` })
    .where(and(eq(postReport.postId, postId), eq(postReport.status, 'open')));
}

export async function editPost(tx: DbOrTx, id: string, body: string, previous: string, by: string) {
  await tx.insert(communityPostRevision).values({ postId: id, body: previous, editedBy: by });
  await tx.update(communityPost).set({ body, editedAt: sql`now()` }).where(eq(communityPost.id, id));
}

export async function postRevisions(db: DbOrTx, postId: string) {
  return db
    .select()
    .from(communityPostRevision)
    .where(eq(communityPostRevision.postId, postId))
    .orderBy(desc(communityPostRevision.createdAt));
}

export interface ReportQueueRow {
  postId: string;
  threadId: string;
  threadTitle: string;
  communitySlug: string;
  communityName: string;
  body: string;
  hidden: boolean;
  reports: number;
  reasons: string[];
  firstAt: Date;
}

/** The platform team's queue: posts with open reports, the most reported first. */
export async function reportQueue(db: DbOrTx, limit: number): Promise<ReportQueueRow[]> {
  const rows = await queryRows<{
    post_id: string;
    thread_id: string;
    thread_title: string;
    community_slug: string;
    community_name: string;
    body: string;
    hidden: boolean;
    reports: number;
    reasons: string[];
    first_at: string | Date;
  }>(
    db,
    sql`select p.id as post_id, t.id as thread_id, t.title as thread_title, c.slug as community_slug,
          c.name as community_name, p.body, p.hidden, count(distinct r.reporter_id)::int as reports,
          array_agg(distinct r.reason) as reasons, min(r.created_at) as first_at
        from community_post_report r join community_post p on p.id = r.post_id
        join community_thread t on t.id = p.thread_id join community c on c.id = t.community_id
        where r.status = 'open'
        group by p.id, t.id, c.id order by reports desc, first_at limit ${limit}`,
  );
  return rows.map((r) => ({
    postId: r.post_id,
    threadId: r.thread_id,
    threadTitle: r.thread_title,
    communitySlug: r.community_slug,
    communityName: r.community_name,
    body: r.body,
    hidden: r.hidden,
    reports: Number(r.reports),
    reasons: r.reasons,
    firstAt: new Date(r.first_at),
  }));
}

/** The community a post belongs to (for the team's queue, which acts outside a community page). */
export async function communityOfPost(db: DbOrTx, postId: string) {
  const [row] = await queryRows<{ slug: string; thread_id: string }>(
    db,
    sql`select c.slug, t.id as thread_id from community_post p join community_thread t on t.id = p.thread_id
        join community c on c.id = t.community_id where p.id = ${postId}`,
  );
  return row ?? null;
}

// ── Shared library ─────────────────────────────────────────────────────────────────────────

export interface LibraryEntry {
  kind: 'item' | 'file';
  id: string;
  title: string;
  /** Library items: their public path; files: their id for the download route. */
  path: string | null;
  type: string | null;
  addedBy: string | null;
  addedAt: Date;
  size: number | null;
}

/** Library items linked into the community (published ones only) and its uploaded documents. */
export async function libraryOf(db: DbOrTx, communityId: string, locale: string): Promise<LibraryEntry[]> {
  const rows = await queryRows<{
    kind: 'item' | 'file';
    id: string;
    title: string;
    slug: string | null;
    type: string | null;
    added_by: string | null;
    added_at: string | Date;
    size: number | null;
  }>(
    db,
    sql`select 'item' as kind, ci.id, ${titleIn(locale)} as title, ci.slug, ci.type, u.name as added_by, l.created_at as added_at, null::int as size
        from community_library_link l join content_item ci on ci.id = l.item_id and ci.status = 'published'
        left join "user" u on u.id = l.added_by
        where l.community_id = ${communityId}
      union all
        select 'file', f.id, coalesce(f.title, f.filename), null, f.media_type, u.name, f.created_at, f.size
        from community_file f left join "user" u on u.id = f.uploaded_by
        where f.community_id = ${communityId} and f.post_id is null
      order by added_at desc limit 500`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    title: r.title,
    path: r.slug,
    type: r.type,
    addedBy: r.added_by,
    addedAt: new Date(r.added_at),
    size: r.size === null ? null : Number(r.size),
  }));
}

/** A published library item by its public path ("library/slug", "news/slug" …). */
export async function publishedItemBySlug(db: DbOrTx, type: string, slug: string) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from content_item where type = ${type} and slug = ${slug} and status = 'published'`,
  );
  return row?.id ?? null;
}

export async function linkLibraryItem(tx: DbOrTx, communityId: string, itemId: string, addedBy: string) {
  await tx.insert(communityLibraryLink).values({ communityId, itemId, addedBy }).onConflictDoNothing();
}

export async function insertCommunityFile(tx: DbOrTx, values: typeof communityFile.$inferInsert) {
  const [row] = await tx.insert(communityFile).values(values).returning();
  return row!;
}

export async function findCommunityFile(db: DbOrTx, communityId: string, id: string) {
  const [row] = await db
    .select()
    .from(communityFile)
    .where(and(eq(communityFile.communityId, communityId), eq(communityFile.id, id)));
  return row ?? null;
}

export async function linkCommunityEvent(tx: DbOrTx, communityId: string, itemId: string) {
  await tx.insert(communityEvent).values({ communityId, itemId }).onConflictDoNothing();
}

/** The community's events and webinars still to come (or under way), soonest first. */
export async function communityEvents(db: DbOrTx, communityId: string, locale: string) {
  const rows = await queryRows<{
    type: string;
    slug: string;
    title: string;
    starts_at: string | Date;
    time_zone: string;
  }>(
    db,
    sql`select ci.type, ci.slug, ${titleIn(locale)} as title,
          coalesce(e.starts_at, w.starts_at) as starts_at, coalesce(e.time_zone, w.time_zone) as time_zone
        from community_event ce join content_item ci on ci.id = ce.item_id and ci.status = 'published'
        left join event e on e.item_id = ci.id left join webinar w on w.item_id = ci.id
        where ce.community_id = ${communityId}
          and coalesce(e.ends_at, w.starts_at + make_interval(mins => w.duration_minutes)) > now()
        order by 4 limit 20`,
  );
  return rows.map((r) => ({
    type: r.type,
    slug: r.slug,
    title: r.title,
    startsAt: new Date(r.starts_at),
    timeZone: r.time_zone,
  }));
}

// ── Global search ──────────────────────────────────────────────────────────────────────────

/** What a thread's search document is made of: the thread, its community and its opening post. */
export async function threadForIndex(db: DbOrTx, threadId: string) {
  const [row] = await db
    .select({
      id: communityThread.id,
      title: communityThread.title,
      createdAt: communityThread.createdAt,
      community: {
        slug: community.slug,
        locale: community.locale,
        languages: community.languages,
        visibility: community.visibility,
        status: community.status,
      },
      body: communityPost.body,
      hidden: communityPost.hidden,
    })
    .from(communityThread)
    .innerJoin(community, eq(community.id, communityThread.communityId))
    .leftJoin(
      communityPost,
      and(eq(communityPost.threadId, communityThread.id), eq(communityPost.isOpening, true)),
    )
    .where(eq(communityThread.id, threadId))
    .orderBy(asc(communityPost.createdAt))
    .limit(1);
  return row ?? null;
}

/** Every thread of a community (to index or remove them all after its visibility changed). */
export async function threadIdsOfCommunity(db: DbOrTx, communityId: string): Promise<string[]> {
  const rows = await db
    .select({ id: communityThread.id })
    .from(communityThread)
    .where(eq(communityThread.communityId, communityId))
    .orderBy(asc(communityThread.createdAt), asc(communityThread.id));
  return rows.map((r) => r.id);
}

/**
 * For the sitemap, what anyone may read (public communities, active or archived — the
 * permission table's 'read' for a visitor): the communities, by slug, dated by their last
 * activity …
 */
export const publicCommunityList: PublicList = {
  from: sql`community where visibility = 'public'`,
  key: sql`slug`,
  lastmod: sql`last_activity_at`,
};

/** … and their threads whose opening post is not hidden, keyed by their path under /communities/. */
export const publicThreadList: PublicList = {
  from: sql`community_thread t join community c on c.id = t.community_id and c.visibility = 'public'
    join community_post p on p.thread_id = t.id and p.is_opening and not p.hidden`,
  key: sql`c.slug || '/threads/' || t.id::text`,
  lastmod: sql`t.last_post_at`,
};
