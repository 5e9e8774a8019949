import { recordRevision } from '../../editorial/revisions/record-revision.ts';
import { publicationSnapshot } from './revisions.ts';
import type { Db } from '../../../core/db/client.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { recordEvent } from '../../../core/events/index.ts';
import { reindexPublication } from '../search/reindex.ts';
import { checkPublication } from './check-publication.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import { lockPublication, publicationForEdit } from './repository.ts';
import type { PublicationInput } from './schemas.ts';
import { updatePublication } from './write-publication.ts';

/** States in which a submitter may still change their own item. */
export const REVISABLE = ['draft', 'changes_requested'] as const;

/**
 * The submitter edits their own publication while it is a draft or after the editors asked
 * for changes. Translations added by editors are kept (the member's form only holds the
 * original text). The item's state does not change: resubmitting is its own step.
 */
export async function reviseSubmission(
  db: Db,
  memberId: string,
  itemId: string,
  input: PublicationInput,
  expectedVersion?: number,
) {
  const current = await publicationForEdit(db, itemId);
  if (!current || current.item.authorId !== memberId) throw notFound();
  if (!(REVISABLE as readonly string[]).includes(current.item.status))
    throw new AppError('not_revisable', 409, 'libraryEditorial.revise.locked');
  const kept = current.translations
    .filter((t) => t.locale !== input.original.locale)
    .map((t) => ({
      locale: t.locale,
      title: t.title,
      summary: t.summary ?? undefined,
      body: t.body ?? undefined,
      provenance: t.provenance,
    }));
  const full = { ...input, translations: kept, pageCount: current.fields?.pageCount ?? undefined };
  await checkPublication(db, full, { currentLicence: current.item.licence });
  return db.transaction(async (tx) => {
    const locked = await lockPublication(tx, itemId);
    if (!locked) throw notFound();
    if (!(REVISABLE as readonly string[]).includes(locked.status))
      throw new AppError('not_revisable', 409, 'libraryEditorial.revise.locked');
    // An editor may have changed it since the member opened the form: nothing is overwritten.
    if (expectedVersion !== undefined && expectedVersion !== locked.version)
      throw new AppError('stale_version', 409, 'editorial.error.stale');
    await updatePublication(tx, itemId, full);
    const duplicates = await findPossibleDuplicates(tx, itemId);
    await reindexPublication(tx, itemId);
    await recordEvent(tx, 'publication.revised', { itemId, memberId });
    await recordRevision(tx, itemId, publicationSnapshot, memberId);
    return { duplicates };
  });
}
