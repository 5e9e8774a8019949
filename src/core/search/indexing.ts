import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { searchDocument } from './tables.ts';

/** Weights: A title, B summary and names, C body, D full text of files. */
export type Weight = 'A' | 'B' | 'C' | 'D';

export interface SearchDocumentInput {
  kind: string;
  refId: string;
  slug: string;
  originalLocale: string;
  /** One entry per language version; each is stemmed with its own language's rules. */
  texts: { locale: string; title: string; summary?: string | null; body?: string | null }[];
  /** Other searchable text: authors and organisations (B, no stemming), file text (D). */
  extra?: { text: string; weight: Weight; locale?: string }[];
  sortDate?: Date | null;
  year?: number | null;
  /** Term ids including tree ancestors and the regions/income groups of the countries. */
  termIds?: number[];
  countries?: string[];
  organisationIds?: string[];
  languages?: string[];
}

/** tsvector has a 1 MB limit; the first 400k characters of a file carry its substance. */
const MAX_TEXT = 400_000;

function vector(text: string, locale: string | undefined, weight: Weight): SQL {
  const cfg = locale ? sql`sp_config(${locale})` : sql`'sp_simple'::regconfig`;
  return sql`setweight(to_tsvector(${cfg}, ${text.slice(0, MAX_TEXT)}), ${weight}::"char")`;
}

/** Writes (or rewrites) one document of the search index. Call it inside the use case's transaction. */
export async function indexDocument(outer: DbOrTx, doc: SearchDocumentInput): Promise<void> {
  // Its own transaction (a savepoint inside the caller's): the change record and the row
  // commit together, or a reader could take the generation before the row is written.
  await outer.transaction(async (db) => {
    await recordChange(db, doc.kind, doc.refId);
    await writeDocument(db, doc);
  });
}

async function writeDocument(db: DbOrTx, doc: SearchDocumentInput): Promise<void> {
  const parts: SQL[] = [];
  for (const t of doc.texts) {
    parts.push(vector(t.title, t.locale, 'A'));
    if (t.summary) parts.push(vector(t.summary, t.locale, 'B'));
    if (t.body) parts.push(vector(t.body, t.locale, 'C'));
  }
  for (const e of doc.extra ?? []) if (e.text) parts.push(vector(e.text, e.locale, e.weight));
  const document = parts.length ? sql.join(parts, sql` || `) : sql`''::tsvector`;
  const titles = Object.fromEntries(doc.texts.map((t) => [t.locale, t.title]));
  const summaries = Object.fromEntries(
    doc.texts.filter((t) => t.summary).map((t) => [t.locale, (t.summary ?? '').slice(0, 2000)]),
  );
  const values = {
    kind: doc.kind,
    refId: doc.refId,
    slug: doc.slug,
    originalLocale: doc.originalLocale,
    titles,
    summaries,
    sortDate: doc.sortDate ?? null,
    year: doc.year ?? null,
    termIds: [...new Set(doc.termIds ?? [])],
    countries: [...new Set(doc.countries ?? [])],
    organisationIds: [...new Set(doc.organisationIds ?? [])],
    languages: [...new Set(doc.languages ?? [])],
    document: sql`${document}` as unknown as string,
    updatedAt: new Date(),
  };
  await db
    .insert(searchDocument)
    .values(values)
    .onConflictDoUpdate({ target: [searchDocument.kind, searchDocument.refId], set: values });
  await addToLexicon(db, doc.texts.map((t) => `${t.title} ${t.summary ?? ''}`).join(' '));
}

/** Takes a document out of every search and count (unpublished, deleted). */
export async function removeDocument(outer: DbOrTx, kind: string, refId: string): Promise<void> {
  const where = and(eq(searchDocument.kind, kind), eq(searchDocument.refId, refId));
  // Saving a draft removes a document that was never there: no change for the processes.
  const [exists] = await outer.select({ kind: searchDocument.kind }).from(searchDocument).where(where);
  if (!exists) return;
  await outer.transaction(async (db) => {
    await recordChange(db, kind, refId);
    await db.delete(searchDocument).where(where);
  });
}

/**
 * Tells every process's in-memory index that this document changed. Done first, before the
 * document row is written: every writer takes the generation row's lock before any
 * search_document row, so two writers never wait on each other in opposite orders.
 */
async function recordChange(db: DbOrTx, kind: string, refId: string): Promise<void> {
  await db.execute(sql`
    with g as (update search_generation set n = n + 1 where id = 1 returning n)
    insert into search_change (gen, kind, ref_id) select n, ${kind}, ${refId} from g`);
}

/**
 * Remembers the words of titles and summaries, unaccented, as candidates for "did you mean".
 * Insert-only and in a fixed order: concurrent reindexes neither wait on each other's rows
 * nor deadlock. Words of items unpublished later stay, but a suggestion is only offered when
 * it finds a published document (see correctQuery in engine.ts).
 */
async function addToLexicon(db: DbOrTx, text: string): Promise<void> {
  await db.execute(sql`
    insert into search_lexicon (word)
    select w from (select distinct w from regexp_split_to_table(lower(unaccent(${text})), '[^[:alpha:]]+') w
      where length(w) between 3 and 40) words
    order by w
    on conflict (word) do nothing`);
}
