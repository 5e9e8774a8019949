import type { MultipartFile } from '@fastify/multipart';
import type { DbOrTx } from '../../../core/db/client.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { recordEvent } from '../../../core/events/index.ts';
import type { Services } from '../../../core/services.ts';
import { addPublicationFile, publicationFiles, receiveUpload } from '../files/index.tsx';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import { submissionOf } from './repository.ts';

/** Documents a member may attach to one pending submission. */
export const SUBMISSION_FILES_MAX = 5;
/** States in which the submitter may still attach documents (before and during review, and when asked for changes). */
export const ATTACHABLE: readonly string[] = ['draft', 'submitted', 'changes_requested'];

/**
 * A member attaches the document to their pending submission: streamed, checked from its
 * bytes and size-capped by the files part, then the possible duplicates are looked for again
 * (the same file may already be in the library). Nothing is read when the member may not.
 */
export async function attachSubmissionFile(
  services: Pick<Services, 'db' | 'storage' | 'config' | 'jobs' | 'logger'>,
  memberId: string,
  itemId: string,
  part: MultipartFile | null,
) {
  const { db } = services;
  // Checked before any byte is read, and again once the publication is locked: an editor may
  // publish it, or another upload fill it, while this one streams in.
  const mayAttach = async (tx: DbOrTx) => {
    const submission = await submissionOf(tx, itemId, memberId, 'en');
    if (!submission) throw notFound();
    if (!ATTACHABLE.includes(submission.status))
      throw new AppError('not_pending', 409, 'libraryEditorial.error.notPending', 'file');
    const documents = (await publicationFiles(tx, itemId)).filter((f) => f.role === 'document');
    if (documents.length >= SUBMISSION_FILES_MAX)
      throw new AppError('too_many_files', 409, 'libraryEditorial.error.tooManyFiles', 'file', {
        max: SUBMISSION_FILES_MAX,
      });
  };
  await mayAttach(db);
  const stored = await receiveUpload(services, part, { role: 'document' });
  const file = await addPublicationFile(services, itemId, stored, mayAttach);
  const duplicates = await db.transaction(async (tx) => {
    const found = await findPossibleDuplicates(tx, itemId);
    await recordEvent(tx, 'publication.fileAttached', { itemId, memberId, fileId: file.id });
    return found;
  });
  return { file, duplicates };
}
