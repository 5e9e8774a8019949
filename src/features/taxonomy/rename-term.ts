import type { Db } from '../../core/db/client.ts';
import { taxonomyChanged } from './audit-change.ts';
import { requireTerm } from './lookup.ts';
import { saveTermLabels, touchTerm } from './repository.ts';
import { labelsFrom, type RenameTermInput } from './schemas.ts';

/**
 * An editor renames or translates a term: the label and description in each language. A language
 * left empty loses its label, and readers of that language then see the English one.
 */
export async function renameTerm(
  db: Db,
  actorId: string,
  vocabularyId: string,
  termId: number,
  input: RenameTermInput,
) {
  await db.transaction(async (tx) => {
    const row = await requireTerm(tx, vocabularyId, termId);
    const { set, remove } = labelsFrom(input);
    await saveTermLabels(tx, row.id, set, remove);
    await touchTerm(tx, row.id);
    await taxonomyChanged(tx, {
      action: 'renamed',
      vocabularyId,
      termId: row.id,
      slug: row.slug,
      locales: set.map((l) => l.locale),
      actorId,
    });
  });
}
