import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../core/db/client.ts';
import type { PublicList } from '../content/public-repository.ts';
import { LOCALES, type Locale } from '../../core/i18n/index.ts';
import type { ConceptEntryInput } from './schemas.ts';
import { glossaryConcept, glossaryEntry, glossaryForm } from './tables.ts';

// SQL of the glossary, and nothing else.

export type EntryRow = typeof glossaryEntry.$inferSelect;
export type ConceptRow = typeof glossaryConcept.$inferSelect;

/**
 * The stems a label or synonym is matched on. Hyphens count as spaces, so "non-contributory"
 * and "non contributory", or "seguro-desemprego" and "seguro desemprego", are the same words.
 */
export const matchKeySql = (cfg: SQL, text: SQL) => sql`sp_match_key(${cfg}, replace(${text}, '-', ' '))`;

/** Serialises glossary loading between app instances starting together on one database. */
export async function lockGlossary(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(727275)`);
}

export async function countConcepts(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(glossaryConcept);
  return Number(row?.n ?? 0);
}

export async function findConcept(db: DbOrTx, id: number, opts: { forUpdate?: boolean } = {}) {
  const query = db.select().from(glossaryConcept).where(eq(glossaryConcept.id, id));
  const [row] = await (opts.forUpdate ? query.for('update') : query);
  return row;
}

export async function findConceptBySlug(db: DbOrTx, slug: string) {
  const [row] = await db.select().from(glossaryConcept).where(eq(glossaryConcept.slug, slug));
  return row;
}

export async function slugTaken(db: DbOrTx, slug: string, exceptId?: number): Promise<boolean> {
  const row = await findConceptBySlug(db, slug);
  return Boolean(row && row.id !== exceptId);
}

/** Slugs starting with this stem (to find a free "stem-2", "stem-3" …). */
export async function slugsLike(db: DbOrTx, stem: string): Promise<Set<string>> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select slug from ${glossaryConcept} where slug = ${stem} or slug like ${`${stem}-%`}`,
  );
  return new Set(rows.map((r) => r.slug));
}

export async function insertConcept(db: DbOrTx, slug: string): Promise<ConceptRow> {
  const [row] = await db.insert(glossaryConcept).values({ slug }).returning();
  if (!row) throw new Error('glossary: concept insert returned nothing');
  return row;
}

export async function updateConceptSlug(
  db: DbOrTx,
  id: number,
  slug: string,
): Promise<ConceptRow | undefined> {
  const [row] = await db
    .update(glossaryConcept)
    .set({ slug, updatedAt: new Date() })
    .where(eq(glossaryConcept.id, id))
    .returning();
  return row;
}

export async function deleteConceptRow(db: DbOrTx, id: number): Promise<ConceptRow | undefined> {
  const [row] = await db.delete(glossaryConcept).where(eq(glossaryConcept.id, id)).returning();
  return row;
}

/** Replaces the concept's entries with these (languages not given are removed). */
export async function replaceEntries(
  db: DbOrTx,
  conceptId: number,
  entries: ConceptEntryInput[],
): Promise<void> {
  await db.delete(glossaryEntry).where(eq(glossaryEntry.conceptId, conceptId));
  if (entries.length === 0) return;
  await db.insert(glossaryEntry).values(
    entries.map((e) => ({
      conceptId,
      locale: e.locale,
      label: e.label,
      synonyms: e.synonyms,
      definition: e.definition,
      source: e.source,
    })),
  );
}

/**
 * Rebuilds the concept's forms (label and synonyms of each language) with their match keys,
 * computed by the database under each form's own language configuration.
 */
export async function rebuildForms(
  db: DbOrTx,
  conceptId: number,
  entries: ConceptEntryInput[],
): Promise<void> {
  await db.delete(glossaryForm).where(eq(glossaryForm.conceptId, conceptId));
  const forms = entries.flatMap((e) => [
    { locale: e.locale, form: e.label, isLabel: true },
    ...e.synonyms.map((form) => ({ locale: e.locale, form, isLabel: false })),
  ]);
  if (forms.length === 0) return;
  await db.execute(sql`
    insert into ${glossaryForm} (concept_id, locale, form, is_label, match_key)
    select ${conceptId}, f.locale, f.form, f."isLabel", ${matchKeySql(sql`sp_config(f.locale)`, sql`f.form`)}
    from jsonb_to_recordset(${JSON.stringify(forms)}::jsonb) as f(locale text, form text, "isLabel" boolean)
    on conflict (concept_id, locale, form) do nothing`);
}

/** Every language of one concept, in the platform's locale order. */
export async function entriesOf(db: DbOrTx, conceptId: number): Promise<EntryRow[]> {
  const rows = await db
    .select()
    .from(glossaryEntry)
    .where(eq(glossaryEntry.conceptId, conceptId))
    .orderBy(asc(glossaryEntry.locale));
  return rows.sort((a, b) => LOCALES.indexOf(a.locale as Locale) - LOCALES.indexOf(b.locale as Locale));
}

export interface ConceptSummaryRow {
  id: number;
  slug: string;
  updatedAt: Date;
  locale: string;
  label: string;
  synonyms: string[];
  definition: string;
  locales: string[];
}

