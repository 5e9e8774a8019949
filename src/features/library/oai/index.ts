import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../../core/services.ts';

/** OAI-PMH 2.0 at /oai: the library for harvesters (repositories, aggregators). */
export function oaiRoutes(_services: Services): FastifyPluginAsync {
  return async () => {};
}
