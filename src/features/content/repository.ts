import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import { organisation } from '../organisations/tables.ts';
import { term, termLabel, vocabularyLabel } from '../taxonomy/tables.ts';
import {
  contentCountry,
  contentItem,
  contentOrganisation,
  contentTerm,
  contentTranslation,
  contentViewDay,
} from './tables.ts';

const inLocale = alias(contentTranslation, 'tl');
const original = alias(contentTranslation, 'tor');

/** Columns of a published item in the reader's language, falling back to the original. */
function localizedColumns() {
  return {
    id: contentItem.id,
    type: contentItem.type,
    slug: contentItem.slug,
    originalLocale: contentItem.originalLocale,
    publishedAt: contentItem.publishedAt,
    updatedAt: contentItem.updatedAt,
    licence: contentItem.licence,
    title: sql<string>`coalesce(${inLocale.title}, ${original.title})`,
    summary: sql<string | null>`coalesce(${inLocale.summary}, ${original.summary})`,
    body: sql<string | null>`coalesce(${inLocale.body}, ${original.body})`,
    shownLocale: sql<string>`coalesce(${inLocale.locale}, ${original.locale})`,
    provenance: sql<string>`coalesce(${inLocale.provenance}, ${original.provenance})`,
  };
}

export type LocalizedItem = Awaited<ReturnType<typeof listPublished>>[number];

/** Published items in the reader's language with, in the same query, their organisations. */
function selectPublished(db: DbOrTx, locale: string, where: SQL | undefined) {
  return db
    .select({
      ...localizedColumns(),
      organisations: sql<{ name: string; acronym: string | null; slug: string }[]>`coalesce((
        select json_agg(json_build_object('name', o.name, 'acronym', o.acronym, 'slug', o.slug) order by o.name)
        from ${contentOrganisation} co join ${organisation} o on o.id = co.organisation_id
        where co.item_id = ${contentItem.id}), '[]'::json)`,
    })
    .from(contentItem)
    .innerJoin(
      original,
      and(eq(original.itemId, contentItem.id), eq(original.locale, contentItem.originalLocale)),
    )
    .leftJoin(inLocale, and(eq(inLocale.itemId, contentItem.id), eq(inLocale.locale, locale)))
    .where(and(eq(contentItem.status, 'published'), where));
}

/** One page of a type's published items, newest first. */
export async function listPublished(
  db: DbOrTx,
  opts: { type: string; locale: string; limit: number; offset?: number },
) {
  return selectPublished(db, opts.locale, eq(contentItem.type, opts.type))
    .orderBy(desc(contentItem.publishedAt), asc(contentItem.id))
    .limit(opts.limit)
    .offset(opts.offset ?? 0);
}

export async function countPublished(db: DbOrTx, type: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(contentItem)
    .where(and(eq(contentItem.type, type), eq(contentItem.status, 'published')));
  return Number(row?.n ?? 0);
}

export async function findPublished(db: DbOrTx, type: string, slug: string, locale: string) {
  const [row] = await db
    .select(localizedColumns())
    .from(contentItem)
    .innerJoin(
      original,
      and(eq(original.itemId, contentItem.id), eq(original.locale, contentItem.originalLocale)),
    )
    .leftJoin(inLocale, and(eq(inLocale.itemId, contentItem.id), eq(inLocale.locale, locale)))
    .where(and(eq(contentItem.type, type), eq(contentItem.slug, slug), eq(contentItem.status, 'published')));
  return row ?? null;
}

export async function itemLocales(db: DbOrTx, itemId: string): Promise<string[]> {
  const rows = await db
    .select({ locale: contentTranslation.locale })
    .from(contentTranslation)
    .where(eq(contentTranslation.itemId, itemId))
    .orderBy(asc(contentTranslation.locale));
  return rows.map((r) => r.locale);
}

/** Classification of items: term labels per vocabulary, in the reader's language. */
export async function itemTerms(db: DbOrTx, itemIds: string[], locale: string) {
  if (itemIds.length === 0) return [];
  const label = alias(termLabel, 'lbl');
  const fallback = alias(termLabel, 'lbl_en');
  const vocab = alias(vocabularyLabel, 'vl');
  return db
    .select({
      itemId: contentTerm.itemId,
      vocabularyId: term.vocabularyId,
      vocabularyLabel: sql<string>`coalesce(${vocab.label}, ${term.vocabularyId})`,
      termId: term.id,
      slug: term.slug,
      label: sql<string>`coalesce(${label.label}, ${fallback.label}, ${term.slug})`,
    })
    .from(contentTerm)
    .innerJoin(term, eq(term.id, contentTerm.termId))
    .leftJoin(label, and(eq(label.termId, term.id), eq(label.locale, locale)))
    .leftJoin(fallback, and(eq(fallback.termId, term.id), eq(fallback.locale, 'en')))
    .leftJoin(vocab, and(eq(vocab.vocabularyId, term.vocabularyId), eq(vocab.locale, locale)))
    .where(inArray(contentTerm.itemId, itemIds))
    .orderBy(asc(term.vocabularyId), asc(term.position));
}

