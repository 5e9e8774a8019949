import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../core/db/client.ts';
import {
  contentCountry,
  contentItem,
  contentOrganisation,
  contentTerm,
  contentTranslation,
} from '../../content/tables.ts';
import { publication, publicationDuplicate } from '../tables.ts';

export type PublicationStatus = (typeof contentItem.$inferSelect)['status'];
export type DuplicateReason = (typeof publicationDuplicate.$inferSelect)['reason'];

// ---- writing a publication ----

/** Slugs of publications equal to `base` or `base-<n>`. */
export async function takenSlugs(db: DbOrTx, base: string): Promise<Set<string>> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select slug from content_item where type = 'publication'
        and (slug = ${base} or slug like ${`${base.replace(/[\\%_]/g, '\\$&')}-%`})`,
  );
  return new Set(rows.map((r) => r.slug));
}

/** Inserts the item, or returns null when another publication took the slug meanwhile. */
export async function insertPublicationItem(
  tx: DbOrTx,
  values: {
    slug: string;
    status: PublicationStatus;
    originalLocale: string;
    licence: string | null;
    authorId: string;
  },
): Promise<string | null> {
  const [row] = await tx
    .insert(contentItem)
    .values({ type: 'publication', ...values })
    .onConflictDoNothing({ target: [contentItem.type, contentItem.slug] })
    .returning({ id: contentItem.id });
  return row?.id ?? null;
}

export async function updatePublicationItem(
  tx: DbOrTx,
  itemId: string,
  values: { originalLocale: string; licence: string | null },
): Promise<void> {
  await tx
    .update(contentItem)
    .set({ ...values, version: sql`${contentItem.version} + 1`, updatedAt: sql`now()` })
    .where(eq(contentItem.id, itemId));
}

/** The item's classification terms, with their vocabulary and whether they are retired. */
export async function termsOfItem(tx: DbOrTx, itemId: string) {
  return queryRows<{ term_id: number; vocabulary_id: string; status: 'active' | 'retired' }>(
    tx,
    sql`select ct.term_id, t.vocabulary_id, t.status
        from content_term ct join term t on t.id = ct.term_id where ct.item_id = ${itemId}`,
  );
}

/** The language of the item's original text; null when there is no such item. */
export async function originalLocaleOf(tx: DbOrTx, itemId: string): Promise<string | null> {
  const [row] = await tx
    .select({ locale: contentItem.originalLocale })
    .from(contentItem)
    .where(eq(contentItem.id, itemId));
  return row?.locale ?? null;
}

export async function upsertPublicationFields(
  tx: DbOrTx,
  itemId: string,
  f: {
    year: number;
    issuedOn: string | null;
    authors: string[];
    languages: string[];
    doi: string | null;
    isbn: string | null;
    url: string | null;
    pageCount: number | null;
  },
) {
  await tx
    .insert(publication)
    .values({ itemId, ...f })
    .onConflictDoUpdate({ target: publication.itemId, set: f });
}

/** Status of a publication, its row locked until the transaction ends; null when there is none. */
export async function lockPublication(tx: DbOrTx, itemId: string) {
  const [row] = await queryRows<{
    status: PublicationStatus;
    published_at: string | Date | null;
    version: number;
  }>(
    tx,
    sql`select status, published_at, version from content_item
        where id = ${itemId} and type = 'publication' for update`,
  );
  return row ? { status: row.status, publishedAt: row.published_at, version: Number(row.version) } : null;
}

export async function setPublicationStatus(tx: DbOrTx, itemId: string, status: PublicationStatus) {
  await tx
    .update(contentItem)
    .set({
      status,
      updatedAt: sql`now()`,
      ...(status === 'published' ? { publishedAt: sql`coalesce(${contentItem.publishedAt}, now())` } : {}),
    })
    .where(eq(contentItem.id, itemId));
}

// ---- reading one publication back ----

/** Everything the edit form shows of a publication; null when there is none. */
export async function publicationForEdit(db: DbOrTx, itemId: string) {
  const [item] = await db
    .select()
    .from(contentItem)
    .where(and(eq(contentItem.id, itemId), eq(contentItem.type, 'publication')));
  if (!item) return null;
  const [fields, translations, terms, countries, organisations] = await Promise.all([
    db.select().from(publication).where(eq(publication.itemId, itemId)),
    db
      .select()
      .from(contentTranslation)
      .where(eq(contentTranslation.itemId, itemId))
      .orderBy(asc(contentTranslation.locale)),
    db.select({ termId: contentTerm.termId }).from(contentTerm).where(eq(contentTerm.itemId, itemId)),
    db
      .select({ country: contentCountry.country })
      .from(contentCountry)
      .where(eq(contentCountry.itemId, itemId)),
    db
      .select({ id: contentOrganisation.organisationId })
      .from(contentOrganisation)
      .where(eq(contentOrganisation.itemId, itemId)),
  ]);
  return {
    item,
    fields: fields[0] ?? null,
    translations,
    termIds: terms.map((t) => t.termId),
    countries: countries.map((c) => c.country).sort(),
    organisationIds: organisations.map((o) => o.id),
  };
}
export type PublicationForEdit = NonNullable<Awaited<ReturnType<typeof publicationForEdit>>>;

/** A publication's title in the reader's language, else in its original language. */
const localTitle = (locale: string) => sql<string>`coalesce(
  (select t.title from content_translation t where t.item_id = ci.id and t.locale = ${locale}),
  (select t.title from content_translation t where t.item_id = ci.id and t.locale = ci.original_locale),
  (select min(t.title) from content_translation t where t.item_id = ci.id), ci.slug)`;

// ---- possible duplicates ----

/** Other publications (not rejected) with this DOI; DOIs are stored normalised, lower-case. */
export async function publicationsWithDoi(db: DbOrTx, doi: string, exceptId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select ci.id from publication p join content_item ci on ci.id = p.item_id
        where p.doi = ${doi} and ci.id <> ${exceptId} and ci.type = 'publication' and ci.status <> 'rejected'`,
  );
  return rows.map((r) => r.id);
}

