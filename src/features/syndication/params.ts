import { AppError } from '../../core/errors.ts';
import { parseInput } from '../../core/http/validate.ts';
import { type Locale, translate } from '../../core/i18n/index.ts';
import type { ContentType } from '../content/types.ts';
import { OTHER_FACETS, type SearchParams, searchParams, TERM_FACETS } from '../search/params.ts';

/** What a search feed takes: exactly the search page's parameters, so any search URL has a feed. */
const SEARCH_FEED_PARAMS = [
  'q',
  'type',
  ...TERM_FACETS,
  ...OTHER_FACETS,
  'from',
  'to',
  'sort',
  'page',
  'expand',
];
/** A type's feed: the same, less `type` (the feed is of one type already). */
const TYPE_FEED_PARAMS = SEARCH_FEED_PARAMS.filter((p) => p !== 'type');

export type FeedTarget = { kind: 'type'; type: ContentType } | { kind: 'search' };

/**
 * A parameter the address does not take is refused (400, naming every one), so a mistyped
 * filter never silently subscribes to everything.
 */
export function refuseUnknown(query: unknown, accepted: readonly string[], locale: Locale): void {
  const given = query && typeof query === 'object' ? Object.keys(query) : [];
  const unknown = given.filter((k) => !accepted.includes(k));
  if (unknown.length === 0) return;
  const names = unknown
    .map((n) => translate(locale, 'syndication.quoted', { text: n.slice(0, 40) }))
    .join(', ');
  throw accepted.length
    ? new AppError('unknown_parameter', 400, 'syndication.error.unknownParameters', unknown[0], {
        count: unknown.length,
        names,
        accepted: accepted.join(', '),
      })
    : new AppError('unknown_parameter', 400, 'syndication.error.noParameters', unknown[0], { names });
}

/**
 * A feed's query: the search page's parameters (values as lenient as the page's: an unknown
 * topic is ignored, and the feed's title says what is used); anything else is refused.
 */
export function feedParams(target: FeedTarget, query: unknown, locale: Locale): SearchParams {
  refuseUnknown(query, target.kind === 'search' ? SEARCH_FEED_PARAMS : TYPE_FEED_PARAMS, locale);
  return parseInput(searchParams, query);
}

/** Whether the feed narrows its scope (words, filters, years), so it needs the search index. */
export function isNarrowed(p: SearchParams): boolean {
  return (
    p.q.trim() !== '' ||
    p.from !== undefined ||
    p.to !== undefined ||
    (['type', ...TERM_FACETS, ...OTHER_FACETS] as const).some((k) => p[k].length > 0)
  );
}
