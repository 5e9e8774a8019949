import { recordRevision } from '../../editorial/revisions/record-revision.ts';
import { publicationSnapshot } from './revisions.ts';
import type { Db } from '../../../core/db/client.ts';
import { audit } from '../../../core/audit/index.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { recordEvent } from '../../../core/events/index.ts';
import { reindexPublication } from '../search/reindex.ts';
import { checkPublication } from './check-publication.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import { lockPublication, publicationForEdit } from './repository.ts';
import type { PublicationInput } from './schemas.ts';
import { updatePublication } from './write-publication.ts';

/**
 * An editor saves a publication's fields and translations. Its status does not change; a
 * published item's search document follows the new fields at once. With `expectedVersion`
 * (the version the editor's form was opened at), a save over someone else's newer change is
 * refused: nothing is overwritten silently.
 */
export async function savePublication(
  db: Db,
  editor: { id: string; name: string },
  itemId: string,
  input: PublicationInput,
  expectedVersion?: number,
) {
  const current = await publicationForEdit(db, itemId);
  if (!current) throw notFound();
  await checkPublication(db, input, { currentLicence: current.item.licence });
  return db.transaction(async (tx) => {
    const locked = await lockPublication(tx, itemId);
    if (!locked) throw notFound();
    if (expectedVersion !== undefined && locked.version !== expectedVersion)
      throw new AppError('stale_version', 409, 'editorial.error.stale');
    await updatePublication(tx, itemId, input);
    const duplicates = await findPossibleDuplicates(tx, itemId);
    await reindexPublication(tx, itemId);
    await recordEvent(tx, 'publication.updated', { itemId, editorId: editor.id });
    await recordRevision(tx, itemId, publicationSnapshot, editor.id);
    await audit(tx, {
      actor: editor,
      action: 'content.update',
      subjectType: 'publication',
      subjectId: itemId,
      summary: input.original.title,
    });
    return { duplicates };
  });
}