/**
 * One row per concept, in the reader's language when the concept has it (else English, else
 * any), optionally only the concepts matching a search: accent- and case-insensitive substring
 * of a label, synonym or definition in any language, or the same stems (plural, gender).
 */
export async function conceptSummaries(db: DbOrTx, locale: Locale, q?: string): Promise<ConceptSummaryRow[]> {
  const match = q
    ? sql`and c.id in (
        select e.concept_id from ${glossaryEntry} e
        where lower(unaccent(e.label || ' ' || array_to_string(e.synonyms, ' ') || ' ' || e.definition))
                like '%' || ${likeEscape(q)} || '%' escape '\\'
           or to_tsvector(sp_config(e.locale), e.label || ' ' || array_to_string(e.synonyms, ' ') || ' ' || e.definition)
                @@ plainto_tsquery(sp_config(e.locale), ${q}))`
    : sql``;
  const rows = await queryRows<ConceptSummaryRow & { updated_at: Date | string }>(
    db,
    sql`select distinct on (c.id) c.id, c.slug, c.updated_at, e.locale, e.label, e.synonyms, e.definition,
          (select array_agg(x.locale) from ${glossaryEntry} x where x.concept_id = c.id) as locales
        from ${glossaryConcept} c join ${glossaryEntry} e on e.concept_id = c.id
        where true ${match}
        order by c.id, (e.locale = ${locale}) desc, (e.locale = 'en') desc, e.locale`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    slug: r.slug,
    updatedAt: new Date(r.updated_at),
    locale: r.locale,
    label: r.label,
    synonyms: r.synonyms ?? [],
    definition: r.definition,
    locales: r.locales ?? [],
  }));
}

/** The platform's languages as a SQL text array, in order. */
const localeArray = sql`array[${sql.join(
  LOCALES.map((l) => sql`${l}`),
  sql`, `,
)}]::text[]`;

/** The search text lower-cased and unaccented by the database, with LIKE wildcards escaped. */
function likeEscape(q: string) {
  return sql`lower(unaccent(${q.replace(/[\\%_]/g, (c) => `\\${c}`)}))`;
}

export interface FormHit {
  start: number;
  end: number;
  conceptId: number;
  stems: number;
  isLabel: boolean;
  locale: string;
  equivalents: { locale: string; text: string }[];
}

/**
 * Glossary forms matching any of the n-grams, in one round trip: each n-gram's key is computed
 * under every language configuration and compared with the forms of that language. Each hit
 * carries its concept's other forms — all except those with the same key as the n-gram —
 * labels first, then synonyms, each in the platform's locale order.
 */
export async function formsMatching(
  db: DbOrTx,
  grams: { start: number; end: number; text: string }[],
): Promise<FormHit[]> {
  if (grams.length === 0) return [];
  const rows = await queryRows<{
    start: number;
    end: number;
    concept_id: number;
    stems: number;
    is_label: boolean;
    locale: string;
    equivalents: { locale: string; text: string }[] | null;
  }>(
    db,
    sql`with grams as (
          select g.start, g."end" as stop, g.text as phrase
          from jsonb_to_recordset(${JSON.stringify(grams)}::jsonb) as g(start int, "end" int, text text)
        ), keys as (
          select g.start, g.stop, l.locale, ${matchKeySql(sql`sp_config(l.locale)`, sql`g.phrase`)} as key
          from grams g cross join unnest(${localeArray}) as l(locale)
        ), hits as (
          select distinct on (k.start, k.stop, f.concept_id)
                 k.start, k.stop, f.concept_id, f.is_label, f.locale, k.key
          from keys k join ${glossaryForm} f on f.match_key = k.key and f.locale = k.locale
          where k.key <> ''
          order by k.start, k.stop, f.concept_id, f.is_label desc, f.locale
        )
        select h.start, h.stop as "end", h.concept_id, h.is_label, h.locale,
               array_length(string_to_array(h.key, ' '), 1) as stems,
               (select json_agg(json_build_object('locale', o.locale, 'text', o.form)
                                order by o.is_label desc, array_position(${localeArray}, o.locale), o.id)
                from ${glossaryForm} o
                where o.concept_id = h.concept_id
                  and not exists (select 1 from keys k2 where k2.start = h.start and k2.stop = h.stop
                                  and k2.locale = o.locale and k2.key = o.match_key)) as equivalents
        from hits h`,
  );
  return rows.map((r) => ({
    start: Number(r.start),
    end: Number(r.end),
    conceptId: Number(r.concept_id),
    stems: Number(r.stems),
    isLabel: Boolean(r.is_label),
    locale: r.locale,
    equivalents: r.equivalents ?? [],
  }));
}

/** Every label and synonym of several words: the search index precomputes them as phrases. */
export async function multiWordForms(db: DbOrTx): Promise<{ locale: string; text: string }[]> {
  return db
    .select({ locale: glossaryForm.locale, text: glossaryForm.form })
    .from(glossaryForm)
    .where(sql`${glossaryForm.form} ~ '[[:space:]-]'`)
    .orderBy(glossaryForm.id);
}

/** Every concept page (a concept with words in at least one language), for the sitemap: by slug, dated by its last edit. */
export const conceptList: PublicList = {
  from: sql`glossary_concept c where exists (select 1 from glossary_entry e where e.concept_id = c.id)`,
  key: sql`slug`,
  lastmod: sql`updated_at`,
};
