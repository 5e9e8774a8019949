import type { Db } from '../../core/db/client.ts';
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
  const [rows, total] = await Promise.all([
    listPublished(db, { type, locale, limit, offset: (page - 1) * limit }),
    countPublished(db, type),
  ]);
  const ids = rows.map((r) => r.id);
  const [orgs, pubs] = await Promise.all([
    itemOrganisations(db, ids),
    type === 'publication' ? publicationFields(db, ids) : Promise.resolve([]),
  ]);
  const items = rows.map((r) => ({
    ...r,
    organisations: orgs.filter((o) => o.itemId === r.id),
    year: pubs.find((p) => p.itemId === r.id)?.year ?? null,
  }));
  return { items, total, pages: Math.max(1, Math.ceil(total / limit)) };
}

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
