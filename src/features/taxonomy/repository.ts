import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../core/db/client.ts';
import { userInterest } from '../accounts/tables.ts';
import { contentTerm } from '../content/tables.ts';
import { country, term, termLabel, vocabulary, vocabularyLabel } from './tables.ts';

// SQL only, named by intent. Merging terms has to move the rows that point at a term
// (content_term, user_interest, country) in the same transaction as the merge itself, so this
// repository is the one place outside their features that writes those link tables.

export type TermRow = typeof term.$inferSelect;
export type TermStatus = TermRow['status'];

// Outer columns inside correlated sub-queries, spelled out: Drizzle leaves columns unqualified in a
// single-table select, and an unqualified "id" would bind to the sub-query's own table.
const TERM_ID = sql.raw('"term"."id"');
const VOCABULARY_ID = sql.raw('"vocabulary"."id"');

const labelIn = (locale: string) =>
  sql<
    string | null
  >`(select tl.label from ${termLabel} tl where tl.term_id = ${TERM_ID} and tl.locale = ${locale})`;

// ---------------------------------------------------------------- reference data (bulk, idempotent)

export async function insertVocabularies(db: DbOrTx, rows: (typeof vocabulary.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(vocabulary).values(rows).onConflictDoNothing().returning({ id: vocabulary.id });
}

export async function insertVocabularyLabels(db: DbOrTx, rows: (typeof vocabularyLabel.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(vocabularyLabel).values(rows).onConflictDoNothing();
}

/** Inserts terms that do not exist yet (by vocabulary and slug); returns only the new ones. */
export async function insertTermsIfMissing(db: DbOrTx, rows: (typeof term.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db
    .insert(term)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: term.id, vocabularyId: term.vocabularyId, slug: term.slug });
}

export async function termIdsIn(db: DbOrTx, vocabularyIds: string[]) {
  if (vocabularyIds.length === 0) return [];
  return db
    .select({ id: term.id, vocabularyId: term.vocabularyId, slug: term.slug })
    .from(term)
    .where(inArray(term.vocabularyId, vocabularyIds));
}

export async function insertTermLabels(db: DbOrTx, rows: (typeof termLabel.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insert(termLabel)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
}

export async function insertCountries(db: DbOrTx, rows: (typeof country.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(country).values(rows).onConflictDoNothing();
}

// ---------------------------------------------------------------- reading

export async function listVocabularies(db: DbOrTx, locale: string) {
  const label = (l: string) =>
    sql`(select vl.label from ${vocabularyLabel} vl where vl.vocabulary_id = ${VOCABULARY_ID} and vl.locale = ${l})`;
  const count = (status: TermStatus) =>
    sql<number>`(select count(*)::int from ${term} t where t.vocabulary_id = ${VOCABULARY_ID} and t.status = ${status})`;
  return db
    .select({
      id: vocabulary.id,
      isTree: vocabulary.isTree,
      label: sql<string>`coalesce(${label(locale)}, ${label('en')}, ${VOCABULARY_ID})`,
      active: count('active'),
      retired: count('retired'),
    })
    .from(vocabulary)
    .orderBy(asc(vocabulary.position), asc(vocabulary.id));
}

export async function vocabularyById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(vocabulary).where(eq(vocabulary.id, id));
  return row ?? null;
}

export async function findVocabulary(db: DbOrTx, id: string, locale: string) {
  const [row] = (await listVocabularies(db, locale)).filter((v) => v.id === id);
  return row ?? null;
}

/** Every term of a vocabulary with its label in the reader's language (English, then slug, as fallback). */
export async function termsOfVocabulary(
  db: DbOrTx,
  vocabularyId: string,
  locale: string,
  opts: { activeOnly?: boolean; usage?: boolean } = {},
) {
  const none = sql<number>`0`;
  const contentCount = opts.usage
    ? sql<number>`(select count(*)::int from ${contentTerm} ct where ct.term_id = ${TERM_ID})`
    : none;
  const interestCount = opts.usage
    ? sql<number>`(select count(*)::int from ${userInterest} ui where ui.term_id = ${TERM_ID})`
    : none;
  const countryCount = opts.usage
    ? sql<number>`(select count(*)::int from ${country} c where c.region_term_id = ${TERM_ID} or c.income_term_id = ${TERM_ID})`
    : none;
  const rows = await db
    .select({
      id: term.id,
      slug: term.slug,
      parentId: term.parentId,
      position: term.position,
      status: term.status,
      mergedIntoId: term.mergedIntoId,
      localLabel: labelIn(locale),
      englishLabel: labelIn('en'),
      contentCount,
      interestCount,
      countryCount,
    })
    .from(term)
    .where(and(eq(term.vocabularyId, vocabularyId), opts.activeOnly ? eq(term.status, 'active') : undefined))
    .orderBy(asc(term.position), asc(term.id));
  return rows.map((r) => ({
    ...r,
    label: r.localLabel ?? r.englishLabel ?? r.slug,
    labelLocale: r.localLabel ? locale : r.englishLabel ? 'en' : null,
    contentCount: Number(r.contentCount),
    interestCount: Number(r.interestCount),
    countryCount: Number(r.countryCount),
  }));
}

export async function findTerm(db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}) {
  const query = db.select().from(term).where(eq(term.id, id));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** Locks terms in id order, so two transactions locking the same terms cannot deadlock. */
export async function lockTerms(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return;
  await db
    .select({ id: term.id })
    .from(term)
    .where(inArray(term.id, ids))
    .orderBy(asc(term.id))
    .for('update');
}

export async function labelsOfTerm(db: DbOrTx, termId: number) {
  return db.select().from(termLabel).where(eq(termLabel.termId, termId));
}

export async function termsBySlugs(db: DbOrTx, vocabularyId: string, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db
    .select()
    .from(term)
    .where(and(eq(term.vocabularyId, vocabularyId), inArray(term.slug, slugs)));
}

export async function termsByIds(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return [];
  return db.select().from(term).where(inArray(term.id, ids));
}

export async function slugExists(db: DbOrTx, vocabularyId: string, slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: term.id })
    .from(term)
    .where(and(eq(term.vocabularyId, vocabularyId), eq(term.slug, slug)));
  return !!row;
}

