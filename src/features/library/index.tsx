import type { FastifyPluginAsync } from 'fastify';
import type { Feature } from '../../app.ts';
import type { Services } from '../../core/services.ts';
import { CONTENT_CACHE_PREFIX } from '../content/browse.ts';
import { SEARCH_CACHE_PREFIX } from '../search/index.tsx';
import { DETAIL_CACHE_PREFIX, libraryDetail } from './detail/index.tsx';
import { recheckDuplicatesOnNewFiles } from './editorial/duplicates-after-file.ts';
import { publishedLinks } from './editorial/repository.ts';
import { publicationSnapshot, restorePublicationSnapshot } from './editorial/revisions.ts';
import { editorialRoutes } from './editorial/routes.tsx';
import { createLibraryFiles } from './files/index.tsx';
import { oaiRoutes } from './oai/index.ts';
import { PUBLICATION_KIND, reindexPublication } from './search/reindex.ts';
import { librarySearchRoutes } from './search/routes.tsx';

/**
 * The library: publications, their files, search with facets, citation and submission.
 * Each part lives in its own folder and contributes a plugin here.
 */
export function createLibrary(services: Services): Feature {
  services.search.register({
    kind: PUBLICATION_KIND,
    path: 'library',
    label: 'library.kind',
    reindex: reindexPublication,
  });
  services.workflow.register({
    type: 'publication',
    label: 'library.kindOne',
    afterStatusChange: reindexPublication,
    editPath: (locale, id) => `/${locale}/admin/library/${id}/edit`,
    submissionPath: (locale, id) => `/${locale}/library/submissions/${id}`,
    publicPath: (locale, slug) => `/${locale}/library/${slug}`,
    cachePrefixes: [CONTENT_CACHE_PREFIX, DETAIL_CACHE_PREFIX, SEARCH_CACHE_PREFIX],
    snapshot: publicationSnapshot,
    restore: restorePublicationSnapshot,
    externalLinks: publishedLinks,
  });
  recheckDuplicatesOnNewFiles(services);
  const files = createLibraryFiles(services);
  const html: FastifyPluginAsync = async (app) => {
    await app.register(libraryDetail(services));
    await app.register(librarySearchRoutes(services));
    await app.register(editorialRoutes(services));
    await app.register(files.html);
  };
  const root: FastifyPluginAsync = async (app) => {
    await app.register(files.root);
    await app.register(oaiRoutes(services));
  };
  return { html, root };
}
