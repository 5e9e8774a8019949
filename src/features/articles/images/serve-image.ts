import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import { etagMatches } from '../../../core/http/etag.ts';
import { isImageVariant } from '../repository.ts';

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}\.webp$/;

/**
 * GET /files/images/{dir}/{name}.webp: one variant of a lead image. Only keys that some item's
 * image lists are served (never any other stored file). A variant's bytes never change — a new
 * image gets new keys — so it is cached for a year as immutable.
 */
export async function sendImage(
  services: Pick<Services, 'db' | 'storage'>,
  req: FastifyRequest,
  reply: FastifyReply,
) {
  const { dir, name } = req.params as { dir?: string; name?: string };
  const key = `${dir}/${name}`;
  if (!KEY.test(key) || !(await isImageVariant(services.db, key))) throw notFound();
  const size = await services.storage.size(key);
  if (size === null) throw notFound();
  const etag = `"${name?.slice(0, 36)}"`;
  reply
    .header('content-type', 'image/webp')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'public, max-age=31536000, immutable')
    .header('etag', etag);
  if (etagMatches(req.headers['if-none-match'], etag)) return reply.status(304).send();
  reply.header('content-length', String(size));
  return reply.send(services.storage.read(key));
}
