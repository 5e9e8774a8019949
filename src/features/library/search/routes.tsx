import type { FastifyPluginAsync } from 'fastify';
import { parseInput } from '../../../core/http/validate.ts';
import { sendPage } from '../../../core/render/index.tsx';
import type { Services } from '../../../core/services.ts';
import { SEARCH_RATE_LIMIT, SearchPage, searchContent, searchParams } from '../../search/index.tsx';
import { PUBLICATION_KIND } from './reindex.ts';

/** /{locale}/library: the publications, searchable and faceted, newest first without a query. */
export function librarySearchRoutes(services: Services): FastifyPluginAsync {
  return async (app) => {
    app.get('/library', { config: { rateLimit: SEARCH_RATE_LIMIT } }, async (req, reply) => {
      const params = parseInput(searchParams, req.query);
      const { locale, t } = req.ctx;
      const view = await searchContent(services, {
        params,
        locale,
        scope: { id: PUBLICATION_KIND, kinds: [PUBLICATION_KIND] },
      });
      return sendPage(
        reply,
        req.ctx,
        <SearchPage
          view={view}
          title={t('content.library.title')}
          intro={t('content.library.intro')}
          base={`/${locale}/library`}
          section="library"
          pathOf={() => 'library'}
          kindLabel={() => t('library.kind')}
          showKind={false}
          action={{ href: `/${locale}/library/submit`, label: t('library.submit') }}
          feed={{ name: 'library', withType: false }}
        />,
      );
    });
  };
}