/** The term and every term below it (children, grandchildren …). */
export async function subtreeIds(db: DbOrTx, rootId: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`with recursive sub(id) as (
          select ${term.id} from ${term} where ${term.id} = ${rootId}
          union
          select t.id from ${term} t join sub on t.parent_id = sub.id
        ) select id from sub`,
  );
  return rows.map((r) => Number(r.id));
}

export async function nextPosition(db: DbOrTx, vocabularyId: string, parentId: number | null) {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${term.position}) + 1, 0)::int` })
    .from(term)
    .where(
      and(
        eq(term.vocabularyId, vocabularyId),
        parentId === null ? isNull(term.parentId) : eq(term.parentId, parentId),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function countActiveChildren(db: DbOrTx, termId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(term)
    .where(and(eq(term.parentId, termId), eq(term.status, 'active')));
  return Number(row?.n ?? 0);
}

// ---------------------------------------------------------------- writing

export async function insertTerm(
  db: DbOrTx,
  row: { vocabularyId: string; slug: string; parentId: number | null; position: number },
) {
  const [created] = await db.insert(term).values(row).returning();
  return created!;
}

/** Sets the given labels (insert or replace) and removes those of the locales in `remove`. */
export async function saveTermLabels(
  db: DbOrTx,
  termId: number,
  set: { locale: string; label: string; description: string | null }[],
  remove: string[],
) {
  if (set.length > 0)
    await db
      .insert(termLabel)
      .values(set.map((l) => ({ termId, ...l })))
      .onConflictDoUpdate({
        target: [termLabel.termId, termLabel.locale],
        set: { label: sql`excluded.label`, description: sql`excluded.description` },
      });
  if (remove.length > 0)
    await db.delete(termLabel).where(and(eq(termLabel.termId, termId), inArray(termLabel.locale, remove)));
}

export async function touchTerm(db: DbOrTx, id: number) {
  await db.update(term).set({ updatedAt: sql`now()` }).where(eq(term.id, id));
}

export async function setParentAndPosition(
  db: DbOrTx,
  id: number,
  parentId: number | null,
  position: number,
) {
  await db.update(term).set({ parentId, position, updatedAt: sql`now()` }).where(eq(term.id, id));
}

export async function setStatus(db: DbOrTx, id: number, status: TermStatus, mergedIntoId: number | null) {
  await db.update(term).set({ status, mergedIntoId, updatedAt: sql`now()` }).where(eq(term.id, id));
}

/** Moves the children of `fromId` under `toId`. */
export async function reparentChildren(db: DbOrTx, fromId: number, toId: number | null) {
  await db.update(term).set({ parentId: toId, updatedAt: sql`now()` }).where(eq(term.parentId, fromId));
}

/** Terms merged earlier into `fromId` now point straight at `toId`, so every chain is one step. */
export async function redirectMerged(db: DbOrTx, fromId: number, toId: number) {
  await db.update(term).set({ mergedIntoId: toId }).where(eq(term.mergedIntoId, fromId));
}

/** Content classified with `fromId` becomes classified with `toId` (kept once); returns the count moved. */
export async function moveContentTerms(db: DbOrTx, fromId: number, toId: number): Promise<number> {
  const moved = await db
    .delete(contentTerm)
    .where(eq(contentTerm.termId, fromId))
    .returning({ itemId: contentTerm.itemId });
  if (moved.length > 0)
    for (let i = 0; i < moved.length; i += 1000)
      await db
        .insert(contentTerm)
        .values(moved.slice(i, i + 1000).map((m) => ({ itemId: m.itemId, termId: toId })))
        .onConflictDoNothing();
  return moved.length;
}

/** Members interested in `fromId` become interested in `toId` (kept once); returns the count moved. */
export async function moveInterests(db: DbOrTx, fromId: number, toId: number): Promise<number> {
  const moved = await db
    .delete(userInterest)
    .where(eq(userInterest.termId, fromId))
    .returning({ userId: userInterest.userId });
  if (moved.length > 0)
    for (let i = 0; i < moved.length; i += 1000)
      await db
        .insert(userInterest)
        .values(moved.slice(i, i + 1000).map((m) => ({ userId: m.userId, termId: toId })))
        .onConflictDoNothing();
  return moved.length;
}

/** Countries grouped under `fromId` (as region or income group) move to `toId`. */
export async function moveCountryGroups(db: DbOrTx, fromId: number, toId: number) {
  await db.update(country).set({ regionTermId: toId }).where(eq(country.regionTermId, fromId));
  await db.update(country).set({ incomeTermId: toId }).where(eq(country.incomeTermId, fromId));
}

/** Region and income group of countries, as term ids. */
export async function countryGroups(db: DbOrTx, iso2: string[]) {
  if (iso2.length === 0) return [];
  return db.select().from(country).where(inArray(country.iso2, iso2));
}

/**
 * Serialises changes to one vocabulary's tree until the transaction ends: row locks on the
 * moved term alone would let two crossing moves both pass the cycle check on PostgreSQL.
 */
export async function lockVocabulary(db: DbOrTx, vocabularyId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`taxonomy:${vocabularyId}`}))`);
}

/**
 * The ids a search filter on any of these terms or countries should match: the terms, their
 * ancestors (an item on "conditional cash transfers" is also under "cash transfers"), and the
 * region and income group of each country.
 */
export async function termIdsWithAncestors(
  db: DbOrTx,
  termIds: number[],
  countries: string[],
): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`with recursive up(id, parent_id) as (
          select id, parent_id from ${term} where id = any(${sql.param(termIds)}::int[])
          union
          select t.id, t.parent_id from ${term} t join up on t.id = up.parent_id
        )
        select id from up
        union
        select unnest(array[region_term_id, income_term_id]) from ${country}
        where iso2 = any(${sql.param(countries)}::text[])`,
  );
  return [...new Set(rows.map((r) => Number(r.id)).filter((id) => Number.isInteger(id) && id > 0))];
}

/** Every country with its region and income group (term slugs), for the public API. */
export async function countriesWithGroups(db: DbOrTx) {
  return queryRows<{ iso2: string; iso3: string; region: string | null; incomeGroup: string | null }>(
    db,
    sql`select c.iso2, c.iso3, r.slug as region, i.slug as "incomeGroup" from country c
      left join term r on r.id = c.region_term_id left join term i on i.id = c.income_term_id
      order by c.iso2`,
  );
}
