import { and, asc, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { featuredItem } from '../tables.ts';

/** The ids featured on the home page in `locale` now, in the editors' order. */
export async function featuredIds(db: DbOrTx, locale: string, limit: number): Promise<string[]> {
  const rows = await queryRows<{ item_id: string }>(
    db,
    sql`select f.item_id from featured_item f join content_item i on i.id = f.item_id
        where f.locale = ${locale} and i.status = 'published' and (f.expires_at is null or f.expires_at > now())
        order by f.position, f.id limit ${limit}`,
  );
  return rows.map((r) => r.item_id);
}

export interface FeaturedRow {
  id: number;
  itemId: string;
  type: string;
  status: string;
  title: string;
  position: number;
  expiresAt: Date | null;
}

/** Everything picked for a locale, expired ones included (the editors see them to tidy up). */
export async function featuredFor(db: DbOrTx, locale: string): Promise<FeaturedRow[]> {
  const rows = await queryRows<{
    id: number;
    item_id: string;
    type: string;
    status: string;
    title: string;
    position: number;
    expires_at: string | null;
  }>(
    db,
    sql`select f.id, f.item_id, i.type, i.status, f.position, f.expires_at,
          coalesce((select t.title from content_translation t where t.item_id = i.id
            order by (t.locale = ${locale}) desc, (t.locale = i.original_locale) desc limit 1), i.slug) as title
        from featured_item f join content_item i on i.id = f.item_id
        where f.locale = ${locale} order by f.position, f.id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    itemId: r.item_id,
    type: r.type,
    status: r.status,
    title: r.title,
    position: Number(r.position),
    expiresAt: r.expires_at ? new Date(r.expires_at) : null,
  }));
}

export async function publishedItemBySlug(db: DbOrTx, type: string, slug: string): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from content_item where type = ${type} and slug = ${slug} and status = 'published'`,
  );
  return row?.id ?? null;
}

export async function addFeatured(
  tx: DbOrTx,
  f: { locale: string; itemId: string; expiresAt: Date | null; createdBy: string },
): Promise<boolean> {
  const rows = await tx
    .insert(featuredItem)
    .values({
      ...f,
      position: sql`coalesce((select max(position) + 1 from featured_item where locale = ${f.locale}), 0)`,
    })
    .onConflictDoNothing()
    .returning({ id: featuredItem.id });
  return rows.length > 0;
}

export async function removeFeatured(tx: DbOrTx, id: number): Promise<FeaturedRowLite | null> {
  const [row] = await tx
    .delete(featuredItem)
    .where(eq(featuredItem.id, id))
    .returning({ id: featuredItem.id, locale: featuredItem.locale, itemId: featuredItem.itemId });
  return row ?? null;
}

type FeaturedRowLite = { id: number; locale: string; itemId: string };

/** Swaps a pick with its neighbour above or below (positions stay dense). */
export async function moveFeatured(
  tx: DbOrTx,
  id: number,
  direction: 'up' | 'down',
): Promise<FeaturedRowLite | null> {
  const [row] = await tx.select().from(featuredItem).where(eq(featuredItem.id, id)).for('update');
  if (!row) return null;
  const siblings = await tx
    .select({ id: featuredItem.id, position: featuredItem.position })
    .from(featuredItem)
    .where(eq(featuredItem.locale, row.locale))
    .orderBy(asc(featuredItem.position), asc(featuredItem.id))
    .for('update');
  const index = siblings.findIndex((s) => s.id === id);
  const other = siblings[direction === 'up' ? index - 1 : index + 1];
  // Renumber first, so that equal positions (from older data) cannot make the swap a no-op.
  for (const [i, s] of siblings.entries())
    if (s.position !== i) await tx.update(featuredItem).set({ position: i }).where(eq(featuredItem.id, s.id));
  if (other) {
    const otherIndex = siblings.indexOf(other);
    await tx.update(featuredItem).set({ position: otherIndex }).where(eq(featuredItem.id, id));
    await tx
      .update(featuredItem)
      .set({ position: index })
      .where(and(eq(featuredItem.id, other.id)));
  }
  return { id: row.id, locale: row.locale, itemId: row.itemId };
}