export async function itemCountries(db: DbOrTx, itemId: string): Promise<string[]> {
  const rows = await db
    .select({ c: contentCountry.country })
    .from(contentCountry)
    .where(eq(contentCountry.itemId, itemId));
  return rows.map((r) => r.c);
}

export async function itemOrganisations(db: DbOrTx, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      itemId: contentOrganisation.itemId,
      name: organisation.name,
      acronym: organisation.acronym,
      slug: organisation.slug,
    })
    .from(contentOrganisation)
    .innerJoin(organisation, eq(organisation.id, contentOrganisation.organisationId))
    .where(inArray(contentOrganisation.itemId, itemIds))
    .orderBy(asc(organisation.name));
}

/** What a search document is built from: texts, classification, organisations. */
export async function contentForIndex(db: DbOrTx, itemId: string) {
  const [row] = await queryRows<{
    id: string;
    type: string;
    slug: string;
    status: string;
    original_locale: string;
    published_at: string | Date | null;
    translations: { locale: string; title: string; summary: string | null; body: string | null }[];
    term_ids: number[];
    countries: string[];
    organisation_ids: string[];
    organisations: string[];
  }>(
    db,
    sql`select ci.id, ci.type, ci.slug, ci.status, ci.original_locale, ci.published_at,
          coalesce((select json_agg(json_build_object('locale', t.locale, 'title', t.title,
              'summary', t.summary, 'body', t.body) order by t.locale)
            from content_translation t where t.item_id = ci.id), '[]'::json) as translations,
          coalesce((select array_agg(term_id) from content_term where item_id = ci.id), '{}') as term_ids,
          coalesce((select array_agg(country) from content_country where item_id = ci.id), '{}') as countries,
          coalesce((select array_agg(organisation_id::text) from content_organisation where item_id = ci.id), '{}')
            as organisation_ids,
          coalesce((select array_agg(concat_ws(' ', o.name, o.acronym)) from content_organisation co
            join organisation o on o.id = co.organisation_id where co.item_id = ci.id), '{}') as organisations
        from content_item ci where ci.id = ${itemId}`,
  );
  if (!row) return null;
  return {
    id: row.id,
    type: row.type,
    slug: row.slug,
    status: row.status,
    originalLocale: row.original_locale,
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    translations: row.translations,
    termIds: row.term_ids.map(Number),
    countries: row.countries,
    organisationIds: row.organisation_ids,
    organisations: row.organisations,
  };
}

