import { featuredForHome } from '../editorial/index.tsx';
import type { FastifyPluginAsync } from 'fastify';
import type { Feature } from '../../app.ts';
import { sendPage, sendVisitorPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { listItemsCached } from '../content/browse.ts';
import { upcomingEvents } from '../events/index.tsx';
import { upcomingWebinars } from '../webinars/index.tsx';
import { HomePage } from './views/HomePage.tsx';
import { StaticPage, type StaticPageId } from './views/StaticPage.tsx';

/** How many sections each static page has in the catalogs. */
export const STATIC_PAGES: Record<StaticPageId, number> = { about: 6, terms: 8, privacy: 10, contact: 3 };

/** The visitors' home page, in the shared read cache. */
const HOME_CACHE_PREFIX = 'home:';

export function createPages(services: Services): Feature {
  const { config } = services;
  services.cache.followAll(HOME_CACHE_PREFIX);
  const html: FastifyPluginAsync = async (app) => {
    // Visitors share one rendering of the home page (core/render sendVisitorPage). It shows
    // every kind of content, so any change anywhere (any cache invalidation) drops it.
    app.get('/', async (req, reply) =>
      sendVisitorPage(
        reply,
        req.ctx,
        { cache: services.cache, prefix: HOME_CACHE_PREFIX, path: '/', ttlMs: config.CACHE_TTL_MS },
        async () => {
          const [pubs, news, featured, webinars, events] = await Promise.all([
            listItemsCached(services, 'publication', req.ctx.locale, 1, 6),
            listItemsCached(services, 'news', req.ctx.locale, 1, 5),
            featuredForHome(services, req.ctx.locale),
            upcomingWebinars(services, req.ctx.locale, 3),
            upcomingEvents(services, req.ctx.locale, 3),
          ]);
          return (
            <HomePage
              featured={featured}
              publications={pubs.items}
              news={news.items}
              webinars={webinars}
              events={events}
              totals={{ publications: pubs.total, news: news.total }}
            />
          );
        },
      ),
    );
    for (const [id, sections] of Object.entries(STATIC_PAGES) as [StaticPageId, number][]) {
      app.get(`/${id}`, async (req, reply) =>
        sendPage(
          reply,
          req.ctx,
          <StaticPage id={id} sections={sections} contactEmail={config.CONTACT_EMAIL} />,
        ),
      );
    }
  };
  return { html };
}
