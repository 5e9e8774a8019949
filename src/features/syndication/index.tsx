import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Feature } from '../../app.ts';
import { notFound } from '../../core/errors.ts';
import { isLocale, translate } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { CONTENT_TYPES, type ContentType } from '../content/types.ts';
import { SEARCH_RATE_LIMIT } from '../search/index.tsx';
import { searchUrl } from '../search/params.ts';
import { buildFeed } from './build-feed.ts';
import { atomXml, rssXml } from './feed-xml.ts';
import { representation, sendRepresentation } from './http.ts';
import { type FeedFormat, feedPath } from './links.tsx';
import { type FeedTarget, feedParams, refuseUnknown } from './params.ts';
import { robotsTxt } from './robots.ts';
import { sitemapIndex, sitemapPart } from './sitemap.ts';

/** Everything this feature caches; any change anywhere (any invalidation) drops it. */
const CACHE_PREFIX = 'syndication:';

/** Seconds shared caches and feed readers may keep a copy (the server's own copy follows changes). */
export const FEED_MAX_AGE = 600;
export const SITEMAP_MAX_AGE = 3600;
const ROBOTS_MAX_AGE = 86_400;

const FORMATS: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** RSS and Atom feeds per content type and language and for any search, the sitemap and robots.txt. */
export function createSyndication(services: Services): Feature {
  const { config } = services;
  services.cache.followAll(CACHE_PREFIX);
  const robots = representation(robotsTxt(config.publicUrl), new Date());

  const sendFeed = (target: FeedTarget, name: string, format: FeedFormat) => {
    return async (req: FastifyRequest, reply: FastifyReply) => {
      const { locale } = req.params as { locale: string };
      if (!isLocale(locale)) throw notFound();
      const params = feedParams(target, req.query, locale);
      const query = searchUrl('', { ...params, page: 1, sort: undefined });
      const doc = await services.cache.get(
        `${CACHE_PREFIX}feed:${feedPath(locale, name, format, query)}`,
        config.CACHE_TTL_MS,
        async () => {
          const feed = await buildFeed(services, { locale, target, params });
          const site = translate(locale, 'ui.site.name');
          const body = format === 'rss' ? rssXml(feed, site) : atomXml(feed, site, config.publicUrl);
          return representation(body, feed.updated);
        },
      );
      return sendRepresentation(req, reply, doc, { contentType: FORMATS[format], maxAge: FEED_MAX_AGE });
    };
  };

  const root: FastifyPluginAsync = async (app) => {
    for (const format of Object.keys(FORMATS) as FeedFormat[]) {
      for (const [type, def] of Object.entries(CONTENT_TYPES) as [
        ContentType,
        (typeof CONTENT_TYPES)[ContentType],
      ][])
        app.get(`/feeds/:locale/${def.path}.${format}`, sendFeed({ kind: 'type', type }, def.path, format));
      // A search runs the index: the search page's rate limit applies.
      app.get(
        `/feeds/:locale/search.${format}`,
        { config: { rateLimit: SEARCH_RATE_LIMIT } },
        sendFeed({ kind: 'search' }, 'search', format),
      );
    }

    const xml = { contentType: 'application/xml; charset=utf-8', maxAge: SITEMAP_MAX_AGE };
    app.get('/sitemap.xml', async (req, reply) => {
      refuseUnknown(req.query, [], req.ctx.locale);
      return sendRepresentation(req, reply, await sitemapIndex(services), xml);
    });
    app.get('/sitemaps/:file', async (req, reply) => {
      refuseUnknown(req.query, [], req.ctx.locale);
      const part = await sitemapPart(services, (req.params as { file: string }).file);
      if (!part) throw notFound();
      return sendRepresentation(req, reply, part, xml);
    });
    app.get('/robots.txt', async (req, reply) => {
      refuseUnknown(req.query, [], req.ctx.locale);
      return sendRepresentation(req, reply, robots, {
        contentType: 'text/plain; charset=utf-8',
        maxAge: ROBOTS_MAX_AGE,
      });
    });
  };
  return { root };
}
