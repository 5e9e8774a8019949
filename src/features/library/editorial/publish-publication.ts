import type { Db } from '../../../core/db/client.ts';
import { notFound } from '../../../core/errors.ts';
import { recordEvent } from '../../../core/events/index.ts';
import { reindexPublication } from '../search/reindex.ts';
import { lockPublication, setPublicationStatus } from './repository.ts';

/**
 * Makes a publication public: status "published", its publication date set the first time,
 * and its search document written in the same transaction. Publishing twice changes nothing.
 */
export async function publishPublication(db: Db, editorId: string, itemId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockPublication(tx, itemId);
    if (!current) throw notFound();
    if (current.status === 'published') return;
    await setPublicationStatus(tx, itemId, 'published');
    await reindexPublication(tx, itemId);
    await recordEvent(tx, 'publication.published', { itemId, editorId, from: current.status });
  });
}
