import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../../core/services.ts';
import type { Auth } from './auth.ts';

export function accountRoutes(_services: Services, _auth: Auth): FastifyPluginAsync {
  return async () => {};
}
