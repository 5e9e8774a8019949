import type { Db } from '../../core/db/client.ts';
import { taxonomyChanged } from './audit-change.ts';
import { requireTerm } from './lookup.ts';
import {
  findTerm,
  lockTerms,
  moveContentTerms,
  moveCountryGroups,
  moveInterests,
  redirectMerged,
  reparentChildren,
  setParentAndPosition,
  setStatus,
  subtreeIds,
} from './repository.ts';
import { fieldError } from './schemas.ts';

/**
 * An editor merges a duplicate (source) into the term to keep (target). Everything that pointed at
 * the source points at the target afterwards — content, members' interests, countries' groups,
 * terms merged earlier, child terms — and the source is retired with `merged_into_id` set, so its
 * old slug still resolves. Nothing classified with the source loses its classification.
 */
export async function mergeTerms(
  db: Db,
  actorId: string,
  vocabularyId: string,
  sourceId: number,
  targetId: number,
) {
  return db.transaction(async (tx) => {
    await lockTerms(tx, [sourceId, targetId]);
    const source = await requireTerm(tx, vocabularyId, sourceId);
    if (source.mergedIntoId !== null) throw fieldError('targetId', 'merged', 'taxonomy.error.termMerged');
    if (targetId === source.id) throw fieldError('targetId', 'merge_self', 'taxonomy.error.mergeSelf');
    const target = await findTerm(tx, targetId);
    if (!target || target.vocabularyId !== vocabularyId || target.status !== 'active')
      throw fieldError('targetId', 'invalid_target', 'taxonomy.error.mergeTarget');

    // Merging a term into one of its own descendants: lift the target to the source's place first,
    // so re-parenting the source's children cannot close a loop.
    if ((await subtreeIds(tx, source.id)).includes(target.id))
      await setParentAndPosition(tx, target.id, source.parentId, source.position);
    await reparentChildren(tx, source.id, target.id);

    const contentMoved = await moveContentTerms(tx, source.id, target.id);
    const interestsMoved = await moveInterests(tx, source.id, target.id);
    await moveCountryGroups(tx, source.id, target.id);
    await redirectMerged(tx, source.id, target.id);
    await setStatus(tx, source.id, 'retired', target.id);
    await taxonomyChanged(tx, {
      action: 'merged',
      vocabularyId,
      termId: source.id,
      slug: source.slug,
      targetId: target.id,
      targetSlug: target.slug,
      contentMoved,
      interestsMoved,
      actorId,
    });
    return { contentMoved, interestsMoved };
  });
}
