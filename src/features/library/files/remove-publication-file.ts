import { audit, type AuditActor } from '../../../core/audit/index.ts';
import { bumpVersion } from '../../editorial/translations/repository.ts';
import { notFound } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import { reindexPublication } from '../search/reindex.ts';
import { deleteFile, fileById, lockPublication, type PublicationFileRow } from './repository.ts';

/**
 * Removes a file from its publication: the row (with its text and download counts) and the
 * reindexing in one transaction, then the stored bytes once that is committed.
 */
export async function removePublicationFile(
  services: Pick<Services, 'db' | 'storage' | 'logger'>,
  fileId: string,
  opts: { itemId?: string; actor?: AuditActor } = {},
): Promise<PublicationFileRow> {
  const { db, storage, logger } = services;
  const removed = await db.transaction(async (tx) => {
    const file = await fileById(tx, fileId);
    if (!file || (opts.itemId && file.itemId !== opts.itemId)) throw notFound();
    await lockPublication(tx, file.itemId);
    const row = await deleteFile(tx, fileId);
    if (!row) throw notFound();
    await reindexPublication(tx, row.itemId);
    await bumpVersion(tx, row.itemId);
    if (opts.actor)
      await audit(tx, {
        actor: opts.actor,
        action: 'content.file.remove',
        subjectType: 'publication',
        subjectId: row.itemId,
        summary: row.filename,
        before: { fileId: row.id, role: row.role, sha256: row.sha256 },
      });
    return row;
  });
  await storage.remove(removed.storageKey).catch((err) => logger.warn({ err, fileId }, 'file bytes left'));
  return removed;
}
