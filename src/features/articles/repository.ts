import { and, asc, eq, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import {
  type ContentStatus,
  contentCountry,
  contentImage,
  contentItem,
  contentTranslation,
  type ImageVariant,
} from '../content/tables.ts';
import type { ArticleType } from './types.ts';

// ---- writing ----

/** Slugs of this type equal to `base` or `base-<n>`. */
export async function takenSlugs(db: DbOrTx, type: ArticleType, base: string): Promise<Set<string>> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select slug from content_item where type = ${type}
        and (slug = ${base} or slug like ${`${base.replace(/[\\%_]/g, '\\$&')}-%`})`,
  );
  return new Set(rows.map((r) => r.slug));
}

/** Inserts the item, or returns null when another one of the type took the slug meanwhile. */
export async function insertArticleItem(
  tx: DbOrTx,
  values: {
    type: ArticleType;
    slug: string;
    status: ContentStatus;
    originalLocale: string;
    licence: string | null;
    authorId: string;
  },
): Promise<string | null> {
  const [row] = await tx
    .insert(contentItem)
    .values(values)
    .onConflictDoNothing({ target: [contentItem.type, contentItem.slug] })
    .returning({ id: contentItem.id });
  return row?.id ?? null;
}

export async function updateArticleItem(
  tx: DbOrTx,
  itemId: string,
  values: { originalLocale: string; licence: string | null },
): Promise<void> {
  await tx
    .update(contentItem)
    .set({ ...values, version: sql`${contentItem.version} + 1`, updatedAt: sql`now()` })
    .where(eq(contentItem.id, itemId));
}

/** The version goes up (a form opened before this change can no longer overwrite it). */
export async function bumpVersion(tx: DbOrTx, itemId: string): Promise<void> {
  await tx
    .update(contentItem)
    .set({ version: sql`${contentItem.version} + 1`, updatedAt: sql`now()` })
    .where(eq(contentItem.id, itemId));
}

/** A news item or blog post, its row locked until the transaction ends; null when there is none. */
export async function lockArticle(tx: DbOrTx, itemId: string) {
  const [row] = await queryRows<{
    type: ArticleType;
    status: ContentStatus;
    version: number;
    author_id: string | null;
  }>(
    tx,
    sql`select type, status, version, author_id from content_item
        where id = ${itemId} and type in ('news', 'blog') for update`,
  );
  return row
    ? { type: row.type, status: row.status, version: Number(row.version), authorId: row.author_id }
    : null;
}

// ---- reading one back ----

/** Everything the forms show of an article; null when there is none. */
export async function articleForEdit(db: DbOrTx, itemId: string) {
  const [item] = await db
    .select()
    .from(contentItem)
    .where(and(eq(contentItem.id, itemId), sql`${contentItem.type} in ('news', 'blog')`));
  if (!item) return null;
  const [translations, terms, countries, organisations, image] = await Promise.all([
    db
      .select()
      .from(contentTranslation)
      .where(eq(contentTranslation.itemId, itemId))
      .orderBy(asc(contentTranslation.locale)),
    queryRows<{ term_id: number; vocabulary_id: string; slug: string }>(
      db,
      sql`select ct.term_id, t.vocabulary_id, t.slug
          from content_term ct join term t on t.id = ct.term_id where ct.item_id = ${itemId} order by 2, 3`,
    ),
    db
      .select({ country: contentCountry.country })
      .from(contentCountry)
      .where(eq(contentCountry.itemId, itemId)),
    queryRows<{ id: string; slug: string }>(
      db,
      sql`select o.id, o.slug from content_organisation co join organisation o on o.id = co.organisation_id
          where co.item_id = ${itemId} order by o.slug`,
    ),
    imageOf(db, itemId),
  ]);
  return {
    item: { ...item, type: item.type as ArticleType },
    translations,
    terms: terms.map((t) => ({ id: Number(t.term_id), vocabularyId: t.vocabulary_id, slug: t.slug })),
    countries: countries.map((c) => c.country).sort(),
    organisations,
    image,
  };
}
export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof articleForEdit>>>;

// ---- lead image ----

export type LeadImage = typeof contentImage.$inferSelect;

export async function imageOf(db: DbOrTx, itemId: string): Promise<LeadImage | null> {
  const [row] = await db.select().from(contentImage).where(eq(contentImage.itemId, itemId));
  return row ?? null;
}

export async function putImage(
  tx: DbOrTx,
  itemId: string,
  image: { alt: string; width: number; height: number; variants: ImageVariant[] },
): Promise<void> {
  await tx
    .insert(contentImage)
    .values({ itemId, ...image })
    .onConflictDoUpdate({ target: contentImage.itemId, set: { ...image, createdAt: sql`now()` } });
}

export async function deleteImage(tx: DbOrTx, itemId: string): Promise<void> {
  await tx.delete(contentImage).where(eq(contentImage.itemId, itemId));
}

/** Whether a storage key is one of the variants of some item's lead image (the only files served). */
export async function isImageVariant(db: DbOrTx, key: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from content_image ci
        where ci.variants @> ${JSON.stringify([{ key }])}::jsonb limit 1`,
  );
  return rows.length > 0;
}

