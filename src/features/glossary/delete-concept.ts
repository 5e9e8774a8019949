import type { Db } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import { glossaryChanged } from './audit-change.ts';
import { removeDocument } from '../../core/search/index.ts';
import { deleteConceptRow } from './repository.ts';
import { GLOSSARY_KIND } from './save-concept.ts';

/** An editor deletes a concept: its entries and forms go with it, and it leaves the search index. */
export async function deleteConcept(db: Db, actorId: string, id: number) {
  return db.transaction(async (tx) => {
    const row = await deleteConceptRow(tx, id);
    if (!row) throw notFound();
    await removeDocument(tx, GLOSSARY_KIND, String(id));
    await glossaryChanged(tx, { action: 'deleted', conceptId: id, slug: row.slug, actorId });
    return row;
  });
}
