import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../../app.ts';
import { AppError, type FieldError, notFound, ValidationError } from '../../../core/errors.ts';
import { requireAction } from '../../../core/http/guards.ts';
import { uploadedFile } from '../../../core/http/multipart.ts';
import { parseInput } from '../../../core/http/validate.ts';
import type { MessageKey } from '../../../core/i18n/index.ts';
import { sendPage } from '../../../core/render/index.tsx';
import type { Services } from '../../../core/services.ts';
import { CONTENT_CACHE_PREFIX } from '../../content/browse.ts';
import { SEARCH_CACHE_PREFIX } from '../../search/index.tsx';
import { DETAIL_CACHE_PREFIX } from '../detail/index.tsx';
import { addPublicationFile } from './add-publication-file.ts';
import { sendPublicationFile } from './download.ts';
import { EXTRACT_TEXT_JOB, extractAfterFileAdded, extractFileText } from './extract-text.ts';
import { publicationFiles } from './presenter.ts';
import { receiveUpload } from './receive-upload.ts';
import { removePublicationFile } from './remove-publication-file.ts';
import { sweepUnreferencedFiles } from './sweep-unreferenced.ts';
import { publicationForFiles } from './repository.ts';
import { FilesPage, type FilesScreen } from './views/FilesPage.tsx';

// The files part of the library: its public surface for the other parts.
export { addPublicationFile } from './add-publication-file.ts';
export { EXTRACT_TEXT_JOB, extractFileText } from './extract-text.ts';
export { fileTypeLabel } from './formats.ts';
export { fileUrl, filesWithHash, type PublicationFileView, publicationFiles } from './presenter.ts';
export { discardUpload, receiveUpload, type StoredUpload, storeUpload } from './receive-upload.ts';
export { removePublicationFile } from './remove-publication-file.ts';

const itemParams = z.object({ itemId: z.uuid() });
const fileParams = z.object({ itemId: z.uuid(), fileId: z.uuid() });
const uploadSchema = z.strictObject({ role: z.enum(['document', 'cover']) });
const NOTICES = {
  added: 'libraryFiles.notice.added',
  addedPdf: 'libraryFiles.notice.addedPdf',
  removed: 'libraryFiles.notice.removed',
} as const satisfies Record<string, MessageKey>;
const doneQuery = z
  .object({ done: z.enum(Object.keys(NOTICES) as [keyof typeof NOTICES]).optional() })
  .catch({});

/** Declares the text-extraction job (also for one-off commands that attach files, like the seed). */
export function registerFileJobs(services: Pick<Services, 'db' | 'storage' | 'logger' | 'jobs'>) {
  services.jobs.register(EXTRACT_TEXT_JOB, async (data) => {
    if (typeof data.fileId === 'string') await extractFileText(services, data.fileId);
  });
  // Daily: temporary files of uploads cut short by a crash (a live upload never lasts a day), and
  // stored files no row points at (a crash between storing and attaching, a deleted publication).
  services.jobs.register(
    SWEEP_UPLOADS_JOB,
    async () => {
      const removed = await services.storage.sweepTemp(86_400_000);
      const orphans = await sweepUnreferencedFiles(services, 86_400_000);
      if (removed || orphans) services.logger.info({ removed, orphans }, 'upload leftovers removed');
    },
    { cron: '23 3 * * *' },
  );
}

export const SWEEP_UPLOADS_JOB = 'library.sweep-uploads';

