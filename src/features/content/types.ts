import type { MessageKey } from '../../core/i18n/index.ts';

/**
 * The one registry of public content types. Every surface that lists content for people or
 * machines reads it: pages (/{locale}/{path}/{slug}), the API (/api/v1/{collection}), feeds
 * (/feeds/{locale}/{path}.rss|.atom), the sitemap and schema.org metadata. Each feature
 * serves its own list and pages (library, articles, events, webinars); a later type (a
 * programme, a course) joins every surface by adding a line here and registering its search
 * kind under the same name.
 */
export const CONTENT_TYPES = {
  publication: {
    path: 'library',
    collection: 'publications',
    label: 'library.kind',
    schemaType: 'Report',
  },
  news: { path: 'news', collection: 'news', label: 'content.news.title', schemaType: 'NewsArticle' },
  blog: { path: 'blog', collection: 'blog-posts', label: 'content.blog.title', schemaType: 'BlogPosting' },
  event: { path: 'events', collection: 'events', label: 'events.title', schemaType: 'Event', dated: true },
  webinar: {
    path: 'webinars',
    collection: 'webinars',
    label: 'webinars.list.title',
    schemaType: 'Event',
    dated: true,
  },
} as const satisfies Record<string, PublicType>;

export interface PublicType {
  /** Path segment of its pages and feeds. */
  path: string;
  /** Name of its collection in the public API. */
  collection: string;
  /** Plural name, for feed titles and API documentation. */
  label: MessageKey;
  /** schema.org type of an item (publications refine it by document type). */
  schemaType: string;
  /** Its search date is when it takes place (events): lists can ask for what is upcoming or past. */
  dated?: boolean;
}

export type ContentType = keyof typeof CONTENT_TYPES;

export const CONTENT_TYPE_NAMES = Object.keys(CONTENT_TYPES) as ContentType[];

export function isContentType(value: string): value is ContentType {
  return Object.hasOwn(CONTENT_TYPES, value);
}

/** The public address of an item, without the site's origin. */
export function itemPath(locale: string, type: ContentType, slug: string): string {
  return `/${locale}/${CONTENT_TYPES[type].path}/${slug}`;
}
