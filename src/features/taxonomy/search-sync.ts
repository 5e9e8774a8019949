import { reindexDocumentsWithTerms } from '../../core/search/index.ts';
import type { Services } from '../../core/services.ts';
import { subtreeIds } from './repository.ts';

/**
 * Search documents hold term ids with their ancestors (and countries' regions and income
 * groups), so a merge or a move makes some of them stale: every kind's documents carrying the
 * moved subtree or the merged term are rebuilt. An event subscriber, idempotent.
 */
export function reindexSearchAfterChanges({
  db,
  events,
  search,
}: Pick<Services, 'db' | 'events' | 'search'>) {
  events.subscribe('taxonomy.changed', 'search.reindex-after-taxonomy', async (event) => {
    const { action, termId, targetId } = event.payload as {
      action?: string;
      termId?: number;
      targetId?: number;
    };
    if (action !== 'merged' && action !== 'moved') return;
    const roots = [termId, targetId].filter((id): id is number => Number.isInteger(id));
    const terms = [...new Set((await Promise.all(roots.map((id) => subtreeIds(db, id)))).flat())];
    await reindexDocumentsWithTerms(db, search, terms);
  });
}
