import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../core/errors.ts';
import { can, isStaff } from '../../../core/policies/index.ts';
import type { Services } from '../../../core/services.ts';
import { contentDisposition } from './filename.ts';
import { etagMatches, notModifiedSince } from '../../../core/http/etag.ts';
import { parseRange, rangeStillValid } from './http-file.ts';
import { countDownload, fileForDownload } from './repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET/HEAD /files/{id}/{name}. Files of a published item are anyone's, cacheable but
 * revalidated on every use (a 304 thanks to the ETag), so a file removed or unpublished is never
 * served from a shared cache; files of an unpublished item only their submitter's and staff's
 * (with two-factor authentication on, as for staff screens), never cached — to anyone else they
 * do not exist (404). Validators
 * (ETag = SHA-256, Last-Modified), single byte ranges, and a download counted per file and day
 * for a GET of the whole file or a range from its first byte — never HEAD, 304 or later ranges.
 */
export async function sendPublicationFile(
  services: Pick<Services, 'db' | 'storage' | 'logger'>,
  req: FastifyRequest,
  reply: FastifyReply,
  fileId: string,
) {
  if (!UUID.test(fileId)) throw notFound();
  const found = await fileForDownload(services.db, fileId.toLowerCase());
  if (!found) throw notFound();
  const { file, status, authorId } = found;
  const published = status === 'published';
  const user = req.ctx.user;
  // Staff preview like on their screens: only with two-factor authentication switched on.
  const mayPreview =
    !!user &&
    (user.id === authorId || (can(user, 'publication.edit') && (!isStaff(user) || user.twoFactorEnabled)));
  if (!published && !mayPreview) throw notFound();
  if ((await services.storage.size(file.storageKey)) === null) {
    services.logger.error({ fileId: file.id }, 'stored bytes of a file are missing');
    throw notFound();
  }

  const etag = `"${file.sha256}"`;
  const lastModified = file.createdAt;
  reply
    .header('content-type', file.mediaType)
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-disposition',
      contentDisposition(file.role === 'cover' ? 'inline' : 'attachment', file.filename),
    )
    .header('etag', etag)
    .header('last-modified', lastModified.toUTCString())
    .header('accept-ranges', 'bytes')
    .header('cache-control', published ? 'public, no-cache' : 'private, no-store');

  const inm = req.headers['if-none-match'];
  if (inm ? etagMatches(inm, etag) : notModifiedSince(req.headers['if-modified-since'], lastModified)) {
    return reply.status(304).send();
  }

  const size = file.size;
  const ifRange = req.headers['if-range'] as string | undefined;
  const range = rangeStillValid(ifRange, etag, lastModified) ? parseRange(req.headers.range, size) : null;
  if (range === 'unsatisfiable') {
    return reply.status(416).header('content-range', `bytes */${size}`).type('text/plain').send('');
  }
  const start = range?.start ?? 0;
  const end = range?.end ?? size - 1;
  if (range) reply.status(206).header('content-range', `bytes ${start}-${end}/${size}`);
  reply.header('content-length', String(Math.max(0, end - start + 1)));

  if (req.method === 'HEAD') return reply.send();
  if (published && start === 0) {
    await countDownload(services.db, file.id, file.itemId).catch((err) =>
      services.logger.warn({ err, fileId: file.id }, 'download not counted'),
    );
  }
  if (size === 0) return reply.send('');
  return reply.send(services.storage.read(file.storageKey, { start, end }));
}
