import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';

/**
 * A list of public pages for sitemaps, as the feature that owns the tables describes it: the
 * rows (`from`: a FROM list with its WHERE), a unique text key to order and page them by, and
 * the time each page last changed (`null` when the tables do not record it).
 */
export interface PublicList {
  from: SQL;
  key: SQL;
  lastmod: SQL;
}

/** One part of a list: the key it starts at (inclusive), how many rows it holds, its newest change. */
export interface ListPart {
  from: string;
  count: number;
  lastmod: Date | null;
}

/** A row of a part: its key (a slug, an id) and when it last changed. */
export interface ListRow {
  key: string;
  lastmod: Date | null;
}

const toDate = (v: string | Date | null) => (v === null ? null : new Date(v));

/**
 * The parts of a list, `size` rows to a part in key order, in one pass: each part is then read
 * by its key range (keyset), never by an offset.
 */
export async function listParts(db: DbOrTx, list: PublicList, size: number): Promise<ListPart[]> {
  const rows = await queryRows<{ from: string; count: number | string; lastmod: string | Date | null }>(
    db,
    sql`select min(k) as "from", count(*) as count, max(m) as lastmod
        from (select ${list.key} as k, ${list.lastmod} as m, (row_number() over (order by ${list.key}) - 1) / ${size} as part
          from ${list.from}) s
        group by part order by part`,
  );
  return rows.map((r) => ({ from: r.from, count: Number(r.count), lastmod: toDate(r.lastmod) }));
}

/** The rows of one part: keys in [from, to) (`to` null: to the end), in key order. */
export async function listRows(
  db: DbOrTx,
  list: PublicList,
  range: { from: string; to: string | null; limit: number },
): Promise<ListRow[]> {
  const rows = await queryRows<{ key: string; lastmod: string | Date | null }>(
    db,
    sql`select k as key, m as lastmod from (select ${list.key} as k, ${list.lastmod} as m from ${list.from}) s
        where k >= ${range.from} ${range.to === null ? sql`` : sql`and k < ${range.to}`}
        order by k limit ${range.limit}`,
  );
  return rows.map((r) => ({ key: r.key, lastmod: toDate(r.lastmod) }));
}

/** A type's published items by slug (unique per type), dated by their last change. */
export const publishedList = (type: string): PublicList => ({
  from: sql`content_item where type = ${type} and status = 'published'`,
  key: sql`slug`,
  lastmod: sql`updated_at`,
});
