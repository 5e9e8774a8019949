import type { Locale } from '../../core/i18n/index.ts';
import { translate } from '../../core/i18n/index.ts';
import { logSearch, search, type SearchResult } from '../../core/search/engine.ts';
import { parseQuery } from '../../core/search/query.ts';
import type { Services } from '../../core/services.ts';
import { type FacetView, facetViews, resolveFilters } from './facets.ts';
import { type SearchParams, TERM_FACETS } from './params.ts';

export const PAGE_SIZE = 20;

/** Cached search results start with this; drop them when what is published changes. */
export const SEARCH_CACHE_PREFIX = 'search:';

export interface SearchScope {
  /** 'all' for the global search page, else the one kind the page lists (library: publication). */
  id: string;
  kinds: string[];
}

export interface SearchView {
  params: SearchParams;
  /** The query as understood (shown in the search box). */
  query: string;
  truncated: boolean;
  ignoredOperators: boolean;
  ignored: { facet: string; value: string }[];
  result: Omit<SearchResult, 'facets'>;
  facets: FacetView[];
  pages: number;
  sort: 'relevance' | 'date';
}

/**
 * The search behind the library page and the global search page: reads the URL's query
 * and filters, searches the index, labels the facets, and logs the search (no user id).
 */
export async function searchContent(
  services: Services,
  input: { params: SearchParams; locale: Locale; scope: SearchScope },
): Promise<SearchView> {
  const { locale, scope } = input;
  // A range given backwards (from 2020 to 2010) is read the right way round.
  const params = { ...input.params };
  if (params.from && params.to && params.from > params.to)
    [params.from, params.to] = [params.to, params.from];
  const query = parseQuery(params.q);
  const filters = await resolveFilters(services, params, locale, scope.kinds, scope.id === 'all');
  const sort = params.sort ?? (query.clauses.length > 0 ? 'relevance' : 'date');
  const request = {
    query,
    locale,
    kinds: scope.kinds,
    groups: filters.groups,
    yearFrom: params.from,
    yearTo: params.to,
    sort,
    page: params.page,
    pageSize: PAGE_SIZE,
    expand: params.expand,
  } as const;
  // Identical searches (the library's first page above all) are served from the short cache.
  const key = `${SEARCH_CACHE_PREFIX}${scope.id}:${locale}:${JSON.stringify([query.normalized, filters.groups.map((g) => g.selected), params.from, params.to, sort, params.page, params.expand])}`;
  let result = await services.cache.get(key, services.config.CACHE_TTL_MS, () =>
    search(services.db, services.search, request),
  );
  // A page past the end (an old link, a typed URL) shows the last page instead.
  const lastPage = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  if (result.total > 0 && params.page > lastPage) {
    params.page = lastPage;
    result = await search(services.db, services.search, { ...request, page: lastPage });
  }
  const filtered = filters.groups.some((g) => g.selected.length > 0) || params.from || params.to;
  let logged: Promise<void> | undefined;
  if (input.params.page === 1 && (query.clauses.length > 0 || filtered)) {
    const filtersLogged: Record<string, string[]> = {};
    for (const key of ['type', ...TERM_FACETS, 'country', 'language', 'organisation'] as const) {
      if (params[key].length) filtersLogged[key] = params[key];
    }
    if (params.from) filtersLogged.from = [String(params.from)];
    if (params.to) filtersLogged.to = [String(params.to)];
    // Written while the facets are labelled; awaited before the page is answered.
    logged = logSearch(services.db, {
      query: query.normalized,
      locale,
      scope: scope.id,
      filters: filtersLogged,
      results: result.total,
      expanded: result.expansions.map((e) => e.matched),
    }).catch((err) => services.logger.warn({ err }, 'search log failed'));
  }
  const facets = await facetViews(services, locale, filters.groups, result.facets, (kind) => {
    const def = services.search.get(kind);
    return def ? translate(locale, def.label) : kind;
  });
  await logged;
  // Links on the page (remove a filter, next page …) leave out what was ignored.
  const clean = { ...params };
  for (const key of ['type', ...TERM_FACETS, 'country', 'language', 'organisation'] as const) {
    clean[key] = params[key].filter(
      (v) => !filters.ignored.some((i) => i.facet === key && i.value.toLowerCase() === v.toLowerCase()),
    );
  }
  return {
    params: clean,
    query: query.normalized || params.q.slice(0, 200),
    truncated: query.truncated,
    ignoredOperators: query.ignoredOperators,
    ignored: filters.ignored,
    result: {
      total: result.total,
      hits: result.hits,
      expansions: result.expansions,
      didYouMean: result.didYouMean,
    },
    facets,
    pages: Math.max(1, Math.min(500, Math.ceil(result.total / PAGE_SIZE))),
    sort,
  };
}
