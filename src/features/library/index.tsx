import type { FastifyPluginAsync } from 'fastify';
import type { Feature } from '../../app.ts';
import type { Services } from '../../core/services.ts';

/**
 * The library: publications, their files, search with facets, citation and submission.
 * Each part lives in its own folder and contributes a plugin here.
 */
export function createLibrary(services: Services): Feature {
  services.search.register({ kind: 'publication', path: 'library', label: 'library.kind' });
  const html: FastifyPluginAsync = async (_app) => {};
  const root: FastifyPluginAsync = async (_app) => {};
  return { html, root };
}
