import type { Db } from '../../core/db/client.ts';
import { glossaryChanged } from './audit-change.ts';
import { saveConcept } from './save-concept.ts';
import { type ConceptForm, entriesFromForm } from './schemas.ts';
import { chooseSlug, isUniqueViolation, slugTakenError } from './slug.ts';

/** An editor adds a concept to the glossary; it is searchable at once. */
export async function createConcept(db: Db, actorId: string, form: ConceptForm) {
  const entries = entriesFromForm(form);
  return db
    .transaction(async (tx) => {
      const slug = await chooseSlug(tx, form.slug, entries);
      const row = await saveConcept(tx, { slug, entries });
      await glossaryChanged(tx, { action: 'created', conceptId: row.id, slug, actorId });
      return row;
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? slugTakenError() : err;
    });
}
