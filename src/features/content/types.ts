/**
 * The public content types and where their pages live (/{locale}/{path}/{slug}); each feature
 * serves its own list and pages (library, articles, events, webinars). Later types join by
 * adding a line.
 */
export const CONTENT_TYPES = {
  publication: { path: 'library' },
  news: { path: 'news' },
  blog: { path: 'blog' },
  event: { path: 'events' },
  webinar: { path: 'webinars' },
} as const satisfies Record<string, { path: string }>;

export type ContentType = keyof typeof CONTENT_TYPES;