// ---- lists ----

/** A title in the reader's language, else in the original language, else any, else the slug. */
const localTitle = (locale: string) => sql<string>`coalesce(
  (select t.title from content_translation t where t.item_id = ci.id and t.locale = ${locale}),
  (select t.title from content_translation t where t.item_id = ci.id and t.locale = ci.original_locale),
  (select min(t.title) from content_translation t where t.item_id = ci.id), ci.slug)`;

export interface ArticleRow {
  id: string;
  type: ArticleType;
  slug: string;
  status: ContentStatus;
  title: string;
  created_at: string | Date;
  updated_at: string | Date;
  submitter: string | null;
}

/** The editors' list of one type: submitted items first, then the most recently changed. */
export async function listForEditors(
  db: DbOrTx,
  opts: { type: ArticleType; locale: string; status?: ContentStatus; limit: number; offset: number },
): Promise<{ rows: ArticleRow[]; total: number }> {
  const where = sql.join(
    [sql`ci.type = ${opts.type}`, opts.status ? sql`ci.status = ${opts.status}` : undefined].filter(
      (s) => s !== undefined,
    ),
    sql` and `,
  );
  const [rows, count] = await Promise.all([
    queryRows<ArticleRow>(
      db,
      sql`select ci.id, ci.type, ci.slug, ci.status, ci.created_at, ci.updated_at,
            ${localTitle(opts.locale)} as title, u.name as submitter
          from content_item ci left join "user" u on u.id = ci.author_id
          where ${where}
          order by (ci.status = 'submitted') desc, ci.updated_at desc, ci.id
          limit ${opts.limit} offset ${opts.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from content_item ci where ${where}`),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0) };
}

/** A member's own news items or blog posts, newest first (the latest 200). */
export async function submissionsOf(
  db: DbOrTx,
  type: ArticleType,
  userId: string,
  locale: string,
): Promise<ArticleRow[]> {
  return queryRows<ArticleRow>(
    db,
    sql`select ci.id, ci.type, ci.slug, ci.status, ci.created_at, ci.updated_at,
          ${localTitle(locale)} as title, null as submitter
        from content_item ci where ci.type = ${type} and ci.author_id = ${userId}
        order by ci.created_at desc, ci.id limit 200`,
  );
}

/** One of a member's submissions; null when it is not theirs (or not of this type). */
export async function submissionOf(
  db: DbOrTx,
  type: ArticleType,
  itemId: string,
  userId: string,
  locale: string,
): Promise<ArticleRow | null> {
  const [row] = await queryRows<ArticleRow>(
    db,
    sql`select ci.id, ci.type, ci.slug, ci.status, ci.created_at, ci.updated_at,
          ${localTitle(locale)} as title, null as submitter
        from content_item ci where ci.id = ${itemId} and ci.type = ${type} and ci.author_id = ${userId}`,
  );
  return row ?? null;
}

/** The name of the item's author (the member or editor who wrote it). */
export async function authorIdOf(db: DbOrTx, itemId: string): Promise<string | null> {
  const [row] = await queryRows<{ author_id: string | null }>(
    db,
    sql`select author_id from content_item where id = ${itemId}`,
  );
  return row?.author_id ?? null;
}

/** The newest published items of a type in the reader's language, with their lead image. */
export async function latestPublished(db: DbOrTx, type: ArticleType, locale: string, limit: number) {
  return queryRows<{
    id: string;
    slug: string;
    title: string;
    summary: string | null;
    shown_locale: string;
    published_at: string | Date;
    image: { alt: string; width: number; height: number; variants: ImageVariant[] } | null;
  }>(
    db,
    sql`select ci.id, ci.slug, ci.published_at,
          coalesce(tl.title, tor.title) as title, coalesce(tl.summary, tor.summary) as summary,
          coalesce(tl.locale, tor.locale) as shown_locale,
          (select json_build_object('alt', im.alt, 'width', im.width, 'height', im.height,
             'variants', im.variants) from content_image im where im.item_id = ci.id) as image
        from content_item ci
        join content_translation tor on tor.item_id = ci.id and tor.locale = ci.original_locale
        left join content_translation tl on tl.item_id = ci.id and tl.locale = ${locale}
        where ci.type = ${type} and ci.status = 'published'
        order by ci.published_at desc, ci.id limit ${limit}`,
  );
}