/**
 * Other publications (not rejected) whose title in any language is near-identical to one of
 * this item's titles: trigram similarity ≥ 0.8 of the unaccented lower-case titles, found
 * through content_translation_title_trgm_idx (the threshold is set for this transaction only).
 */
export async function publicationsWithSimilarTitle(tx: DbOrTx, itemId: string): Promise<string[]> {
  await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', '0.8', true)`);
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select distinct t2.item_id as id
        from content_translation t1
        join content_translation t2
          on lower(sp_unaccent(t2.title)) % lower(sp_unaccent(t1.title)) and t2.item_id <> t1.item_id
        join content_item ci on ci.id = t2.item_id and ci.type = 'publication' and ci.status <> 'rejected'
        where t1.item_id = ${itemId}
          and similarity(lower(sp_unaccent(t2.title)), lower(sp_unaccent(t1.title))) >= 0.8`,
  );
  return rows.map((r) => r.id);
}

/** Those of these items, other than `exceptId`, that are publications and not rejected. */
export async function publicationsAmong(db: DbOrTx, itemIds: string[], exceptId: string): Promise<string[]> {
  const others = [...new Set(itemIds.filter((id) => id !== exceptId))];
  if (others.length === 0) return [];
  const rows = await db
    .select({ id: contentItem.id })
    .from(contentItem)
    .where(
      and(
        inArray(contentItem.id, others),
        eq(contentItem.type, 'publication'),
        sql`${contentItem.status} <> 'rejected'`,
      ),
    );
  return rows.map((r) => r.id);
}

export async function replaceDuplicates(
  tx: DbOrTx,
  itemId: string,
  rows: { otherId: string; reason: DuplicateReason }[],
) {
  await tx.delete(publicationDuplicate).where(eq(publicationDuplicate.itemId, itemId));
  if (rows.length)
    await tx
      .insert(publicationDuplicate)
      .values(rows.map((r) => ({ itemId, ...r })))
      .onConflictDoNothing();
}

export interface DuplicateRow {
  id: string;
  slug: string;
  status: PublicationStatus;
  title: string;
  reasons: DuplicateReason[];
}

/**
 * Possible duplicates of a publication, found when it or the other one was saved; the other
 * one must still exist and not be rejected.
 */
export async function duplicatesOf(db: DbOrTx, itemId: string, locale: string): Promise<DuplicateRow[]> {
  return queryRows<DuplicateRow>(
    db,
    sql`select ci.id, ci.slug, ci.status, ${localTitle(locale)} as title,
          array_agg(distinct d.reason order by d.reason) as reasons
        from (select other_id as id, reason from publication_duplicate where item_id = ${itemId}
              union all
              select item_id, reason from publication_duplicate where other_id = ${itemId}) d
        join content_item ci on ci.id = d.id and ci.status <> 'rejected'
        group by ci.id order by ci.created_at, ci.id`,
  );
}

// ---- lists ----

const hasDuplicates = sql<boolean>`(exists (select 1 from publication_duplicate d
    join content_item o on o.id = d.other_id and o.status <> 'rejected' where d.item_id = ci.id)
  or exists (select 1 from publication_duplicate d
    join content_item o on o.id = d.item_id and o.status <> 'rejected' where d.other_id = ci.id))`;

export interface AdminListRow {
  id: string;
  slug: string;
  status: PublicationStatus;
  title: string;
  updated_at: string | Date;
  submitter: string | null;
  has_duplicates: boolean;
}

/** The editors' list: submitted items first, then the most recently changed. */
export async function listForEditors(
  db: DbOrTx,
  opts: { locale: string; status?: PublicationStatus; q?: string; limit: number; offset: number },
): Promise<{ rows: AdminListRow[]; total: number }> {
  const where = sql.join(
    [
      sql`ci.type = 'publication'`,
      opts.status ? sql`ci.status = ${opts.status}` : undefined,
      opts.q
        ? sql`exists (select 1 from content_translation t where t.item_id = ci.id
            and lower(sp_unaccent(t.title)) like lower(sp_unaccent(${`%${opts.q.replace(/[\\%_]/g, '\\$&')}%`})))`
        : undefined,
    ].filter((s) => s !== undefined),
    sql` and `,
  );
  const [rows, count] = await Promise.all([
    queryRows<AdminListRow>(
      db,
      sql`select ci.id, ci.slug, ci.status, ci.updated_at, ${localTitle(opts.locale)} as title,
            u.name as submitter, ${hasDuplicates} as has_duplicates
          from content_item ci left join "user" u on u.id = ci.author_id
          where ${where}
          order by (ci.status = 'submitted') desc, ci.updated_at desc, ci.id
          limit ${opts.limit} offset ${opts.offset}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from content_item ci where ${where}`),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0) };
}

export interface SubmissionRow {
  id: string;
  slug: string;
  status: PublicationStatus;
  title: string;
  created_at: string | Date;
}

/** A member's own submissions, newest first. */
export async function submissionsOf(
  db: DbOrTx,
  userId: string,
  opts: { locale: string; limit: number; offset: number },
): Promise<{ rows: SubmissionRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    queryRows<SubmissionRow>(
      db,
      sql`select ci.id, ci.slug, ci.status, ci.created_at, ${localTitle(opts.locale)} as title
          from content_item ci where ci.type = 'publication' and ci.author_id = ${userId}
          order by ci.created_at desc, ci.id limit ${opts.limit} offset ${opts.offset}`,
    ),
    queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from content_item ci
          where ci.type = 'publication' and ci.author_id = ${userId}`,
    ),
  ]);
  return { rows, total: Number(count[0]?.n ?? 0) };
}

/** One of a member's submissions; null when it is not theirs. */
export async function submissionOf(db: DbOrTx, itemId: string, userId: string, locale: string) {
  const [row] = await queryRows<SubmissionRow>(
    db,
    sql`select ci.id, ci.slug, ci.status, ci.created_at, ${localTitle(locale)} as title
        from content_item ci where ci.id = ${itemId} and ci.type = 'publication' and ci.author_id = ${userId}`,
  );
  return row ?? null;
}

/** The item's classification as vocabulary and slug (readable and stable across databases). */
/** External links of published publications: their web address and their DOI resolver link. */
export async function publishedLinks(db: DbOrTx): Promise<{ itemId: string; url: string }[]> {
  return queryRows(
    db,
    sql`select p.item_id as "itemId", p.url from publication p join content_item i on i.id = p.item_id
        where i.status = 'published' and p.url is not null
        union all
        select p.item_id, 'https://doi.org/' || p.doi from publication p join content_item i on i.id = p.item_id
        where i.status = 'published' and p.doi is not null
        order by 1, 2`,
  );
}

// Shared with every content type (features/content): kept here under their old import path.
export {
  markForReview,
  replaceClassification,
  replaceTranslations,
  termKeysOf,
} from '../../content/repository.ts';
