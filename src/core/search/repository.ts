import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../db/client.ts';
import { nodeKey } from './memory/text-format.ts';
import { searchLog } from './tables.ts';
import type { TsqueryExpression } from './tsquery.ts';

export type { FacetColumn } from './memory/memory-index.ts';

/** One result as a page shows it. */
export interface PageRow {
  kind: string;
  refId: string;
  slug: string;
  title: string;
  /** Language of the title and snippet shown (the reader's, else the original). */
  shownLocale: string;
  /** Text with \uE000 … \uE001 around matches; render with <Highlighted>. */
  titleMarked: string;
  snippet: string;
  year: number | null;
  sortDate: Date | null;
}

/**
 * The rows of one result page, in the order given, with title and snippet in the reader's
 * language (else the original) and the matches marked. Documents removed since the ranking
 * simply drop out.
 */
export async function pageRows(
  db: DbOrTx,
  input: {
    /** `words`: the lexemes to mark in that row (those of the query it holds). */
    refs: { kind: string; refId: string; words: string[] }[];
    locale: string;
    markStart: string;
    markEnd: string;
  },
): Promise<PageRow[]> {
  if (input.refs.length === 0) return [];
  const opts = `StartSel=${input.markStart}, StopSel=${input.markEnd}`;
  const titleOf = sql`d.titles ->> s.shown`;
  const summaryOf = sql`coalesce(d.summaries ->> s.shown, '')`;
  // Each row marks only the query's words it holds: ts_headline's cost grows with its query.
  const marks = input.refs.map((r) =>
    r.words.length ? r.words.map((lexeme) => nodeKey({ op: 'leaf', lexeme })).join(' | ') : null,
  );
  const rows = await queryRows<Omit<PageRow, 'sortDate'> & { sortDate: string | null }>(
    db,
    sql`select d.kind, d.ref_id as "refId", d.slug, ${titleOf} as title, s.shown as "shownLocale",
        case when p.q is null then ${titleOf}
          else ts_headline(sp_config(s.shown), ${titleOf}, p.q::tsquery, ${`${opts}, HighlightAll=true`}) end
          as "titleMarked",
        case when p.q is null then left(${summaryOf}, 300)
          -- The default algorithm (one passage) costs a fifth of MaxFragments' on the same page.
          else ts_headline(sp_config(s.shown), ${summaryOf}, p.q::tsquery, ${`${opts}, MaxWords=40, MinWords=20`}) end
          as snippet,
        d.year, d.sort_date as "sortDate"
      from unnest(${sql.param(input.refs.map((r) => r.kind))}::text[], ${sql.param(input.refs.map((r) => r.refId))}::text[],
        ${sql.param(marks)}::text[]) with ordinality as p(kind, ref_id, q, ord)
      join search_document d on d.kind = p.kind and d.ref_id = p.ref_id
      cross join lateral (select case when d.titles ->> ${input.locale} is not null then ${input.locale}
        else d.original_locale end as shown) s
      order by p.ord`,
  );
  return rows.map((r) => ({ ...r, sortDate: r.sortDate ? new Date(r.sortDate) : null }));
}

/**
 * The tsquery as text ('' when only stop words remain; null without a query) and the index
 * generation, in one round trip: every search needs both.
 */
export async function queryState(
  db: DbOrTx,
  query: TsqueryExpression | null,
): Promise<{ tsquery: string | null; generation: number }> {
  const shared = query?.shared.length ? sql.join(query.shared, sql`, `) : sql`1 as none`;
  const [row] = await queryRows<{ q: string | null; gen: number | string }>(
    db,
    sql`select ${query ? sql`(${query.expr})::text` : sql`null::text`} as q,
      (select n from search_generation where id = 1) as gen
      from (select ${shared}) eq`,
  );
  return { tsquery: row?.q ?? null, generation: Number(row?.gen ?? 0) };
}

/** Any configuration's reading of a word: what a document must contain to match it. */
const anyConfig = (word: SQL) =>
  sql`(plainto_tsquery('sp_english', ${word}) || plainto_tsquery('sp_french', ${word})
    || plainto_tsquery('sp_spanish', ${word}) || plainto_tsquery('sp_portuguese', ${word})
    || plainto_tsquery('sp_simple', ${word}))`;

/**
 * A word and the lexicon's closest words (pg_trgm, similarity ≥ 0.4, best first), each with
 * the tsquery of any language's reading of it, so that the caller can check in the index
 * which ones find a document.
 */
export async function suggestionCandidates(
  db: DbOrTx,
  word: string,
): Promise<{ word: string; tsquery: string; candidates: { word: string; tsquery: string }[] }> {
  const rows = await queryRows<{ word: string; tsquery: string; own: boolean }>(
    db,
    sql`with w as (select lower(unaccent(${word})) as w),
        candidates as (
          select l.word, similarity(l.word, w.w) as sim from search_lexicon l, w
          where l.word % w.w and similarity(l.word, w.w) >= 0.4
          order by sim desc, l.word limit 5
        )
        select ${word} as word, ${anyConfig(sql`${word}`)}::text as tsquery, true as own, 2::real as sim
        union all
        select c.word, ${anyConfig(sql`c.word`)}::text, false, c.sim from candidates c
        order by own desc, sim desc, word`,
  );
  const own = rows.find((r) => r.own);
  return {
    word,
    tsquery: own?.tsquery ?? '',
    candidates: rows.filter((r) => !r.own).map((r) => ({ word: r.word, tsquery: r.tsquery })),
  };
}

export async function logSearch(
  db: DbOrTx,
  entry: {
    query: string;
    locale: string;
    scope: string;
    filters: Record<string, string[]>;
    results: number;
    expanded: string[];
  },
): Promise<void> {
  // A statistic, not a record anyone relies on: the commit does not wait for the WAL flush
  // (a crash may lose the last fraction of a second of searches; nothing else is relaxed).
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    await tx.insert(searchLog).values(entry);
  });
}

/** Documents indexed with any of these term ids (stale after a merge or a move of those terms). */
export async function documentsWithTerms(db: DbOrTx, termIds: number[]) {
  if (termIds.length === 0) return [];
  return queryRows<{ kind: string; ref_id: string }>(
    db,
    sql`select kind, ref_id from search_document where term_ids && ${sql.param(termIds)}::int[] order by kind, ref_id`,
  );
}
