import type { Db } from '../../core/db/client.ts';
import { taxonomyChanged } from './audit-change.ts';
import { requireTerm } from './lookup.ts';
import { countActiveChildren, findTerm, setStatus } from './repository.ts';
import { conflict } from './schemas.ts';

/**
 * An editor retires a term: it is no longer offered for new classification, but content keeps it
 * and detail pages still show its label. A term with active children is retired after them.
 */
export async function retireTerm(db: Db, actorId: string, vocabularyId: string, termId: number) {
  await db.transaction(async (tx) => {
    const row = await requireTerm(tx, vocabularyId, termId);
    if (row.status === 'retired') return;
    if ((await countActiveChildren(tx, row.id)) > 0)
      throw conflict('has_active_children', 'taxonomy.error.hasActiveChildren');
    await setStatus(tx, row.id, 'retired', null);
    await taxonomyChanged(tx, {
      action: 'retired',
      vocabularyId,
      termId: row.id,
      slug: row.slug,
      actorId,
    });
  });
}

/** An editor brings a retired term back. A merged term stays merged; a term under a retired parent waits for it. */
export async function reactivateTerm(db: Db, actorId: string, vocabularyId: string, termId: number) {
  await db.transaction(async (tx) => {
    const row = await requireTerm(tx, vocabularyId, termId);
    if (row.status === 'active') return;
    if (row.mergedIntoId !== null) throw conflict('merged', 'taxonomy.error.reactivateMerged');
    const parent = row.parentId === null ? null : await findTerm(tx, row.parentId);
    if (parent && parent.status !== 'active')
      throw conflict('parent_retired', 'taxonomy.error.parentRetired');
    await setStatus(tx, row.id, 'active', null);
    await taxonomyChanged(tx, {
      action: 'reactivated',
      vocabularyId,
      termId: row.id,
      slug: row.slug,
      actorId,
    });
  });
}
