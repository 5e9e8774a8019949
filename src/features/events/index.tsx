import type { FastifyPluginAsync } from 'fastify';
import type { Feature } from '../../app.ts';
import type { Services } from '../../core/services.ts';
import { publishedEventLinks } from './repository.ts';
import { eventSnapshot, restoreEventSnapshot } from './revisions.ts';
import { eventRoutes } from './routes.tsx';
import { EVENT_KIND, reindexEvent } from './search-index.ts';

import { EVENTS_CACHE_PREFIX } from './upcoming.ts';

export { EVENTS_CACHE_PREFIX, upcomingEvents } from './upcoming.ts';

/**
 * Events run elsewhere (conferences, trainings, courses): list, month calendar, archive, detail,
 * calendar files and feeds; members submit them and editors publish them through the workflow.
 */
export function createEvents(services: Services): Feature {
  services.search.register({
    kind: EVENT_KIND,
    path: 'events',
    label: 'events.title',
    reindex: reindexEvent,
  });
  services.workflow.register({
    type: 'event',
    label: 'events.kindOne',
    afterStatusChange: reindexEvent,
    editPath: (locale, id) => `/${locale}/admin/events/${id}/edit`,
    submissionPath: (locale, id) => `/${locale}/events/submissions/${id}`,
    publicPath: (locale, slug) => `/${locale}/events/${slug}`,
    cachePrefixes: [EVENTS_CACHE_PREFIX],
    snapshot: eventSnapshot,
    restore: restoreEventSnapshot,
    externalLinks: publishedEventLinks,
  });
  const html: FastifyPluginAsync = async (app) => {
    await app.register(eventRoutes(services));
  };
  return { html };
}
