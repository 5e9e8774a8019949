import type { Db } from '../../core/db/client.ts';
import { taxonomyChanged } from './audit-change.ts';
import { isUniqueViolation, requireVocabulary } from './lookup.ts';
import {
  findTerm,
  insertTerm,
  lockVocabulary,
  nextPosition,
  saveTermLabels,
  slugExists,
} from './repository.ts';
import { type AddTermInput, fieldError, labelsFrom } from './schemas.ts';

/** An editor adds a term to a vocabulary, at the end of its siblings, with its labels. */
export async function addTerm(db: Db, actorId: string, vocabularyId: string, input: AddTermInput) {
  return db.transaction(async (tx) => {
    const vocab = await requireVocabulary(tx, vocabularyId);
    await lockVocabulary(tx, vocabularyId);
    if (await slugExists(tx, vocabularyId, input.slug))
      throw fieldError('slug', 'slug_taken', 'taxonomy.error.slugTaken');

    let parentId: number | null = null;
    if (input.parentId !== undefined) {
      const parent = await findTerm(tx, input.parentId);
      if (!vocab.isTree || !parent || parent.vocabularyId !== vocabularyId || parent.status !== 'active')
        throw fieldError('parentId', 'invalid_parent', 'taxonomy.error.parentInvalid');
      parentId = parent.id;
    }

    const position = await nextPosition(tx, vocabularyId, parentId);
    const created = await insertTerm(tx, { vocabularyId, slug: input.slug, parentId, position }).catch(
      (err: unknown) => {
        throw isUniqueViolation(err) ? fieldError('slug', 'slug_taken', 'taxonomy.error.slugTaken') : err;
      },
    );
    await saveTermLabels(tx, created.id, labelsFrom(input).set, []);
    await taxonomyChanged(tx, {
      action: 'added',
      vocabularyId,
      termId: created.id,
      slug: created.slug,
      parentId,
      actorId,
    });
    return created;
  });
}