export async function contentIdsOfType(db: DbOrTx, type: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from content_item where type = ${type} order by created_at, id`,
  );
  return rows.map((r) => r.id);
}

/** One more view of an item's public page today (UTC): a counter, nothing about the reader. */
export async function countView(db: DbOrTx, itemId: string): Promise<void> {
  await db
    .insert(contentViewDay)
    .values({ itemId, day: sql`(now() at time zone 'utc')::date`, count: 1 })
    .onConflictDoUpdate({
      target: [contentViewDay.itemId, contentViewDay.day],
      set: { count: sql`${contentViewDay.count} + 1` },
    });
}

/** Published items by id, in the reader's language, in the order of `ids` (featured lists). */
export async function publishedByIds(db: DbOrTx, ids: string[], locale: string) {
  if (ids.length === 0) return [];
  const rows = await selectPublished(db, locale, inArray(contentItem.id, ids));
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/**
 * SQL for an item's title in its original language (else any), else its slug; `alias` names
 * the content_item row in the caller's query. For the team's lists, which show titles as
 * written.
 */
export const originalTitle = (alias: string) =>
  sql.raw(
    `coalesce((select t.title from content_translation t where t.item_id = ${alias}.id
      order by (t.locale = ${alias}.original_locale) desc, t.locale limit 1), ${alias}.slug)`,
  );

/** One language version as the write use cases give it. */
export interface TranslationWrite {
  locale: string;
  title: string;
  summary?: string | null;
  body?: string | null;
  provenance: 'original' | 'human' | 'machine';
}

/**
 * Makes the item's language versions in the `managed` languages exactly these: a version in a
 * managed language that is not in the list is deleted; versions in other languages (ones the
 * form does not edit, e.g. an imported Arabic translation) are left alone.
 */
export async function replaceTranslations(
  tx: DbOrTx,
  itemId: string,
  list: TranslationWrite[],
  managed: readonly string[],
) {
  const locales = list.map((t) => t.locale);
  const dropped = managed.filter((l) => !locales.includes(l));
  if (dropped.length)
    await tx
      .delete(contentTranslation)
      .where(and(eq(contentTranslation.itemId, itemId), inArray(contentTranslation.locale, dropped)));
  for (const t of list) {
    const values = {
      title: t.title,
      summary: t.summary ?? null,
      body: t.body ?? null,
      provenance: t.provenance,
      updatedAt: sql`now()`,
    };
    await tx
      .insert(contentTranslation)
      .values({ itemId, locale: t.locale, ...values })
      .onConflictDoUpdate({ target: [contentTranslation.itemId, contentTranslation.locale], set: values });
  }
}

/** The item's terms, countries and organisations become exactly these (duplicates dropped). */
export async function replaceClassification(
  tx: DbOrTx,
  itemId: string,
  c: { termIds: number[]; countries: string[]; organisationIds: string[] },
) {
  await tx.delete(contentTerm).where(eq(contentTerm.itemId, itemId));
  await tx.delete(contentCountry).where(eq(contentCountry.itemId, itemId));
  await tx.delete(contentOrganisation).where(eq(contentOrganisation.itemId, itemId));
  const termIds = [...new Set(c.termIds)];
  if (termIds.length) await tx.insert(contentTerm).values(termIds.map((termId) => ({ itemId, termId })));
  const countries = [...new Set(c.countries)];
  if (countries.length)
    await tx.insert(contentCountry).values(countries.map((country) => ({ itemId, country })));
  const organisationIds = [...new Set(c.organisationIds)];
  if (organisationIds.length)
    await tx
      .insert(contentOrganisation)
      .values(organisationIds.map((organisationId) => ({ itemId, organisationId })));
}

/** The item's classification as `vocabulary:slug` keys (revision snapshots), sorted. */
export async function termKeysOf(tx: DbOrTx, itemId: string): Promise<string[]> {
  const rows = await queryRows<{ key: string }>(
    tx,
    sql`select t.vocabulary_id || ':' || t.slug as key
        from content_term ct join term t on t.id = ct.term_id where ct.item_id = ${itemId} order by 1`,
  );
  return rows.map((r) => r.key);
}

/** Marks exactly these language versions as needing an editor's review (and no others). */
export async function markForReview(tx: DbOrTx, itemId: string, locales: string[]): Promise<void> {
  await tx
    .update(contentTranslation)
    .set({ needsReview: sql`${contentTranslation.locale} = any(${sql.param(locales)}::text[])` })
    .where(eq(contentTranslation.itemId, itemId));
}

/** What every type's revision snapshot holds: texts per language, classification, countries, organisations. */
export async function contentFieldsForSnapshot(tx: DbOrTx, itemId: string) {
  const [row] = await queryRows<{
    original_locale: string;
    translations: {
      locale: string;
      title: string;
      summary: string | null;
      body: string | null;
      provenance: string;
      needs_review: boolean;
    }[];
    countries: string[];
    organisations: string[];
  }>(
    tx,
    sql`select ci.original_locale,
          coalesce((select json_agg(json_build_object('locale', t.locale, 'title', t.title, 'summary', t.summary,
              'body', t.body, 'provenance', t.provenance, 'needs_review', t.needs_review) order by t.locale)
            from content_translation t where t.item_id = ci.id), '[]'::json) as translations,
          coalesce((select array_agg(country order by country) from content_country where item_id = ci.id), '{}')
            as countries,
          coalesce((select array_agg(o.slug order by o.slug) from content_organisation co
            join organisation o on o.id = co.organisation_id where co.item_id = ci.id), '{}') as organisations
        from content_item ci where ci.id = ${itemId}`,
  );
  if (!row) return null;
  return {
    originalLocale: row.original_locale,
    translations: row.translations,
    countries: row.countries,
    organisations: row.organisations,
    terms: await termKeysOf(tx, itemId),
  };
}

/**
 * SQL for an item's title in the reader's language, else in its original language, else its
 * slug — for queries that alias content_item as `ci`.
 */
export const titleIn = (locale: string): SQL =>
  sql`coalesce(
    (select t.title from content_translation t where t.item_id = ci.id and t.locale = ${locale}),
    (select t.title from content_translation t where t.item_id = ci.id and t.locale = ci.original_locale),
    ci.slug)`;
