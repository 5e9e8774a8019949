import { and, asc, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import { contentTranslation } from '../../content/tables.ts';

export type TranslationRow = typeof contentTranslation.$inferSelect;
type Provenance = TranslationRow['provenance'];

export async function translationsOf(db: DbOrTx, itemId: string): Promise<TranslationRow[]> {
  return db
    .select()
    .from(contentTranslation)
    .where(eq(contentTranslation.itemId, itemId))
    .orderBy(asc(contentTranslation.locale));
}

export async function upsertTranslation(
  tx: DbOrTx,
  itemId: string,
  t: {
    locale: string;
    title: string;
    summary: string | null;
    body: string | null;
    provenance: Provenance;
    needsReview: boolean;
  },
): Promise<void> {
  const values = {
    title: t.title,
    summary: t.summary,
    body: t.body,
    provenance: t.provenance,
    needsReview: t.needsReview,
    updatedAt: sql`now()`,
  };
  await tx
    .insert(contentTranslation)
    .values({ itemId, locale: t.locale, ...values })
    .onConflictDoUpdate({ target: [contentTranslation.itemId, contentTranslation.locale], set: values });
}

export async function deleteTranslation(tx: DbOrTx, itemId: string, locale: string): Promise<boolean> {
  const rows = await tx
    .delete(contentTranslation)
    .where(and(eq(contentTranslation.itemId, itemId), eq(contentTranslation.locale, locale)))
    .returning({ locale: contentTranslation.locale });
  return rows.length > 0;
}

export async function bumpVersion(tx: DbOrTx, itemId: string): Promise<void> {
  await tx.execute(
    sql`update content_item set version = version + 1, updated_at = now() where id = ${itemId}`,
  );
}

export interface MissingRow {
  id: string;
  type: string;
  title: string;
  originalLocale: string;
  locales: string[];
  views: number;
}

/**
 * Published items of the given types without a version in `locale`, most viewed first (page
 * views of the last 90 days), then newest; with how many are missing in each locale.
 */
export async function missingTranslations(
  db: DbOrTx,
  f: { types: string[]; locale: string; type?: string; limit: number; offset: number },
): Promise<{ rows: MissingRow[]; total: number }> {
  const rows = await queryRows<{
    id: string;
    type: string;
    title: string;
    original_locale: string;
    locales: string[];
    views: number;
    total: number;
  }>(
    db,
    sql`select i.id, i.type, i.original_locale,
          coalesce(o.title, i.slug) as title,
          (select array_agg(t.locale order by t.locale) from content_translation t where t.item_id = i.id) as locales,
          coalesce((select sum(v.count) from content_view_day v
            where v.item_id = i.id and v.day >= (now() at time zone 'utc')::date - 90), 0)::int as views,
          count(*) over ()::int as total
        from content_item i
        left join content_translation o on o.item_id = i.id and o.locale = i.original_locale
        where i.status = 'published' and i.type = any(${sql.param(f.types)}::text[])
          ${f.type ? sql`and i.type = ${f.type}` : sql``}
          and not exists (select 1 from content_translation t where t.item_id = i.id and t.locale = ${f.locale})
        order by views desc, i.published_at desc nulls last, i.id
        limit ${f.limit} offset ${f.offset}`,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title,
      originalLocale: r.original_locale,
      locales: r.locales ?? [],
      views: Number(r.views),
    })),
  };
}

/** Published items missing each locale (for the report's tabs). */
export async function missingCounts(
  db: DbOrTx,
  types: string[],
  locales: readonly string[],
): Promise<Record<string, number>> {
  const rows = await queryRows<{ locale: string; n: number }>(
    db,
    sql`select l.locale, count(i.id)::int as n
        from unnest(${sql.param([...locales])}::text[]) as l(locale)
        left join content_item i on i.status = 'published' and i.type = any(${sql.param(types)}::text[])
          and not exists (select 1 from content_translation t where t.item_id = i.id and t.locale = l.locale)
        group by l.locale`,
  );
  return Object.fromEntries(rows.map((r) => [r.locale, Number(r.n)]));
}
