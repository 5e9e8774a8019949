import type { Db } from '../../../core/db/client.ts';
import { notFound } from '../../../core/errors.ts';
import { recordEvent } from '../../../core/events/index.ts';
import { reindexPublication } from '../search/reindex.ts';
import { lockPublication, setPublicationStatus } from './repository.ts';

/**
 * Takes a published publication back to draft: out of every page, search and count at once.
 * Its first publication date is kept. Unpublishing an unpublished item changes nothing.
 */
export async function unpublishPublication(db: Db, editorId: string, itemId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await lockPublication(tx, itemId);
    if (!current) throw notFound();
    if (current.status !== 'published') return;
    await setPublicationStatus(tx, itemId, 'draft');
    await reindexPublication(tx, itemId);
    await recordEvent(tx, 'publication.unpublished', { itemId, editorId });
  });
}
