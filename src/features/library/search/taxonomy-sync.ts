import type { Services } from '../../../core/services.ts';
import { subtreeIds } from '../../taxonomy/read.ts';
import { reindexPublication } from './reindex.ts';
import { publicationsTouchingTerms } from './repository.ts';

const BATCH = 100;

/**
 * Search documents hold term ids with their ancestors (and countries' regions), so a merge
 * or a move in the taxonomy makes some of them stale: rebuild those. Idempotent, as event
 * handlers must be.
 */
export function reindexAfterTaxonomyChanges({ db, events }: Pick<Services, 'db' | 'events'>) {
  events.subscribe('taxonomy.changed', 'library.reindex-after-taxonomy', async (event) => {
    const { action, termId, targetId } = event.payload as {
      action?: string;
      termId?: number;
      targetId?: number;
    };
    if (action !== 'merged' && action !== 'moved') return;
    const roots = [termId, targetId].filter((id): id is number => Number.isInteger(id));
    const terms = [...new Set((await Promise.all(roots.map((id) => subtreeIds(db, id)))).flat())];
    const ids = await publicationsTouchingTerms(db, terms);
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      await db.transaction(async (tx) => {
        for (const id of batch) await reindexPublication(tx, id);
      });
    }
  });
}
