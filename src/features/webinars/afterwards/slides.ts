import type { MultipartFile } from '@fastify/multipart';
import { audit } from '../../../core/audit/index.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import type { Services } from '../../../core/services.ts';
import { receiveUpload } from '../../library/files/receive-upload.ts';
import { deleteWebinarFile, insertWebinarFile, lockWebinar } from '../repository.ts';
import { WEBINAR_CACHE_PREFIX } from '../schedule/save-webinar.ts';

type FileServices = Pick<Services, 'db' | 'storage' | 'config' | 'cache'>;

/** Adds slides (PDF, office formats — the library's document formats, checked from their bytes). */
export async function addSlides(
  services: FileServices,
  organiser: SessionUser,
  webinarId: string,
  part: MultipartFile | null,
) {
  const stored = await receiveUpload(services, part, { role: 'document' });
  try {
    return await services.db.transaction(async (tx) => {
      if (!(await lockWebinar(tx, webinarId))) throw notFound();
      const file = await insertWebinarFile(tx, {
        webinarId,
        storageKey: stored.storageKey,
        filename: stored.filename,
        mediaType: stored.mediaType,
        size: stored.size,
        sha256: stored.sha256,
      });
      await audit(tx, {
        actor: { id: organiser.id, name: organiser.name },
        action: 'webinar.file.add',
        subjectType: 'webinar',
        subjectId: webinarId,
        summary: stored.filename,
      });
      return file;
    });
  } catch (err) {
    await services.storage.remove(stored.storageKey).catch(() => {});
    throw err;
  } finally {
    services.cache.invalidate(WEBINAR_CACHE_PREFIX);
  }
}

export async function removeSlides(
  services: FileServices,
  organiser: SessionUser,
  webinarId: string,
  fileId: string,
) {
  const removed = await services.db.transaction(async (tx) => {
    const file = await deleteWebinarFile(tx, webinarId, fileId);
    if (!file) throw new AppError('not_found', 404, 'ui.error.notFound.title');
    await audit(tx, {
      actor: { id: organiser.id, name: organiser.name },
      action: 'webinar.file.remove',
      subjectType: 'webinar',
      subjectId: webinarId,
      summary: file.filename,
    });
    return file;
  });
  await services.storage.remove(removed.storageKey).catch(() => {});
  services.cache.invalidate(WEBINAR_CACHE_PREFIX);
}
