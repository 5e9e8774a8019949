import type { Db } from '../../../core/db/client.ts';
import { recordEvent } from '../../../core/events/index.ts';
import { reindexPublication } from '../search/reindex.ts';
import { checkPublication } from './check-publication.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import type { PublicationInput } from './schemas.ts';
import { insertPublication } from './write-publication.ts';

/**
 * A member proposes a publication: it is stored as "submitted" — pending until an editor
 * publishes it, so it appears in no public page, search or count — with the member as its
 * author and the text they typed as the original language version.
 */
export async function submitPublication(db: Db, memberId: string, input: PublicationInput) {
  await checkPublication(db, { ...input, translations: [], pageCount: undefined });
  return db.transaction(async (tx) => {
    const { id, slug } = await insertPublication(
      tx,
      { ...input, translations: [], pageCount: undefined },
      { status: 'submitted', authorId: memberId },
    );
    const duplicates = await findPossibleDuplicates(tx, id);
    await reindexPublication(tx, id);
    await recordEvent(tx, 'publication.submitted', { itemId: id, memberId });
    return { id, slug, duplicates };
  });
}
