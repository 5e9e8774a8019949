import type { DbOrTx } from '../db/client.ts';
import type { Locale } from '../i18n/index.ts';
import { type ParsedQuery, plainWords } from './query.ts';
import type { QueryExpansion, SearchRegistry } from './registry.ts';
import { parseTsquery, simplifyQuery } from './memory/text-format.ts';
import type { MemoryFacetGroup, MemoryIndex, MemoryResult, RankPosition } from './memory/memory-index.ts';
import { logSearch, type PageRow, pageRows, queryState, suggestionCandidates } from './repository.ts';
import { tsqueryExpression } from './tsquery.ts';

/** A facet axis: which column it reads, what is selected, and which values belong to it. */
export type FacetGroup = MemoryFacetGroup;

export interface SearchRequest {
  query: ParsedQuery;
  locale: Locale;
  /** The kinds in scope (the library: publications; global search: all). */
  kinds: string[];
  groups: FacetGroup[];
  yearFrom?: number;
  yearTo?: number;
  /** Only documents dated within these bounds (events: when they start). */
  dateFrom?: Date;
  dateTo?: Date;
  sort: 'relevance' | 'date' | 'date-asc';
  page: number;
  pageSize: number;
  /** Widen the query with glossary equivalents in other languages. */
  expand: boolean;
  /** Count facet values (default true). */
  facets?: boolean;
  /** Keyset paging: results after this position (a previous page's last); `page` is then ignored. */
  after?: RankPosition;
}

export type SearchHit = PageRow;

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** facet id → value → count, counted under every other facet's selection. */
  facets: Map<string, Map<string, number>>;
  expansions: QueryExpansion[];
  /** A corrected query when words look misspelt and few results came back. */
  didYouMean: string | null;
}

export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** The glossary expansions that cover whole clauses of the query. */
async function expansionsFor(db: DbOrTx, registry: SearchRegistry, req: SearchRequest) {
  const expander = registry.expander();
  const words = plainWords(req.query);
  if (!req.expand || !expander || words.length === 0) return [];
  const found = await expander(
    db,
    words.map((w) => w.word),
    req.locale,
  );
  const out: { clauses: number[]; expansion: QueryExpansion }[] = [];
  for (const e of found) {
    if (e.equivalents.length === 0) continue;
    const clauses = [...new Set(words.slice(e.start, e.end).map((w) => w.clause))];
    // Only whole clauses: a phrase partly inside the concept is left as the reader wrote it.
    const whole = clauses.every((c) => {
      const idx = words.flatMap((w, i) => (w.clause === c ? [i] : []));
      return idx.every((i) => i >= e.start && i < e.end);
    });
    if (whole) out.push({ clauses, expansion: e });
  }
  return out;
}

/**
 * A search: PostgreSQL turns the words into a tsquery (its stemmers and unaccent) and says
 * which index generation is current, this process's in-memory index matches, ranks and
 * counts (memory/), and PostgreSQL renders the one page of results with the matches marked.
 */
export async function search(
  db: DbOrTx,
  registry: SearchRegistry,
  req: SearchRequest,
): Promise<SearchResult> {
  const { found, expansions, index } = await rank(db, registry, req);
  const hits = await pageRows(db, {
    refs: found.page,
    locale: req.locale,
    markStart: MARK_START,
    markEnd: MARK_END,
  });
  const hasText = req.query.clauses.length > 0;
  const didYouMean = hasText && found.total < 5 ? await correctQuery(db, index, req.query) : null;
  return {
    total: found.total,
    hits,
    facets: found.facets,
    expansions: expansions.map((e) => e.expansion),
    didYouMean,
  };
}

/**
 * The ranking alone: which documents match, in order, one page of references (with their
 * positions, for keyset paging) and the facet counts. The API loads its own rows for them.
 */
export async function rank(
  db: DbOrTx,
  registry: SearchRegistry,
  req: SearchRequest,
): Promise<{
  found: MemoryResult;
  expansions: Awaited<ReturnType<typeof expansionsFor>>;
  index: MemoryIndex;
}> {
  const expansions = await expansionsFor(db, registry, req);
  const expr = tsqueryExpression(req.query, expansions);
  const hasText = req.query.clauses.length > 0;
  const { tsquery, generation } = await queryState(db, expr);
  const index = await registry.index.ensure(db, generation);
  const parsed = tsquery ? parseTsquery(tsquery) : null;
  const tree = parsed ? simplifyQuery(parsed) : null;
  // Only stop words: nothing can match; say so rather than listing everything.
  const found =
    hasText && !tree
      ? { total: 0, page: [], facets: new Map(req.groups.map((g) => [g.id, new Map<string, number>()])) }
      : index.search({
          query: tree,
          kinds: req.kinds,
          groups: req.groups,
          yearFrom: req.yearFrom,
          yearTo: req.yearTo,
          facets: req.facets,
          dateFrom: req.dateFrom?.getTime(),
          dateTo: req.dateTo?.getTime(),
          sort: req.sort === 'relevance' ? (hasText ? 'relevance' : 'date') : req.sort,
          limit: req.pageSize,
          offset: req.after ? 0 : (req.page - 1) * req.pageSize,
          after: req.after,
        });
  return { found, expansions, index };
}

/**
 * Replaces words that find nothing by the closest word of the lexicon (pg_trgm) that finds a
 * published document. A word that matches something (an inflection of a known word, say) is
 * never "corrected".
 */
async function correctQuery(db: DbOrTx, index: MemoryIndex, query: ParsedQuery): Promise<string | null> {
  const finds = (tsquery: string) => {
    const tree = tsquery ? parseTsquery(tsquery) : null;
    return tree !== null && index.matchesAny(tree);
  };
  let changed = false;
  const parts: string[] = [];
  for (const c of query.clauses) {
    const alts: string[] = [];
    for (const a of c.alternatives) {
      const words: string[] = [];
      for (const w of a.text.split(' ')) {
        let better: string | null = null;
        if (w.length >= 4) {
          const s = await suggestionCandidates(db, w);
          if (!finds(s.tsquery)) better = s.candidates.find((x) => finds(x.tsquery))?.word ?? null;
        }
        if (better) changed = true;
        words.push(better ?? w);
      }
      alts.push(a.phrase ? `"${words.join(' ')}"` : words.join(' '));
    }
    parts.push(`${c.negated ? '-' : ''}${alts.join(' OR ')}`);
  }
  return changed ? parts.join(' ') : null;
}

export { logSearch };
