import { AppError, notFound } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { rank } from '../../core/search/engine.ts';
import { parseQuery } from '../../core/search/query.ts';
import type { Services } from '../../core/services.ts';
import type { ApiDetails } from '../content/api-details.ts';
import { itemImages, publicItems } from '../content/api-repository.ts';
import { findPublished } from '../content/repository.ts';
import type { ContentType } from '../content/types.ts';
import { eventApi } from '../events/api.ts';
import { publicationApi } from '../library/api.ts';
import { facetViews, resolveFilters } from '../search/facets.ts';
import { type SearchParams, TERM_FACETS } from '../search/params.ts';
import { webinarApi } from '../webinars/api.ts';
import { decodeCursor, encodeCursor, fingerprint } from './cursor.ts';
import { type PresentOptions, presentItem } from './presenter.ts';
import type { ItemField, ItemQuery, ListQuery } from './schemas.ts';

/**
 * Each public type's own API fields, by type. A type added to CONTENT_TYPES does not compile
 * until it says here what it adds (null: only the common fields).
 */
export const CONTENT_API: Record<ContentType, ApiDetails | null> = {
  publication: publicationApi,
  news: null,
  blog: null,
  event: eventApi,
  webinar: webinarApi,
};

/** Cached API pages start with this; any invalidation anywhere drops them (cache.followAll). */
export const API_CACHE_PREFIX = 'api:';

export interface ApiRequestContext {
  /** The reader's language for labels and errors (`lang`, else Accept-Language). */
  locale: Locale;
  lang: Locale | undefined;
  publicUrl: string;
}

/** Loads and presents published items in the order of `ids` (those no longer public drop out). */
async function loadItems(
  services: Pick<Services, 'db'>,
  ids: string[],
  ctx: ApiRequestContext,
  opts: { type: ContentType; fields: ItemQuery['fields']; withBody: boolean },
) {
  const api = CONTENT_API[opts.type];
  const wants = (f: ItemField) => opts.fields.length === 0 || opts.fields.includes(f);
  const [rows, details, images] = await Promise.all([
    publicItems(services.db, ids, {
      locale: ctx.lang ?? null,
      labelLocale: ctx.locale,
      withBody: opts.withBody,
    }),
    api && wants('details') ? api.load(services.db, ids, ctx) : Promise.resolve(new Map<string, unknown>()),
    wants('image') ? itemImages(services.db, ids) : Promise.resolve([]),
  ]);
  const imageOf = new Map(images.map((i) => [i.itemId, i]));
  const present: PresentOptions = {
    lang: ctx.lang,
    labels: ctx.locale,
    publicUrl: ctx.publicUrl,
    fields: opts.fields,
    withBody: opts.withBody,
  };
  return rows.map((row) =>
    presentItem(
      row,
      {
        details: api ? (details.get(row.id) ?? undefined) : undefined,
        image: imageOf.get(row.id),
      },
      present,
    ),
  );
}

/**
 * One page of a content type: the site's full-text search, filters and facets (the same
 * index), ordered by date or relevance, paged by cursor so a client walking the pages sees
 * every item once even while items are published.
 */
export async function listContent(
  services: Pick<Services, 'db' | 'search' | 'cache' | 'config'>,
  type: ContentType,
  query: ListQuery,
  ctx: ApiRequestContext,
) {
  const params: SearchParams = {
    q: query.q ?? '',
    type: [],
    ...(Object.fromEntries(TERM_FACETS.map((f) => [f, query[f]])) as Pick<
      SearchParams,
      (typeof TERM_FACETS)[number]
    >),
    country: query.country,
    language: query.language,
    organisation: query.organisation,
    from: query.from,
    to: query.to,
    sort: query.sort,
    page: 1,
    expand: true,
  };
  if (params.from && params.to && params.from > params.to) {
    throw new AppError('invalid_range', 400, 'api.error.range', 'from');
  }
  const parsed = parseQuery(params.q);
  const filters = await resolveFilters(services, params, ctx.locale, [type], false);
  const bySearch = query.sort ?? (parsed.clauses.length > 0 ? 'relevance' : 'date');
  // Upcoming: soonest first (oldest first over a range that has no undated items).
  const sort = query.when === 'upcoming' && bySearch === 'date' ? 'date-asc' : bySearch;
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const dateFrom = query.when === 'upcoming' ? today : undefined;
  const dateTo = query.when === 'past' ? now : undefined;
  // The ranking's language is in it: glossary expansion, hence the result, depends on it.
  const print = fingerprint([
    type,
    ctx.lang ?? ctx.locale,
    parsed.normalized,
    filters.groups.map((g) => g.selected),
    params.from,
    params.to,
    query.when,
    sort,
  ]);
  const after = query.cursor ? decodeCursor(query.cursor, print) : undefined;
  // The same page asked again (a popular list, a client polling) comes from the short read
  // cache, dropped whenever anything is published or changed (see createApi).
  const key = `${API_CACHE_PREFIX}${print}:${JSON.stringify([query.cursor, query.limit, query.fields, query.facets, ctx.locale])}`;
  return services.cache.get(key, services.config.CACHE_TTL_MS, async () => {
    const { found } = await rank(services.db, services.search, {
      query: parsed,
      locale: ctx.lang ?? ctx.locale,
      kinds: [type],
      groups: filters.groups,
      yearFrom: params.from,
      yearTo: params.to,
      dateFrom,
      dateTo,
      facets: query.facets === 'true',
      sort,
      page: 1,
      // One more than the page: whether there is a next page, without counting again.
      pageSize: query.limit + 1,
      expand: true,
      after,
    });
    const page = found.page.slice(0, query.limit);
    const last = page.at(-1);
    const nextCursor = found.page.length > query.limit && last ? encodeCursor(last.position, print) : null;
    const withBody = query.fields.includes('body');
    const data = await loadItems(
      services,
      page.map((p) => p.refId),
      ctx,
      { type, fields: query.fields, withBody },
    );
    const facets =
      query.facets === 'true'
        ? (await facetViews(services, ctx.locale, filters.groups, found.facets, (k) => k)).map((f) => ({
            id: f.id,
            values: f.values.map((v) => ({
              value: v.param,
              label: v.label,
              count: v.count,
              selected: v.selected,
            })),
          }))
        : undefined;
    return {
      data,
      total: found.total,
      nextCursor,
      ignored: filters.ignored.map((i) => ({ parameter: i.facet, value: i.value })),
      facets,
    };
  });
}

/** One published item by slug, with its body. */
export async function getContent(
  services: Pick<Services, 'db'>,
  type: ContentType,
  slug: string,
  query: ItemQuery,
  ctx: ApiRequestContext,
) {
  const found = await findPublished(services.db, type, slug, ctx.locale);
  if (!found) throw notFound();
  const [item] = await loadItems(services, [found.id], ctx, { type, fields: query.fields, withBody: true });
  if (!item) throw notFound();
  return item;
}
