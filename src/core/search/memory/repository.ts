import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.ts';
import { CONFIGS } from '../tsquery.ts';
import type { LoadedDocument } from './memory-index.ts';

interface DocumentRow {
  kind: string;
  ref_id: string;
  sort_ms: number | string | null;
  year: number | null;
  term_ids: number[];
  countries: string[];
  organisation_ids: string[];
  languages: string[];
  vector: string;
}

const COLUMNS = sql`kind, ref_id, (extract(epoch from sort_date) * 1000)::float8 as sort_ms, year,
  term_ids, countries, organisation_ids::text[] as organisation_ids, languages, document::text as vector`;

function toLoaded(r: DocumentRow): LoadedDocument {
  return {
    kind: r.kind,
    refId: r.ref_id,
    sortDate: r.sort_ms === null ? null : Number(r.sort_ms),
    year: r.year,
    termIds: r.term_ids,
    countries: r.countries,
    organisationIds: r.organisation_ids,
    languages: r.languages,
    vector: r.vector,
  };
}

/** The current generation of the search index (see searchGeneration in tables.ts). */
export async function currentGeneration(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select n from search_generation where id = 1`,
  );
  return Number(row?.n ?? 0);
}

/** One batch of documents in primary-key order, after the given key (keyset pagination). */
export async function documentBatch(
  db: DbOrTx,
  after: { kind: string; refId: string } | null,
  limit: number,
): Promise<LoadedDocument[]> {
  const rows = await queryRows<DocumentRow>(
    db,
    after
      ? sql`select ${COLUMNS} from search_document where (kind, ref_id) > (${after.kind}, ${after.refId})
          order by kind, ref_id limit ${limit}`
      : sql`select ${COLUMNS} from search_document order by kind, ref_id limit ${limit}`,
  );
  return rows.map(toLoaded);
}

export async function documentCount(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from search_document`);
  return Number(row?.n ?? 0);
}

/**
 * What changed after generation `from` up to `to`: the documents as they are now (missing
 * ones were removed), or null when the feed no longer reaches back that far (pruned).
 */
export async function changesBetween(
  db: DbOrTx,
  from: number,
  to: number,
): Promise<{ keys: { kind: string; refId: string }[]; docs: LoadedDocument[] } | null> {
  const [head] = await queryRows<{ oldest: number | string | null }>(
    db,
    sql`select min(gen) as oldest from search_change`,
  );
  if (head?.oldest === null || Number(head?.oldest) > from + 1) return null;
  const keys = await queryRows<{ kind: string; ref_id: string }>(
    db,
    sql`select distinct kind, ref_id from search_change where gen > ${from} and gen <= ${to}`,
  );
  if (keys.length === 0) return { keys: [], docs: [] };
  const rows = await queryRows<DocumentRow>(
    db,
    sql`select ${COLUMNS} from search_document
      where (kind, ref_id) in (select * from unnest(${sql.param(keys.map((k) => k.kind))}::text[],
        ${sql.param(keys.map((k) => k.ref_id))}::text[]))`,
  );
  return { keys: keys.map((k) => ({ kind: k.kind, refId: k.ref_id })), docs: rows.map(toLoaded) };
}

/** Drops change records older than `days` (a process further behind rebuilds its index). */
export async function pruneChanges(db: DbOrTx, days: number): Promise<number> {
  const rows = await queryRows<{ gen: number }>(
    db,
    sql`delete from search_change where at < now() - make_interval(days => ${days})
      and gen < (select max(gen) from search_change) returning gen`,
  );
  return rows.length;
}

/**
 * Each phrase read by every language configuration, as tsquery text (distinct, non-empty);
 * with its hyphens as written (glossary expansions) and as spaces (the reader's query).
 */
export async function phraseQueries(db: DbOrTx, phrases: { text: string }[]): Promise<string[]> {
  if (phrases.length === 0) return [];
  const rows = await queryRows<{ q: string }>(
    db,
    sql`select distinct q from (
        select phraseto_tsquery(c::regconfig, v)::text as q
        from unnest(${sql.param([...new Set(phrases.map((p) => p.text))])}::text[]) p,
          lateral (values (p), (replace(p, '-', ' '))) as t(v),
          unnest(${sql.param([...CONFIGS])}::text[]) c) x
      where q <> '' order by q`,
  );
  return rows.map((r) => r.q);
}
