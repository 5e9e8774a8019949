import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { contentItem } from '../../content/tables.ts';
import { downloadDay, publication, publicationFile, publicationFileText } from '../tables.ts';

export type PublicationFileRow = typeof publicationFile.$inferSelect;
export type NewPublicationFile = typeof publicationFile.$inferInsert;

/** The publication a file screen or download is about: its status, submitter and title. */
export async function publicationForFiles(db: DbOrTx, itemId: string, locale: string) {
  const [row] = await queryRows<{
    id: string;
    slug: string;
    status: string;
    author_id: string | null;
    title: string | null;
  }>(
    db,
    sql`select ci.id, ci.slug, ci.status, ci.author_id,
          coalesce((select title from content_translation where item_id = ci.id and locale = ${locale}),
                   (select title from content_translation where item_id = ci.id and locale = ci.original_locale))
            as title
        from ${contentItem} ci where ci.id = ${itemId} and ci.type = 'publication'`,
  );
  return row
    ? { id: row.id, slug: row.slug, status: row.status, authorId: row.author_id, title: row.title }
    : null;
}

/** Locks the publication's row so concurrent file changes to one item are serialised. */
export async function lockPublication(tx: DbOrTx, itemId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from ${contentItem} where id = ${itemId} and type = 'publication' for update`,
  );
  return rows.length > 0;
}

export async function filesOfItem(db: DbOrTx, itemId: string): Promise<PublicationFileRow[]> {
  return db
    .select()
    .from(publicationFile)
    .where(eq(publicationFile.itemId, itemId))
    .orderBy(asc(publicationFile.role), asc(publicationFile.position), asc(publicationFile.createdAt));
}

export async function fileById(db: DbOrTx, fileId: string): Promise<PublicationFileRow | null> {
  const [row] = await db.select().from(publicationFile).where(eq(publicationFile.id, fileId));
  return row ?? null;
}

export async function nextPosition(tx: DbOrTx, itemId: string): Promise<number> {
  const [row] = await queryRows<{ next: number }>(
    tx,
    sql`select coalesce(max(position) + 1, 0)::int as next from ${publicationFile} where item_id = ${itemId}`,
  );
  return row?.next ?? 0;
}

export async function itemHasHash(tx: DbOrTx, itemId: string, sha256: string): Promise<boolean> {
  const rows = await tx
    .select({ id: publicationFile.id })
    .from(publicationFile)
    .where(and(eq(publicationFile.itemId, itemId), eq(publicationFile.sha256, sha256)))
    .limit(1);
  return rows.length > 0;
}

export async function insertFile(tx: DbOrTx, values: NewPublicationFile): Promise<PublicationFileRow> {
  const [row] = await tx.insert(publicationFile).values(values).returning();
  return row!;
}

/** Deletes the item's cover files (a new cover replaces them); returns what was deleted. */
export async function deleteCovers(tx: DbOrTx, itemId: string): Promise<PublicationFileRow[]> {
  return tx
    .delete(publicationFile)
    .where(and(eq(publicationFile.itemId, itemId), eq(publicationFile.role, 'cover')))
    .returning();
}

export async function deleteFile(tx: DbOrTx, fileId: string): Promise<PublicationFileRow | null> {
  const [row] = await tx.delete(publicationFile).where(eq(publicationFile.id, fileId)).returning();
  return row ?? null;
}

export async function filesWithSha(db: DbOrTx, sha256: string) {
  return db
    .select({
      fileId: publicationFile.id,
      itemId: publicationFile.itemId,
      filename: publicationFile.filename,
    })
    .from(publicationFile)
    .where(eq(publicationFile.sha256, sha256));
}

/** A file with what decides who may download it. */
export async function fileForDownload(db: DbOrTx, fileId: string) {
  const [row] = await db
    .select({
      file: publicationFile,
      status: contentItem.status,
      authorId: contentItem.authorId,
    })
    .from(publicationFile)
    .innerJoin(contentItem, eq(contentItem.id, publicationFile.itemId))
    .where(eq(publicationFile.id, fileId));
  return row ?? null;
}

/** One more download of a file today (UTC); a counter per file and day, nothing about the reader. */
export async function countDownload(db: DbOrTx, fileId: string, itemId: string): Promise<void> {
  await db
    .insert(downloadDay)
    .values({ fileId, itemId, day: sql`(now() at time zone 'utc')::date`, count: 1 })
    .onConflictDoUpdate({
      target: [downloadDay.fileId, downloadDay.day],
      set: { count: sql`${downloadDay.count} + 1` },
    });
}

/** Sets the outcome of a pending extraction; null when the file is gone or no longer pending. */
export async function finishExtraction(
  tx: DbOrTx,
  fileId: string,
  outcome: { status: 'extracted'; pageCount: number } | { status: 'failed'; error: string },
): Promise<PublicationFileRow | null> {
  const [row] = await tx
    .update(publicationFile)
    .set(
      outcome.status === 'extracted'
        ? { textStatus: 'extracted', pageCount: outcome.pageCount, textError: null }
        : { textStatus: 'failed', textError: outcome.error },
    )
    .where(and(eq(publicationFile.id, fileId), eq(publicationFile.textStatus, 'pending')))
    .returning();
  return row ?? null;
}

export async function saveFileText(tx: DbOrTx, fileId: string, text: string): Promise<void> {
  await tx
    .insert(publicationFileText)
    .values({ fileId, text })
    .onConflictDoUpdate({ target: publicationFileText.fileId, set: { text } });
}

/** The publication's page count from its document, unless someone already gave one. */
export async function fillPageCount(tx: DbOrTx, itemId: string, pageCount: number): Promise<void> {
  await tx
    .update(publication)
    .set({ pageCount })
    .where(and(eq(publication.itemId, itemId), isNull(publication.pageCount)));
}

/** Published publications without a document, newest first, with their original text (demo files). */
export async function publicationsWithoutDocument(db: DbOrTx, limit: number) {
  return queryRows<{
    id: string;
    slug: string;
    locale: string;
    title: string;
    summary: string | null;
    authors: string[] | null;
    year: number | null;
    published_at: string | Date | null;
  }>(
    db,
    sql`select ci.id, ci.slug, ci.original_locale as locale, t.title, t.summary, p.authors, p.year, ci.published_at
        from ${contentItem} ci
        join content_translation t on t.item_id = ci.id and t.locale = ci.original_locale
        left join ${publication} p on p.item_id = ci.id
        where ci.type = 'publication' and ci.status = 'published'
          and not exists (select 1 from ${publicationFile} f where f.item_id = ci.id and f.role = 'document')
        order by ci.published_at desc nulls last, ci.id
        limit ${limit}`,
  );
}

/**
 * The storage keys among these that something points at: a publication's file, a webinar's
 * file, a community's file, or a variant of an item's lead image. A feature that stores files joins this union.
 */
export async function referencedKeys(db: DbOrTx, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await queryRows<{ key: string }>(
    db,
    sql`select storage_key as key from publication_file where storage_key = any(${sql.param(keys)}::text[])
        union select storage_key from webinar_file where storage_key = any(${sql.param(keys)}::text[])
        union select storage_key from community_file where storage_key = any(${sql.param(keys)}::text[])
        union select photo_key from member_profile where photo_key = any(${sql.param(keys)}::text[])
        union select logo_key from organisation where logo_key = any(${sql.param(keys)}::text[])
        union select storage_key from data_export where storage_key = any(${sql.param(keys)}::text[])
        union select v->>'key' from content_image ci, jsonb_array_elements(ci.variants) v
          where v->>'key' = any(${sql.param(keys)}::text[])`,
  );
  return new Set(rows.map((r) => r.key));
}
