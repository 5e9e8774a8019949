import type { MessageKey } from '../../core/i18n/index.ts';

/** The public content types and where they live; later types join by adding a line. */
export const CONTENT_TYPES = {
  publication: {
    path: 'library',
    listTitle: 'content.library.title',
    listIntro: 'content.library.intro',
    // The library feature serves its own searchable, faceted list.
    ownList: true,
    // …and its own publication page (metadata, files, citations): library/detail.
    ownDetail: true,
  },
  // News and blog posts: features/articles serves their faceted lists and their pages.
  news: {
    path: 'news',
    listTitle: 'content.news.title',
    listIntro: 'content.news.intro',
    ownList: true,
    ownDetail: true,
  },
  blog: {
    path: 'blog',
    listTitle: 'content.blog.title',
    listIntro: 'content.blog.intro',
    ownList: true,
    ownDetail: true,
  },
  // Events and webinars serve their own lists, calendars and pages (features/events, webinars).
  event: {
    path: 'events',
    listTitle: 'events.title',
    listIntro: 'events.intro',
    ownList: true,
    ownDetail: true,
  },
  webinar: {
    path: 'webinars',
    listTitle: 'webinars.list.title',
    listIntro: 'webinars.list.intro',
    ownList: true,
    ownDetail: true,
  },
} as const satisfies Record<
  string,
  { path: string; listTitle: MessageKey; listIntro: MessageKey; ownList?: boolean; ownDetail?: boolean }
>;

export type ContentType = keyof typeof CONTENT_TYPES;
