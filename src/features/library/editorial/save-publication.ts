import type { Db } from '../../../core/db/client.ts';
import { notFound } from '../../../core/errors.ts';
import { recordEvent } from '../../../core/events/index.ts';
import { reindexPublication } from '../search/reindex.ts';
import { checkPublication } from './check-publication.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import { lockPublication, publicationForEdit } from './repository.ts';
import type { PublicationInput } from './schemas.ts';
import { updatePublication } from './write-publication.ts';

/**
 * An editor saves a publication's fields and translations. Its status does not change; a
 * published item's search document follows the new fields at once.
 */
export async function savePublication(db: Db, editorId: string, itemId: string, input: PublicationInput) {
  const current = await publicationForEdit(db, itemId);
  if (!current) throw notFound();
  await checkPublication(db, input, { currentLicence: current.item.licence });
  return db.transaction(async (tx) => {
    if (!(await lockPublication(tx, itemId))) throw notFound();
    await updatePublication(tx, itemId, input);
    const duplicates = await findPossibleDuplicates(tx, itemId);
    await reindexPublication(tx, itemId);
    await recordEvent(tx, 'publication.updated', { itemId, editorId });
    return { duplicates };
  });
}
