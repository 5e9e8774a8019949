import { and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import {
  type DeliveryMode,
  notification,
  notificationPreference,
  type NotificationPayload,
} from './tables.ts';

export async function insertNotification(
  tx: DbOrTx,
  n: {
    userId: string;
    kind: string;
    communityId?: string | null;
    payload: NotificationPayload;
    emailed: boolean;
  },
): Promise<string> {
  const [row] = await tx
    .insert(notification)
    .values({
      userId: n.userId,
      kind: n.kind,
      communityId: n.communityId ?? null,
      payload: n.payload,
      emailedAt: n.emailed ? sql`now()` : null,
    })
    .returning({ id: notification.id });
  return row!.id;
}

export async function preferenceOf(db: DbOrTx, userId: string, kind: string): Promise<DeliveryMode | null> {
  const [row] = await db
    .select({ mode: notificationPreference.mode })
    .from(notificationPreference)
    .where(and(eq(notificationPreference.userId, userId), eq(notificationPreference.kind, kind)));
  return row?.mode ?? null;
}

/** Who receives e-mail in which language and zone (a deleted account receives nothing). */
export async function recipient(db: DbOrTx, userId: string) {
  const [row] = await queryRows<{ email: string; name: string; locale: string; time_zone: string }>(
    db,
    sql`select email, name, locale, time_zone from "user" where id = ${userId} and deleted_at is null`,
  );
  return row ?? null;
}

/**
 * Whether the member a notification belongs to may still see where it comes from: no
 * community, a public community, or one where they are an active member. A member who left
 * or was banned from a private or hidden community no longer sees its notifications (nor
 * counts them, nor receives them in a summary). `n` is the notification table's alias.
 */
const visible = (n: string) =>
  sql.raw(`(${n}.community_id is null
    or exists (select 1 from community c where c.id = ${n}.community_id and c.visibility = 'public')
    or exists (select 1 from community_member m where m.community_id = ${n}.community_id
      and m.user_id = ${n}.user_id and m.status = 'active'))`);

export interface NotificationRow {
  id: string;
  kind: string;
  payload: NotificationPayload;
  createdAt: Date;
  readAt: Date | null;
}

interface RawRow {
  id: string;
  kind: string;
  payload: NotificationPayload | string;
  created_at: Date | string;
  read_at: Date | string | null;
}

const toRow = (r: RawRow): NotificationRow => ({
  id: r.id,
  kind: r.kind,
  payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as NotificationPayload) : r.payload,
  createdAt: new Date(r.created_at),
  readAt: r.read_at ? new Date(r.read_at) : null,
});

/** A member's notifications, newest first, with the total for pagination. */
export async function listNotifications(
  db: DbOrTx,
  userId: string,
  opts: { limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number }> {
  const rows = await queryRows<RawRow>(
    db,
    sql`select n.id, n.kind, n.payload, n.created_at, n.read_at from notification n
      where n.user_id = ${userId} and ${visible('n')}
      order by n.created_at desc, n.id desc limit ${opts.limit} offset ${opts.offset}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from notification n where n.user_id = ${userId} and ${visible('n')}`,
  );
  return { rows: rows.map(toRow), total: count?.n ?? 0 };
}

/** The header's unread count: one indexed query (notification_unread_idx). */
export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from notification n
      where n.user_id = ${userId} and n.read_at is null and ${visible('n')}`,
  );
  return row?.n ?? 0;
}

/** Marks one of the member's visible notifications read; its target path, or null if not theirs. */
export async function markRead(db: DbOrTx, userId: string, id: string): Promise<NotificationPayload | null> {
  const [row] = await queryRows<{ payload: NotificationPayload | string }>(
    db,
    sql`update notification n set read_at = coalesce(n.read_at, now())
      where n.id = ${id} and n.user_id = ${userId} and ${visible('n')}
      returning n.payload`,
  );
  if (!row) return null;
  return typeof row.payload === 'string' ? (JSON.parse(row.payload) as NotificationPayload) : row.payload;
}

export async function markAllRead(db: DbOrTx, userId: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update notification set read_at = now() where user_id = ${userId} and read_at is null returning id`,
  );
  return rows.length;
}

/** Every kind's saved mode for a member (kinds never saved are absent: their default applies). */
export async function preferencesOf(db: DbOrTx, userId: string): Promise<Map<string, DeliveryMode>> {
  const rows = await db
    .select({ kind: notificationPreference.kind, mode: notificationPreference.mode })
    .from(notificationPreference)
    .where(eq(notificationPreference.userId, userId));
  return new Map(rows.map((r) => [r.kind, r.mode]));
}

export async function savePreferences(
  tx: DbOrTx,
  userId: string,
  modes: { kind: string; mode: DeliveryMode }[],
): Promise<void> {
  if (modes.length === 0) return;
  await tx
    .insert(notificationPreference)
    .values(modes.map((m) => ({ userId, kind: m.kind, mode: m.mode })))
    .onConflictDoUpdate({
      target: [notificationPreference.userId, notificationPreference.kind],
      set: { mode: sql`excluded.mode` },
    });
}

// ── Daily summary ────────────────────────────────────────────────────────────────────────────

/** Time zones of members who have notifications waiting for a summary (a handful of zones). */
export async function zonesWithPendingDigest(db: DbOrTx): Promise<string[]> {
  const rows = await queryRows<{ time_zone: string }>(
    db,
    sql`select distinct u.time_zone from notification n join "user" u on u.id = n.user_id
      where n.emailed_at is null and u.deleted_at is null`,
  );
  return rows.map((r) => r.time_zone);
}

/**
 * Members in a zone with a notification waiting since before `cutoff` (today's 07:00 there),
 * after `afterUserId`, in id order: the summary's work list, in pages.
 */
export async function membersDueForDigest(
  db: DbOrTx,
  zone: string,
  cutoff: Date,
  afterUserId: string,
  limit: number,
): Promise<string[]> {
  const rows = await queryRows<{ user_id: string }>(
    db,
    sql`select distinct n.user_id from notification n join "user" u on u.id = n.user_id
      where n.emailed_at is null and n.created_at < ${cutoff.toISOString()}::timestamptz
        and u.time_zone = ${zone} and u.deleted_at is null and n.user_id > ${afterUserId}
      order by n.user_id limit ${limit}`,
  );
  return rows.map((r) => r.user_id);
}

/**
 * Claims a member's waiting notifications inside the caller's transaction: all of them are
 * marked e-mailed (row locks make a concurrent run find none), and those the member may still
 * see are returned, oldest first, for the summary.
 */
export async function claimPendingDigest(
  tx: DbOrTx,
  userId: string,
): Promise<(NotificationRow & { visible: boolean })[]> {
  const rows = await queryRows<RawRow & { visible: boolean }>(
    tx,
    sql`select n.id, n.kind, n.payload, n.created_at, n.read_at, ${visible('n')} as visible
      from notification n where n.user_id = ${userId} and n.emailed_at is null
      order by n.created_at, n.id for update`,
  );
  if (rows.length === 0) return [];
  await queryRows(
    tx,
    sql`update notification set emailed_at = now()
      where user_id = ${userId} and emailed_at is null
        and id in (${sql.join(
          rows.map((r) => sql`${r.id}::uuid`),
          sql`, `,
        )})`,
  );
  return rows.map((r) => ({ ...toRow(r), visible: r.visible === true || String(r.visible) === 'true' }));
}
