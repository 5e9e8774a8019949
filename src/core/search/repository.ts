import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../db/client.ts';
import { searchLog } from './tables.ts';

export type FacetColumn = 'term_ids' | 'countries' | 'organisation_ids' | 'languages' | 'kind';

export interface FacetGroupSql {
  id: string;
  column: FacetColumn;
  selected: string[];
  universe?: string[];
}

const CAST: Record<FacetColumn, string> = {
  term_ids: 'int[]',
  countries: 'text[]',
  organisation_ids: 'uuid[]',
  languages: 'text[]',
  kind: 'text[]',
};

function matches(g: FacetGroupSql): SQL {
  const values = sql`${sql.param(g.selected)}::${sql.raw(CAST[g.column])}`;
  return g.column === 'kind' ? sql`h.kind = any(${values})` : sql`h.${sql.raw(g.column)} && ${values}`;
}

function where(groups: FacetGroupSql[]): SQL {
  const parts = groups.filter((g) => g.selected.length > 0).map(matches);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

function countsOf(label: string, column: FacetColumn, from: SQL, filter: SQL, universe?: string[]): SQL {
  if (column === 'kind') {
    return sql`select ${label}::text as "group", h.kind as value, count(*)::int as n
      from ${from} h where ${filter} group by h.kind`;
  }
  const restrict = universe ? sql` and v = any(${sql.param(universe)}::${sql.raw(CAST[column])})` : sql``;
  return sql`select ${label}::text as "group", v::text as value, count(*)::int as n
    from ${from} h, unnest(h.${sql.raw(column)}) v where ${filter}${restrict} group by v`;
}

export interface RunSearchInput {
  /** null: no text query (browse); '': only stop words (nothing matches). */
  tsquery: string | null;
  locale: string;
  kinds: string[];
  groups: FacetGroupSql[];
  yearFrom?: number;
  yearTo?: number;
  sort: 'relevance' | 'date';
  limit: number;
  offset: number;
  markStart: string;
  markEnd: string;
}

interface Row {
  total: number;
  rows: {
    kind: string;
    refId: string;
    slug: string;
    title: string;
    shownLocale: string;
    titleMarked: string;
    snippet: string;
    year: number | null;
    sortDate: string | null;
  }[];
  facets: { group: string; value: string; n: number }[];
}

/**
 * One round trip: the matching documents (materialised once), the page of results with
 * highlighted title and snippet, the total, and facet counts. A facet with a selection is
 * counted under every other facet's selection but not its own (OR within, AND across).
 */
export async function runSearch(db: DbOrTx, input: RunSearchInput) {
  if (input.tsquery === '') return { total: 0, rows: [], facets: [] };
  const q = input.tsquery === null ? null : sql`${input.tsquery}::tsquery`;
  const conditions: SQL[] = [sql`d.kind = any(${sql.param(input.kinds)}::text[])`];
  if (q) conditions.push(sql`d.document @@ ${q}`);
  if (input.yearFrom) conditions.push(sql`d.year >= ${input.yearFrom}`);
  if (input.yearTo) conditions.push(sql`d.year <= ${input.yearTo}`);
  const allFilters = where(input.groups);
  const selected = input.groups.filter((g) => g.selected.length > 0);
  const unselectedColumns = [
    ...new Set(input.groups.filter((g) => g.selected.length === 0).map((g) => g.column)),
  ];
  const facetSelects: SQL[] = [
    ...unselectedColumns.map((c) => {
      const universe = input.groups
        .filter((g) => g.column === c && g.selected.length === 0)
        .flatMap((g) => g.universe ?? []);
      const all = input.groups.some((g) => g.column === c && g.selected.length === 0 && !g.universe);
      return countsOf(`col:${c}`, c, sql`filtered`, sql`true`, all ? undefined : universe);
    }),
    ...selected.map((g) =>
      countsOf(g.id, g.column, sql`hits`, where(input.groups.filter((o) => o !== g)), g.universe),
    ),
  ];
  if (facetSelects.length === 0)
    facetSelects.push(sql`select null::text as "group", null::text as value, 0 as n where false`);
  const order =
    input.sort === 'relevance' && q
      ? sql`ts_rank_cd(d.document, ${q}) desc, d.sort_date desc nulls last, d.ref_id`
      : sql`d.sort_date desc nulls last, d.ref_id`;
  const shown = sql`case when d.titles ->> ${input.locale} is not null then ${input.locale} else d.original_locale end`;
  const opts = `StartSel=${input.markStart}, StopSel=${input.markEnd}`;
  const titleOf = sql`d.titles ->> p.shown`;
  const summaryOf = sql`coalesce(d.summaries ->> p.shown, '')`;
  const titleMarked = q
    ? sql`ts_headline(sp_config(p.shown), ${titleOf}, ${q}, ${`${opts}, HighlightAll=true`})`
    : titleOf;
  const snippet = q
    ? sql`ts_headline(sp_config(p.shown), ${summaryOf}, ${q}, ${`${opts}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`})`
    : sql`left(${summaryOf}, 300)`;
  const [row] = await queryRows<Row>(
    db,
    sql`with hits as materialized (
          select d.kind, d.ref_id, d.term_ids, d.countries, d.organisation_ids, d.languages, d.year
          from search_document d where ${sql.join(conditions, sql` and `)}
        ),
        filtered as materialized (select * from hits h where ${allFilters}),
        page as (
          select d.kind, d.ref_id, ${shown} as shown, row_number() over (order by ${order}) as ord
          from filtered f join search_document d on d.kind = f.kind and d.ref_id = f.ref_id
          order by ord limit ${input.limit} offset ${input.offset}
        )
        select
          (select count(*)::int from filtered) as total,
          coalesce((select json_agg(json_build_object(
              'kind', d.kind, 'refId', d.ref_id, 'slug', d.slug, 'title', ${titleOf}, 'shownLocale', p.shown,
              'titleMarked', ${titleMarked}, 'snippet', ${snippet}, 'year', d.year, 'sortDate', d.sort_date
            ) order by p.ord)
            from page p
            join search_document d on d.kind = p.kind and d.ref_id = p.ref_id), '[]'::json) as rows,
          coalesce((select json_agg(x) from (${sql.join(facetSelects, sql` union all `)}) x), '[]'::json)
            as facets`,
  );
  if (!row) return { total: 0, rows: [], facets: [] };
  return {
    total: Number(row.total),
    rows: row.rows.map((r) => ({ ...r, sortDate: r.sortDate ? new Date(r.sortDate) : null })),
    facets: row.facets.map((f) => ({ ...f, n: Number(f.n) })),
  };
}

/** The tsquery as text ('' when only stop words remain). */
export async function tsqueryText(db: DbOrTx, expr: SQL): Promise<string> {
  const [row] = await queryRows<{ q: string }>(db, sql`select (${expr})::text as q`);
  return row?.q ?? '';
}

/** Any configuration's reading of a word: what a document must contain to match it. */
const anyConfig = (word: SQL) =>
  sql`(plainto_tsquery('sp_english', ${word}) || plainto_tsquery('sp_french', ${word})
    || plainto_tsquery('sp_spanish', ${word}) || plainto_tsquery('sp_portuguese', ${word})
    || plainto_tsquery('sp_simple', ${word}))`;

/**
 * The closest word of the lexicon to a word that matches no document, or null. A word that
 * matches something (an inflection of a known word, say) is never "corrected", and a
 * suggestion must itself find a published document.
 */
export async function suggestWord(db: DbOrTx, word: string): Promise<string | null> {
  const [row] = await queryRows<{ word: string | null }>(
    db,
    sql`with w as (select lower(unaccent(${word})) as w),
        candidates as (
          select l.word, similarity(l.word, w.w) as sim from search_lexicon l, w
          where l.word % w.w and similarity(l.word, w.w) >= 0.4
          order by sim desc, l.word limit 5
        )
        select (select c.word from candidates c
                where exists (select 1 from search_document d where d.document @@ ${anyConfig(sql`c.word`)})
                order by c.sim desc, c.word limit 1) as word
        from w where not exists (select 1 from search_document d where d.document @@ ${anyConfig(sql`${word}`)})`,
  );
  return row?.word ?? null;
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
  await db.insert(searchLog).values(entry);
}

/** Documents indexed with any of these term ids (stale after a merge or a move of those terms). */
export async function documentsWithTerms(db: DbOrTx, termIds: number[]) {
  if (termIds.length === 0) return [];
  return queryRows<{ kind: string; ref_id: string }>(
    db,
    sql`select kind, ref_id from search_document where term_ids && ${sql.param(termIds)}::int[] order by kind, ref_id`,
  );
}
