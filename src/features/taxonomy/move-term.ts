import type { Db } from '../../core/db/client.ts';
import { taxonomyChanged } from './audit-change.ts';
import { requireTerm, requireVocabulary } from './lookup.ts';
import { findTerm, setParentAndPosition, subtreeIds } from './repository.ts';
import { fieldError, type MoveTermInput } from './schemas.ts';

/**
 * An editor moves a term under another parent (or to the top level) and/or changes its position
 * among its siblings. A term can never end up below itself.
 */
export async function moveTerm(
  db: Db,
  actorId: string,
  vocabularyId: string,
  termId: number,
  input: MoveTermInput,
) {
  await db.transaction(async (tx) => {
    const vocab = await requireVocabulary(tx, vocabularyId);
    const row = await requireTerm(tx, vocabularyId, termId);
    if (row.mergedIntoId !== null) throw fieldError('parentId', 'merged', 'taxonomy.error.termMerged');

    let parentId: number | null = null;
    if (input.parentId !== undefined) {
      const parent = await findTerm(tx, input.parentId);
      if (!vocab.isTree || !parent || parent.vocabularyId !== vocabularyId || parent.status !== 'active')
        throw fieldError('parentId', 'invalid_parent', 'taxonomy.error.parentInvalid');
      if ((await subtreeIds(tx, row.id)).includes(parent.id))
        throw fieldError('parentId', 'cycle', 'taxonomy.error.cycle');
      parentId = parent.id;
    }

    if (parentId === row.parentId && input.position === row.position) return;
    await setParentAndPosition(tx, row.id, parentId, input.position);
    await taxonomyChanged(tx, {
      action: 'moved',
      vocabularyId,
      termId: row.id,
      slug: row.slug,
      from: { parentId: row.parentId, position: row.position },
      to: { parentId, position: input.position },
      actorId,
    });
  });
}
