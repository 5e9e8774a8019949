import type { FastifyPluginAsync } from 'fastify';
import type { Feature } from '../../app.ts';
import type { Services } from '../../core/services.ts';
import { CONTENT_CACHE_PREFIX } from '../content/browse.ts';
import { SEARCH_CACHE_PREFIX } from '../search/index.tsx';
import { sendImage } from './images/serve-image.ts';
import { LATEST_CACHE_PREFIX } from './latest.ts';
import { articleSnapshot, restoreArticleSnapshot } from './revisions.ts';
import { articleRoutes } from './routes.tsx';
import { reindexArticle } from './search-index.ts';
import { ARTICLE_TYPES, ARTICLES } from './types.ts';

export { type LatestArticle, latestArticles } from './latest.ts';
export { reindexAllArticles, reindexArticle } from './search-index.ts';
export { ArticleImage } from './views/ArticleImage.tsx';

/**
 * News and blog posts: Markdown text, a lead image in responsive variants, classification;
 * faceted lists, detail pages, member submissions through the editorial workflow, editors'
 * screens, and global search.
 */
export function createArticles(services: Services): Feature {
  const cachePrefixes = [CONTENT_CACHE_PREFIX, SEARCH_CACHE_PREFIX, LATEST_CACHE_PREFIX];
  for (const type of ARTICLE_TYPES) {
    const def = ARTICLES[type];
    services.search.register({ kind: type, path: def.path, label: def.plural, reindex: reindexArticle });
    services.workflow.register({
      type,
      label: def.one,
      afterStatusChange: reindexArticle,
      editPath: (locale, id) => `/${locale}/admin/${def.path}/${id}/edit`,
      submissionPath: (locale, id) => `/${locale}/${def.path}/submissions/${id}`,
      publicPath: (locale, slug) => `/${locale}/${def.path}/${slug}`,
      cachePrefixes,
      snapshot: articleSnapshot,
      restore: restoreArticleSnapshot,
    });
  }
  const publicChanged = () => {
    for (const prefix of cachePrefixes) services.cache.invalidate(prefix);
  };
  const html: FastifyPluginAsync = async (app) => {
    for (const type of ARTICLE_TYPES) await app.register(articleRoutes(services, type, publicChanged));
  };
  const root: FastifyPluginAsync = async (app) => {
    app.get('/files/images/:dir/:name', (req, reply) => sendImage(services, req, reply));
  };
  return { html, root };
}