/** Route parameters that are not ids name nothing: 404. */
function paramsOf<S extends z.ZodType>(schema: S, req: FastifyRequest): z.output<S> {
  const parsed = schema.safeParse(req.params);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** Field errors the form shows again, or null when the error is not the editor's to fix. */
function formErrors(err: unknown): { errors: FieldError[]; status: number } | null {
  if (err instanceof ValidationError) return { errors: err.errors, status: err.status };
  if (err instanceof AppError && err.field)
    return {
      errors: [{ field: err.field, code: err.code, messageKey: err.messageKey, values: err.values }],
      status: err.status,
    };
  return null;
}

/**
 * Publication files: the editors' files screen under /{locale}/admin/library/{id}/files, the
 * downloads at /files/{id}/{name}, and the text-extraction job.
 */
export function createLibraryFiles(services: Services): Required<Feature> {
  const { db, config, cache } = services;
  registerFileJobs(services);
  extractAfterFileAdded(services);

  const publicChanged = () => {
    cache.invalidate(CONTENT_CACHE_PREFIX);
    cache.invalidate(DETAIL_CACHE_PREFIX);
    // A file's text is searched: results cached before the change would show or hide it wrongly.
    cache.invalidate(SEARCH_CACHE_PREFIX);
  };

  const screen = async (req: FastifyRequest, itemId: string): Promise<FilesScreen> => {
    const item = await publicationForFiles(db, itemId, req.ctx.locale);
    if (!item) throw notFound();
    return {
      item,
      files: await publicationFiles(db, itemId),
      maxMegabytes: Math.floor(config.UPLOAD_MAX_BYTES / 1_048_576) || 1,
    };
  };
  const filesPath = (req: FastifyRequest, itemId: string) =>
    `/${req.ctx.locale}/admin/library/${itemId}/files`;
  const wantsJson = (req: FastifyRequest) => req.headers.accept?.includes('application/json') ?? false;

  const html: FastifyPluginAsync = async (app) => {
    app.get('/admin/library/:itemId/files', async (req, reply) => {
      requireAction(req, 'publication.edit');
      const { itemId } = paramsOf(itemParams, req);
      const { done } = doneQuery.parse(req.query ?? {});
      const notice = done ? req.ctx.t(NOTICES[done]) : undefined;
      return sendPage(reply, req.ctx, <FilesPage screen={await screen(req, itemId)} notice={notice} />);
    });

    app.post('/admin/library/:itemId/files', async (req, reply: FastifyReply) => {
      const editor = requireAction(req, 'publication.edit');
      const { itemId } = paramsOf(itemParams, req);
      const current = await screen(req, itemId);
      let pending = false;
      try {
        // The role comes before the file in the form, so a wrong one stops before any byte is read.
        const { role } = parseInput(uploadSchema, req.body);
        const stored = await receiveUpload(services, uploadedFile(req), { role });
        pending =
          (await addPublicationFile(services, itemId, stored, undefined, editor)).textStatus === 'pending';
      } catch (err) {
        const refused = formErrors(err);
        if (!refused || wantsJson(req)) throw err;
        const body = (req.body ?? {}) as { role?: unknown };
        const role = typeof body.role === 'string' ? body.role : undefined;
        return sendPage(
          reply,
          req.ctx,
          <FilesPage screen={current} role={role} errors={refused.errors} />,
          refused.status,
        );
      }
      publicChanged();
      return reply.redirect(`${filesPath(req, itemId)}?done=${pending ? 'addedPdf' : 'added'}`, 303);
    });

    app.post('/admin/library/:itemId/files/:fileId/remove', async (req, reply) => {
      const editor = requireAction(req, 'publication.edit');
      const { itemId, fileId } = paramsOf(fileParams, req);
      parseInput(z.strictObject({}), req.body);
      await removePublicationFile(services, fileId, { itemId, actor: editor });
      publicChanged();
      return reply.redirect(`${filesPath(req, itemId)}?done=removed`, 303);
    });
  };

  const root: FastifyPluginAsync = async (app) => {
    app.route({
      method: ['GET', 'HEAD'],
      url: '/files/:fileId/:filename',
      // Documents and images are compressed already, and byte ranges must be of the stored bytes.
      compress: false,
      handler: (req, reply) =>
        sendPublicationFile(services, req, reply, (req.params as { fileId: string }).fileId),
    });
  };

  return { html, root };
}
