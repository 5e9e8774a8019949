import type { FastifyPluginAsync } from 'fastify';
import type { Feature } from '../../app.ts';
import { parseInput } from '../../core/http/validate.ts';
import { translate } from '../../core/i18n/index.ts';
import { sendPage } from '../../core/render/index.tsx';
import { pruneChanges } from '../../core/search/index.ts';
import type { Services } from '../../core/services.ts';
import { searchParams } from './params.ts';
import { searchContent } from './search-content.ts';
import { SearchPage } from './views/SearchPage.tsx';

export { searchParams } from './params.ts';
export { SEARCH_CACHE_PREFIX, searchContent, type SearchScope } from './search-content.ts';
export { SearchPage } from './views/SearchPage.tsx';

/** Searches cost more than page views: a per-IP limit keeps one client from starving others. */
export const SEARCH_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };

/** Daily: change records every process has long applied (a process further behind reloads). */
export const PRUNE_SEARCH_CHANGES_JOB = 'search.prune-changes';
const KEEP_CHANGES_DAYS = 7;

/** The global search page: every kind registered with the search registry. */
export function createSearch(services: Services): Feature {
  services.jobs.register(
    PRUNE_SEARCH_CHANGES_JOB,
    async () => {
      const removed = await pruneChanges(services.db, KEEP_CHANGES_DAYS);
      if (removed) services.logger.info({ removed }, 'search change records pruned');
    },
    { cron: '41 3 * * *' },
  );
  const html: FastifyPluginAsync = async (app) => {
    app.get('/search', { config: { rateLimit: SEARCH_RATE_LIMIT } }, async (req, reply) => {
      const params = parseInput(searchParams, req.query);
      const { locale, t } = req.ctx;
      const kinds = services.search.kinds();
      const view = await searchContent(services, {
        params,
        locale,
        scope: { id: 'all', kinds: kinds.map((k) => k.kind) },
      });
      return sendPage(
        reply,
        req.ctx,
        <SearchPage
          view={view}
          title={t('search.title')}
          intro={t('search.intro')}
          base={`/${locale}/search`}
          section="search"
          pathOf={(kind) => services.search.get(kind)?.path ?? kind}
          kindLabel={(kind) => {
            const def = services.search.get(kind);
            return def ? translate(locale, def.label) : kind;
          }}
          showKind
          feed={{ name: 'search', withType: true }}
        />,
      );
    });
  };
  return { html };
}
