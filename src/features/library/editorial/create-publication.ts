import { recordRevision } from '../../editorial/revisions/record-revision.ts';
import { publicationSnapshot } from './revisions.ts';
import type { Db } from '../../../core/db/client.ts';
import { audit } from '../../../core/audit/index.ts';
import { recordEvent } from '../../../core/events/index.ts';
import { reindexPublication } from '../search/reindex.ts';
import { checkPublication } from './check-publication.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import type { PublicationInput } from './schemas.ts';
import { insertPublication } from './write-publication.ts';

/** An editor adds a publication: it starts as a draft, published when the editor says so. */
export async function createPublication(db: Db, editorId: string, input: PublicationInput) {
  await checkPublication(db, input);
  return db.transaction(async (tx) => {
    const { id, slug } = await insertPublication(tx, input, { status: 'draft', authorId: editorId });
    const duplicates = await findPossibleDuplicates(tx, id);
    await reindexPublication(tx, id);
    await recordEvent(tx, 'publication.created', { itemId: id, editorId });
    await recordRevision(tx, id, publicationSnapshot, editorId);
    await audit(tx, {
      actor: { id: editorId },
      action: 'content.create',
      subjectType: 'publication',
      subjectId: id,
      summary: input.original.title,
    });
    return { id, slug, duplicates };
  });
}
