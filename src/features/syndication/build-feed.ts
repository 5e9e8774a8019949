import { type Locale, type Translate, translator } from '../../core/i18n/index.ts';
import { xmlText } from '../../core/render/xml.ts';
import type { Services } from '../../core/services.ts';
import { licenceDeedUrl, licenceLabel } from '../content/licences.ts';
import { itemTerms, type LocalizedItem, listPublished, publishedByIds } from '../content/repository.ts';
import {
  CONTENT_TYPE_NAMES,
  CONTENT_TYPES,
  type ContentType,
  isContentType,
  itemPath,
} from '../content/types.ts';
import { eventApiFields } from '../events/repository.ts';
import { formatWhen, zoneName } from '../events/time.ts';
import { publicationFields } from '../library/repository.ts';
import { searchContent } from '../search/index.tsx';
import { type SearchParams, searchUrl, TERM_FACETS } from '../search/params.ts';
import { FACET_TITLES } from '../search/views/SearchPage.tsx';
import { webinarApiFields } from '../webinars/repository.ts';
import { formatSlot } from '../webinars/time.ts';
import { type FeedTarget, isNarrowed } from './params.ts';

/** A type's feed without filters: its newest published items. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  /** A URN from the item's id: stays the same when its slug or title changes. */
  id: string;
  url: string;
  title: string;
  summary: string | null;
  /** Language of the title and summary: the reader's, else the item's original. */
  lang: string;
  published: Date | null;
  updated: Date;
  authors: string[];
  categories: { term: string; label: string; scheme?: string }[];
  /** The licence in the feed's language; `licenceUrl` its deed, when it has one. */
  rights: string;
  licenceUrl: string | null;
}

export interface FeedDoc {
  locale: Locale;
  title: string;
  description: string;
  /** The page the feed follows (the listing or search with the same filters). */
  htmlUrl: string;
  /** The feed's own address in each format, with its query. */
  selfUrl: { rss: string; atom: string };
  /** Newest change among the entries (for an empty feed, when it was built). */
  updated: Date;
  entries: FeedEntry[];
}

/** The content types a search feed covers: those asked for, else all (unknown ones are ignored). */
function typesOf(params: SearchParams, services: Services): ContentType[] {
  const all = CONTENT_TYPE_NAMES.filter((k) => services.search.get(k));
  const asked = all.filter((k) => params.type.includes(k));
  return asked.length ? asked : all;
}

/**
 * A feed's entries and titles: a type's newest published items, or — when words, filters or
 * years narrow it — the newest matches of the same search the page runs, always by date (a
 * feed's reader wants what is new; `sort` and `page` are accepted and ignored).
 */
export async function buildFeed(
  services: Services,
  input: { locale: Locale; target: FeedTarget; params: SearchParams },
): Promise<FeedDoc> {
  const { locale, target } = input;
  const t = translator(locale);
  const params: SearchParams = { ...input.params, page: 1, sort: 'date' };
  const types = target.kind === 'type' ? [target.type] : typesOf(params, services);
  let items: LocalizedItem[];
  let what: string[] = [];
  if (target.kind === 'type' && !isNarrowed(params)) {
    items = await listPublished(services.db, { type: target.type, locale, limit: FEED_SIZE });
  } else {
    const view = await searchContent(services, {
      params,
      locale,
      scope: { id: `feed:${types.join(',')}`, kinds: types },
    });
    items = await publishedByIds(
      services.db,
      view.result.hits.filter((h) => isContentType(h.kind)).map((h) => h.refId),
      locale,
    );
    what = describeSearch(t, view.query, params, view.facets, target.kind === 'search' ? types : null);
  }
  const name = target.kind === 'type' ? CONTENT_TYPES[target.type].path : 'search';
  const scope = target.kind === 'type' ? t(CONTENT_TYPES[target.type].label) : t('search.title');
  const site = t('ui.site.name');
  const query = searchUrl('', { ...params, page: 1, sort: undefined });
  const base = services.config.publicUrl;
  const entries = await entriesOf(services, t, locale, items);
  return {
    locale,
    title: xmlText(
      what.length
        ? t('syndication.feed.titleNarrowed', { scope, what: what.join(', '), site })
        : t('syndication.feed.title', { scope, site }),
    ),
    description: t('syndication.feed.description', { site }),
    htmlUrl: `${base}/${locale}/${name}${query}`,
    selfUrl: {
      rss: `${base}/feeds/${locale}/${name}.rss${query}`,
      atom: `${base}/feeds/${locale}/${name}.atom${query}`,
    },
    updated: entries.length ? new Date(Math.max(...entries.map((e) => e.updated.getTime()))) : new Date(),
    entries,
  };
}

