import type { Db } from '../../core/db/client.ts';
import type { Services } from '../../core/services.ts';
import { notFound } from '../../core/errors.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { publicationFields, publicationOf } from '../library/repository.ts';
import {
  countPublished,
  findPublished,
  itemCountries,
  itemLocales,
  itemOrganisations,
  itemTerms,
  listPublished,
} from './repository.ts';
import type { ContentType } from './types.ts';

export const PAGE_SIZE = 20;

export type ItemSummary = Awaited<ReturnType<typeof listItems>>['items'][number];

/** One page of a content type's published items, newest first, in the reader's language. */
export async function listItems(db: Db, type: ContentType, locale: Locale, page: number, limit = PAGE_SIZE) {
  // A separate count is cheaper than count(*) over (), which would build every row.
  const [rows, total] = await Promise.all([
    listPublished(db, { type, locale, limit, offset: (page - 1) * limit }),
    countPublished(db, type),
  ]);
  const pubs =
    type === 'publication'
      ? await publicationFields(
          db,
          rows.map((r) => r.id),
        )
      : [];
  const years = new Map(pubs.map((p) => [p.itemId, p.year]));
  const items = rows.map((r) => ({ ...r, year: years.get(r.id) ?? null }));
  return { items, total, pages: Math.max(1, Math.ceil(total / limit)) };
}

/**
 * listItems through the app's short-lived cache: every anonymous reader of the home page
 * and of a listing page sees the same data, so it is read once per CACHE_TTL_MS.
 */
export function listItemsCached(
  { db, cache, config }: Pick<Services, 'db' | 'cache' | 'config'>,
  type: ContentType,
  locale: Locale,
  page: number,
  limit = PAGE_SIZE,
) {
  return cache.get(`${CONTENT_CACHE_PREFIX}${type}:${locale}:${page}:${limit}`, config.CACHE_TTL_MS, () =>
    listItems(db, type, locale, page, limit),
  );
}

export const CONTENT_CACHE_PREFIX = 'content:list:';

/** Everything the detail page shows about one published item. */
export async function getItem(db: Db, type: ContentType, slug: string, locale: Locale) {
  const item = await findPublished(db, type, slug, locale);
  if (!item) throw notFound();
  const [locales, terms, countries, organisations, pub] = await Promise.all([
    itemLocales(db, item.id),
    itemTerms(db, [item.id], locale),
    itemCountries(db, item.id),
    itemOrganisations(db, [item.id]),
    type === 'publication' ? publicationOf(db, item.id) : Promise.resolve(null),
  ]);
  return { item, locales, terms, countries, organisations, publication: pub };
}
