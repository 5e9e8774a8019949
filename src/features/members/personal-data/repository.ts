import { and, eq, lt, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { dataExport } from '../tables.ts';

export type DataExportRow = typeof dataExport.$inferSelect;

export async function exportsOf(db: DbOrTx, userId: string): Promise<DataExportRow[]> {
  return db
    .select()
    .from(dataExport)
    .where(eq(dataExport.userId, userId))
    .orderBy(sql`requested_at desc`)
    .limit(10);
}

export async function findExport(db: DbOrTx, id: string): Promise<DataExportRow | null> {
  const [row] = await db.select().from(dataExport).where(eq(dataExport.id, id));
  return row ?? null;
}

/** A request still being built, if any (one at a time). */
export async function pendingExportOf(db: DbOrTx, userId: string): Promise<DataExportRow | null> {
  const [row] = await db
    .select()
    .from(dataExport)
    .where(and(eq(dataExport.userId, userId), eq(dataExport.status, 'pending')));
  return row ?? null;
}

export async function insertExport(db: DbOrTx, userId: string): Promise<DataExportRow> {
  const [row] = await db.insert(dataExport).values({ userId }).returning();
  return row!;
}

/** Claims a pending request for building (null when another worker has it or it is gone). */
export async function lockPendingExport(tx: DbOrTx, id: string): Promise<DataExportRow | null> {
  const [row] = await tx
    .select()
    .from(dataExport)
    .where(and(eq(dataExport.id, id), eq(dataExport.status, 'pending')))
    .for('update', { skipLocked: true });
  return row ?? null;
}

export async function markExport(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<DataExportRow, 'status' | 'storageKey' | 'size' | 'readyAt' | 'expiresAt'>>,
) {
  await db.update(dataExport).set(values).where(eq(dataExport.id, id));
}

export async function expiredExports(db: DbOrTx, now: Date): Promise<DataExportRow[]> {
  return db.select().from(dataExport).where(lt(dataExport.expiresAt, now)).limit(1000);
}

export async function deleteExport(db: DbOrTx, id: string) {
  await db.delete(dataExport).where(eq(dataExport.id, id));
}

const rows = <T>(db: DbOrTx, q: ReturnType<typeof sql>) => queryRows<T & Record<string, unknown>>(db, q);

/**
 * Everything the platform holds about one member, each query bound to their id: their account
 * (never the password hash or secrets), profile, interests and expertise, follows, reading
 * lists, affiliations, communities, threads and posts, files they uploaded, notifications and
 * settings, webinar registrations, feedback, their submissions with every language version,
 * and their earlier export requests.
 */
export async function personalData(db: DbOrTx, userId: string) {
  const [account] = await rows(
    db,
    sql`select id, name, email, handle, role, country, organisation_name, position, sector, locale, time_zone,
          email_verified, two_factor_enabled, created_at, updated_at from "user" where id = ${userId}`,
  );
  if (!account) return null;
  const [
    profile,
    interests,
    expertise,
    follows,
    lists,
    affiliations,
    communities,
    threads,
    posts,
    files,
    notifications,
    notificationSettings,
    registrations,
    feedback,
    submissions,
    exports,
  ] = await Promise.all([
    rows(
      db,
      sql`select bio, photo_key is not null as has_photo, languages, directory_visibility, shown_fields, updated_at
      from member_profile where user_id = ${userId}`,
    ),
    rows(
      db,
      sql`select t.vocabulary_id, t.slug from user_interest i join term t on t.id = i.term_id where i.user_id = ${userId}`,
    ),
    rows(
      db,
      sql`select t.vocabulary_id, t.slug from member_expertise e join term t on t.id = e.term_id where e.user_id = ${userId}`,
    ),
    rows(db, sql`select kind, target_id, created_at from follow where user_id = ${userId}`),
    rows(
      db,
      sql`select l.id, l.name, l.share_token_hash is not null as shared, l.created_at,
        coalesce((select json_agg(json_build_object('item', ci.type || '/' || ci.slug, 'added_at', i.added_at))
          from reading_list_item i join content_item ci on ci.id = i.item_id where i.list_id = l.id), '[]') as items
      from reading_list l where l.user_id = ${userId}`,
    ),
    rows(
      db,
      sql`select o.name as organisation, a.status, a.role, a.created_at
      from organisation_affiliation a join organisation o on o.id = a.organisation_id where a.user_id = ${userId}`,
    ),
    rows(
      db,
      sql`select c.name as community, c.slug, m.role, m.status, m.joined_at
      from community_member m join community c on c.id = m.community_id where m.user_id = ${userId}`,
    ),
    rows(
      db,
      sql`select t.id, c.slug as community, t.title, t.kind, t.created_at
      from community_thread t join community c on c.id = t.community_id where t.author_id = ${userId}`,
    ),
    rows(
      db,
      sql`select p.id, t.title as thread, p.body, p.is_opening, p.hidden, p.created_at, p.edited_at
      from community_post p join community_thread t on t.id = p.thread_id where p.author_id = ${userId}`,
    ),
    rows(
      db,
      sql`select id, filename, media_type, size, storage_key, created_at
      from community_file where uploaded_by = ${userId}`,
    ),
    rows(db, sql`select kind, payload, created_at, read_at from notification where user_id = ${userId}`),
    rows(db, sql`select kind, mode from notification_preference where user_id = ${userId}`),
    rows(
      db,
      sql`select ci.slug as webinar, r.status, r.time_zone, r.created_at, r.cancelled_at
      from webinar_registration r join content_item ci on ci.id = r.webinar_id where r.user_id = ${userId}`,
    ),
    rows(
      db,
      sql`select category, message, page_path, status, reply, created_at from feedback where user_id = ${userId}`,
    ),
    rows(
      db,
      sql`select ci.type, ci.slug, ci.status, ci.created_at, ci.updated_at,
        coalesce((select json_agg(json_build_object('locale', t.locale, 'title', t.title, 'summary', t.summary))
          from content_translation t where t.item_id = ci.id), '[]') as versions
      from content_item ci where ci.author_id = ${userId}`,
    ),
    rows(
      db,
      sql`select requested_at, status, ready_at, expires_at from data_export where user_id = ${userId}`,
    ),
  ]);
  return {
    account,
    profile: profile[0] ?? null,
    interests,
    expertise,
    follows,
    readingLists: lists,
    affiliations,
    communities,
    threads,
    posts,
    files,
    notifications,
    notificationSettings,
    webinarRegistrations: registrations,
    feedback,
    submissions,
    exports,
  };
}

/** The member's stored photo key (for the archive's files). */
export async function photoKeyOf(db: DbOrTx, userId: string): Promise<string | null> {
  const [row] = await rows<{ photo_key: string | null }>(
    db,
    sql`select photo_key from member_profile where user_id = ${userId}`,
  );
  return (row?.photo_key as string | null) ?? null;
}
