import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagMatches, notModifiedSince } from '../../core/http/etag.ts';

/** A machine-readable document as it is cached and sent: its bytes and validators. */
export interface Representation {
  body: string;
  /** Weak: the same document may be sent compressed or not. */
  etag: string;
  lastModified: Date;
  /** The body gzipped once, for large documents (see withGzip). */
  gzip?: Buffer;
}

/** The document with its validators; `lastModified` is the newest change it shows. */
export function representation(body: string, lastModified: Date): Representation {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  return { body, etag: `W/"${hash}"`, lastModified };
}

const gzipAsync = promisify(gzip);

/**
 * Large documents (a sitemap part of 10,000 URLs is about 7 MB) are gzipped once when cached,
 * off the event loop, instead of by the compression plugin on every request (about 0.3 s of
 * CPU each for such a part).
 */
export async function withGzip(doc: Representation): Promise<Representation> {
  if (doc.body.length < 65_536) return doc;
  return { ...doc, gzip: await gzipAsync(doc.body) };
}

/** Whether the client takes gzip (and did not refuse it with q=0). */
const takesGzip = (header: string | string[] | undefined) =>
  String(header ?? '')
    .split(',')
    .some((part) => {
      const [coding, ...params] = part.trim().toLowerCase().split(';');
      return (coding === 'gzip' || coding === '*') && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
    });

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
  if (doc.gzip) reply.header('vary', 'accept-encoding');
  if (fresh) return reply.status(304).send();
  if (doc.gzip && takesGzip(req.headers['accept-encoding']))
    return reply.header('content-encoding', 'gzip').send(doc.gzip);
  return reply.send(doc.body);
}
