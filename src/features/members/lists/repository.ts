import { titleIn } from '../../content/repository.ts';
import { and, count, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { readingList, readingListItem } from '../tables.ts';

export type ReadingListRow = typeof readingList.$inferSelect;

/** A member's lists with how many items each holds, most recently changed first. */
export async function listsOf(db: DbOrTx, userId: string) {
  return queryRows<{ id: string; name: string; shared: boolean; items: number; updated_at: string | Date }>(
    db,
    sql`select l.id, l.name, l.share_token_hash is not null as shared, l.updated_at,
          (select count(*)::int from reading_list_item i join content_item ci on ci.id = i.item_id
            where i.list_id = l.id and ci.status = 'published') as items
        from reading_list l where l.user_id = ${userId} order by l.updated_at desc, l.id`,
  );
}

export async function countListsOf(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(readingList).where(eq(readingList.userId, userId));
  return Number(row?.n ?? 0);
}

/** The member's own list (null for anyone else's: they are told it does not exist). */
export async function ownList(db: DbOrTx, id: string, userId: string): Promise<ReadingListRow | null> {
  const [row] = await db
    .select()
    .from(readingList)
    .where(and(eq(readingList.id, id), eq(readingList.userId, userId)));
  return row ?? null;
}

export async function listBySecretHash(db: DbOrTx, hash: string): Promise<ReadingListRow | null> {
  const [row] = await db.select().from(readingList).where(eq(readingList.shareTokenHash, hash));
  return row ?? null;
}

export async function insertList(db: DbOrTx, userId: string, name: string): Promise<ReadingListRow> {
  const [row] = await db.insert(readingList).values({ userId, name }).returning();
  return row!;
}

export async function updateList(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<ReadingListRow, 'name' | 'shareTokenHash'>>,
) {
  await db
    .update(readingList)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(readingList.id, id));
}

export async function deleteList(db: DbOrTx, id: string) {
  await db.delete(readingList).where(eq(readingList.id, id));
}

export async function addItem(db: DbOrTx, listId: string, itemId: string) {
  await db.insert(readingListItem).values({ listId, itemId }).onConflictDoNothing();
  await db.update(readingList).set({ updatedAt: new Date() }).where(eq(readingList.id, listId));
}

export async function removeItem(db: DbOrTx, listId: string, itemId: string) {
  await db
    .delete(readingListItem)
    .where(and(eq(readingListItem.listId, listId), eq(readingListItem.itemId, itemId)));
}

/** A list's published items (an item unpublished since it was saved is left out), newest saved first. */
export async function itemsOf(db: DbOrTx, listId: string, locale: string) {
  return queryRows<{ id: string; type: string; slug: string; title: string; added_at: string | Date }>(
    db,
    sql`select ci.id, ci.type, ci.slug, i.added_at, ${titleIn(locale)} as title
        from reading_list_item i join content_item ci on ci.id = i.item_id
        where i.list_id = ${listId} and ci.status = 'published'
        order by i.added_at desc, ci.id limit 500`,
  );
}

/** A published item's title, for the page that saves it to a list. */
export async function publishedItem(db: DbOrTx, id: string, locale: string) {
  const [row] = await queryRows<{ id: string; type: string; slug: string; title: string }>(
    db,
    sql`select ci.id, ci.type, ci.slug, ${titleIn(locale)} as title
        from content_item ci where ci.id = ${id} and ci.status = 'published'`,
  );
  return row ?? null;
}
