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
 * The documents changed after generation `from` up to `to`, or null when the feed no longer
 * reaches back that far (pruned). One statement: a prune cannot slip between check and read.
 */
export async function changedKeys(
  db: DbOrTx,
  from: number,
  to: number,
): Promise<{ kind: string; refId: string }[] | null> {
  const [row] = await queryRows<{ oldest: number | string | null; keys: { kind: string; refId: string }[] }>(
    db,
    sql`select (select min(gen) from search_change) as oldest,
      coalesce((select json_agg(json_build_object('kind', kind, 'refId', ref_id))
        from (select distinct kind, ref_id from search_change where gen > ${from} and gen <= ${to}) c), '[]'::json)
        as keys`,
  );
  if (!row || row.oldest === null || Number(row.oldest) > from + 1) return null;
  return row.keys;
}

/** These documents as they are now (missing ones were removed). */
export async function documentsByKeys(
  db: DbOrTx,
  keys: { kind: string; refId: string }[],
): Promise<LoadedDocument[]> {
  if (keys.length === 0) return [];
  const rows = await queryRows<DocumentRow>(
    db,
    sql`select ${COLUMNS} from search_document
      where (kind, ref_id) in (select * from unnest(${sql.param(keys.map((k) => k.kind))}::text[],
        ${sql.param(keys.map((k) => k.refId))}::text[]))`,
  );
  return rows.map(toLoaded);
}

/**
 * Drops change records older than `days` (a process further behind reloads its index). By
 * generation, up to the newest old one: `at` is a transaction's start, not its commit, so
 * cutting by time alone could leave a hole. The newest record always stays.
 */
export async function pruneChanges(db: DbOrTx, days: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`with cut as (
        select least(
          (select max(gen) from search_change where at < now() - make_interval(days => ${days})),
          (select max(gen) - 1 from search_change)) as gen
      ), gone as (delete from search_change where gen <= (select gen from cut) returning 1)
      select count(*)::int as n from gone`,
  );
  return Number(row?.n ?? 0);
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
