import type { DbOrTx } from '../db/client.ts';
import type { Locale } from '../i18n/index.ts';
import { type ParsedQuery, plainWords } from './query.ts';
import type { QueryExpansion, SearchRegistry } from './registry.ts';
import {
  type FacetColumn,
  type FacetGroupSql,
  logSearch,
  runSearch,
  suggestWord,
  tsqueryText,
} from './repository.ts';
import { tsqueryExpression } from './tsquery.ts';

/** A facet axis: which column it reads, what is selected, and which values belong to it. */
export interface FacetGroup {
  id: string;
  column: FacetColumn;
  /** Selected values (OR within the facet). */
  selected: string[];
  /** Values that belong to this facet when the column is shared (the terms of one vocabulary). */
  universe?: string[];
}

export interface SearchRequest {
  query: ParsedQuery;
  locale: Locale;
  /** The kinds in scope (the library: publications; global search: all). */
  kinds: string[];
  groups: FacetGroup[];
  yearFrom?: number;
  yearTo?: number;
  sort: 'relevance' | 'date';
  page: number;
  pageSize: number;
  /** Widen the query with glossary equivalents in other languages. */
  expand: boolean;
}

export interface SearchHit {
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

export async function search(
  db: DbOrTx,
  registry: SearchRegistry,
  req: SearchRequest,
): Promise<SearchResult> {
  const expansions = await expansionsFor(db, registry, req);
  const expr = tsqueryExpression(req.query, expansions);
  const tsquery = expr ? await tsqueryText(db, expr) : null;
  const hasText = req.query.clauses.length > 0;
  const groups: FacetGroupSql[] = req.groups.map((g) => ({ ...g }));
  const { total, rows, facets } = await runSearch(db, {
    // Only stop words: nothing can match, say so rather than listing everything.
    tsquery: hasText ? (tsquery ?? '') : null,
    locale: req.locale,
    kinds: req.kinds,
    groups,
    yearFrom: req.yearFrom,
    yearTo: req.yearTo,
    sort: req.sort === 'relevance' && hasText ? 'relevance' : 'date',
    limit: req.pageSize,
    offset: (req.page - 1) * req.pageSize,
    markStart: MARK_START,
    markEnd: MARK_END,
  });
  const byGroup = new Map<string, Map<string, number>>();
  for (const g of req.groups) byGroup.set(g.id, new Map());
  for (const f of facets) {
    // Counts of a shared column are split between the facets whose universe holds the value.
    for (const g of req.groups) {
      if (f.group !== g.id && !(f.group === `col:${g.column}` && g.selected.length === 0)) continue;
      if (g.universe && !g.universe.includes(f.value)) continue;
      byGroup.get(g.id)?.set(f.value, f.n);
    }
  }
  const didYouMean = hasText && total < 5 ? await correctQuery(db, req.query) : null;
  return {
    total,
    hits: rows,
    facets: byGroup,
    expansions: expansions.map((e) => e.expansion),
    didYouMean,
  };
}

/** Replaces words unknown to the lexicon by the closest known word (pg_trgm). */
async function correctQuery(db: DbOrTx, query: ParsedQuery): Promise<string | null> {
  let changed = false;
  const parts: string[] = [];
  for (const c of query.clauses) {
    const alts: string[] = [];
    for (const a of c.alternatives) {
      const words: string[] = [];
      for (const w of a.text.split(' ')) {
        const better = w.length >= 4 ? await suggestWord(db, w) : null;
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
