import { audit, type AuditActor } from '../../../core/audit/index.ts';
import { bumpVersion } from '../../editorial/translations/repository.ts';
import { recordEvent } from '../../../core/events/index.ts';
import type { DbOrTx } from '../../../core/db/client.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import { reindexPublication } from '../search/reindex.ts';
import { EXTRACT_TEXT_JOB } from './extract-text.ts';
import { discardUpload, type StoredUpload } from './receive-upload.ts';
import {
  deleteCovers,
  insertFile,
  itemHasHash,
  lockPublication,
  nextPosition,
  type PublicationFileRow,
} from './repository.ts';

type FileServices = Pick<Services, 'db' | 'storage' | 'jobs' | 'logger'>;

/**
 * Attaches a stored upload to a publication, in one transaction with its reindexing. A PDF
 * document waits for text extraction (the job is queued after the commit); other formats have
 * no text to read. A new cover replaces the previous one. The same bytes twice on one
 * publication are refused. When nothing is attached, the upload is removed from storage.
 *
 * `precondition` runs in the transaction right after the publication's row is locked, so what it
 * checks (its status, its files) cannot change until the file is attached; when it throws,
 * nothing is attached and the upload is discarded.
 */
export async function addPublicationFile(
  services: FileServices,
  itemId: string,
  stored: StoredUpload,
  precondition?: (tx: DbOrTx) => Promise<void>,
  /** The editor adding it (audited); a member's attachment goes through the workflow instead. */
  actor?: AuditActor,
): Promise<PublicationFileRow> {
  const { db, storage, jobs, logger } = services;
  const { role } = stored;
  let replaced: PublicationFileRow[] = [];
  let file: PublicationFileRow;
  try {
    file = await db.transaction(async (tx) => {
      if (!(await lockPublication(tx, itemId))) throw notFound();
      await precondition?.(tx);
      if (await itemHasHash(tx, itemId, stored.sha256))
        throw new AppError('already_attached', 409, 'libraryFiles.error.alreadyAttached', 'file');
      if (role === 'cover') replaced = await deleteCovers(tx, itemId);
      const row = await insertFile(tx, {
        itemId,
        role,
        storageKey: stored.storageKey,
        filename: stored.filename,
        mediaType: stored.mediaType,
        size: stored.size,
        sha256: stored.sha256,
        textStatus: role === 'document' && stored.mediaType === 'application/pdf' ? 'pending' : 'none',
        position: await nextPosition(tx, itemId),
      });
      await reindexPublication(tx, itemId);
      await recordEvent(tx, 'publication.fileAdded', { itemId, fileId: row.id, role });
      // A new file is a change: forms opened before it can no longer decide or save blind.
      await bumpVersion(tx, itemId);
      if (actor)
        await audit(tx, {
          actor,
          action: 'content.file.add',
          subjectType: 'publication',
          subjectId: itemId,
          summary: stored.filename,
          after: {
            fileId: row.id,
            role,
            mediaType: stored.mediaType,
            size: stored.size,
            sha256: stored.sha256,
          },
        });
      return row;
    });
  } catch (err) {
    await discardUpload(services, stored);
    throw err;
  }
  for (const old of replaced) {
    await storage
      .remove(old.storageKey)
      .catch((err) => logger.warn({ err, fileId: old.id }, 'cover bytes left'));
  }
  if (file.textStatus === 'pending') await jobs.send(EXTRACT_TEXT_JOB, { fileId: file.id });
  return file;
}
