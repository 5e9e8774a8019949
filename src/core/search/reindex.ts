import type { Db } from '../db/client.ts';
import type { SearchRegistry } from './registry.ts';
import { documentsWithTerms } from './repository.ts';

const BATCH = 100;

/**
 * Rebuilds every search document that carries one of these term ids, through the reindex
 * function of its kind, a hundred per transaction. Idempotent.
 */
export async function reindexDocumentsWithTerms(db: Db, registry: SearchRegistry, termIds: number[]) {
  const docs = await documentsWithTerms(db, termIds);
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = docs.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      for (const d of batch) await registry.get(d.kind)?.reindex?.(tx, d.ref_id);
    });
  }
  return docs.length;
}
