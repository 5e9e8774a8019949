import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagMatches } from '../../core/http/etag.ts';
import { notModifiedSince } from '../library/files/http-file.ts';

/** A machine-readable document as it is cached and sent: its bytes and validators. */
export interface Representation {
  body: string;
  /** Weak: the same document may be sent compressed or not. */
  etag: string;
  lastModified: Date;
}

/** The document with its validators; `lastModified` is the newest change it shows. */
export function representation(body: string, lastModified: Date): Representation {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  return { body, etag: `W/"${hash}"`, lastModified };
}

/**
 * Sends a feed, sitemap or robots.txt: shared caches may keep it `maxAge` seconds; a client
 * that already has it (If-None-Match, else If-Modified-Since) gets 304 without a body.
 */
export function sendRepresentation(
  req: FastifyRequest,
  reply: FastifyReply,
  doc: Representation,
  opts: { contentType: string; maxAge: number },
) {
  reply
    .header('content-type', opts.contentType)
    .header('cache-control', `public, max-age=${opts.maxAge}`)
    .header('etag', doc.etag)
    .header('last-modified', doc.lastModified.toUTCString())
    .header('x-content-type-options', 'nosniff');
  const inm = req.headers['if-none-match'];
  const fresh = inm
    ? etagMatches(inm, doc.etag)
    : notModifiedSince(req.headers['if-modified-since'], doc.lastModified);
  if (fresh) return reply.status(304).send();
  return reply.send(doc.body);
}