/** What narrows a search feed, for its title: the words, each filter used, the years. */
function describeSearch(
  t: Translate,
  query: string,
  params: SearchParams,
  facets: Awaited<ReturnType<typeof searchContent>>['facets'],
  /** A search feed's types (null: a type's own feed). */
  types: ContentType[] | null,
): string[] {
  const what: string[] = [];
  if (query) what.push(t('syndication.quoted', { text: query }));
  const filter = (facet: string, value: string) => t('search.filterLabel', { facet, value });
  if (types && types.length < CONTENT_TYPE_NAMES.length)
    what.push(filter(t('search.facet.type'), types.map((k) => t(CONTENT_TYPES[k].label)).join(', ')));
  for (const f of facets) {
    const selected = f.values.filter((v) => v.selected).map((v) => v.label);
    if (selected.length) what.push(filter(t(FACET_TITLES[f.id]), selected.join(', ')));
  }
  if (params.from || params.to)
    what.push(filter(t('search.facet.year'), `${params.from ?? '…'}–${params.to ?? '…'}`));
  return what;
}

/**
 * When events and webinars take place, as a sentence that opens their summary: a feed lists
 * them by announcement, and a reader should not have to open the page to see the date.
 */
async function whenOf(services: Services, t: Translate, locale: Locale, items: LocalizedItem[]) {
  const idsOf = (type: string) => items.filter((i) => i.type === type).map((i) => i.id);
  const [events, webinars] = await Promise.all([
    eventApiFields(services.db, idsOf('event')),
    webinarApiFields(services.db, idsOf('webinar')),
  ]);
  const when = new Map<string, string>();
  for (const e of events) {
    const startsAt = new Date(e.startsAt);
    const time = { startsAt, endsAt: new Date(e.endsAt), timeZone: e.timeZone, allDay: e.allDay };
    const values = { when: formatWhen(locale, time), zone: zoneName(locale, e.timeZone, startsAt) };
    when.set(e.itemId, t('syndication.entry.when', values));
  }
  for (const w of webinars) {
    const startsAt = new Date(w.startsAt);
    const values = {
      when: formatSlot(locale, startsAt, w.durationMinutes, w.timeZone),
      zone: zoneName(locale, w.timeZone, startsAt),
    };
    when.set(w.itemId, t(w.cancelledAt ? 'syndication.entry.cancelled' : 'syndication.entry.when', values));
  }
  return when;
}

/** Items as entries: classification, authors (else organisations) and licence, texts made safe for XML. */
async function entriesOf(services: Services, t: Translate, locale: Locale, items: LocalizedItem[]) {
  const ids = items.map((i) => i.id);
  const [terms, pubs, when] = await Promise.all([
    itemTerms(services.db, ids, locale),
    publicationFields(
      services.db,
      items.filter((i) => i.type === 'publication').map((i) => i.id),
    ),
    whenOf(services, t, locale, items),
  ]);
  const authorsOf = new Map(pubs.map((p) => [p.itemId, p.authors]));
  const base = services.config.publicUrl;
  return items.map((item): FeedEntry => {
    const type = item.type as ContentType;
    const people = authorsOf.get(item.id) ?? [];
    const organisations = item.organisations.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name));
    return {
      id: `urn:uuid:${item.id}`,
      url: `${base}${itemPath(locale, type, item.slug)}`,
      title: xmlText(item.title),
      summary: xmlText([when.get(item.id), item.summary].filter(Boolean).join(' ')) || null,
      lang: item.shownLocale,
      published: item.publishedAt,
      updated: item.updatedAt,
      authors: (people.length ? people : organisations).map(xmlText),
      categories: [
        { term: type, label: t(CONTENT_TYPES[type].label) },
        ...terms
          .filter((x) => x.itemId === item.id)
          .map((x) => ({
            term: x.slug,
            label: xmlText(x.label),
            // The scheme plus the term is the search for it, where the vocabulary is a facet.
            scheme: (TERM_FACETS as readonly string[]).includes(x.vocabularyId)
              ? `${base}/${locale}/search?${x.vocabularyId}=`
              : undefined,
          })),
      ],
      rights: item.licence ? xmlText(licenceLabel(t, item.licence)) : t('syndication.licence.none'),
      licenceUrl: item.licence ? licenceDeedUrl(item.licence) : null,
    };
  });
}
