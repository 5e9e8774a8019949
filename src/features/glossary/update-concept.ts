import type { Db } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import { glossaryChanged } from './audit-change.ts';
import { findConcept } from './repository.ts';
import { saveConcept } from './save-concept.ts';
import { type ConceptForm, entriesFromForm } from './schemas.ts';
import { chooseSlug, isUniqueViolation, slugTakenError } from './slug.ts';

/** An editor changes a concept: its slug and its words in every language, all at once. */
export async function updateConcept(db: Db, actorId: string, id: number, form: ConceptForm) {
  const entries = entriesFromForm(form);
  return db
    .transaction(async (tx) => {
      const current = await findConcept(tx, id, { forUpdate: true });
      if (!current) throw notFound();
      const slug = await chooseSlug(tx, form.slug, entries, current);
      const row = await saveConcept(tx, { slug, entries }, id);
      await glossaryChanged(tx, {
        action: 'updated',
        conceptId: id,
        slug,
        previousSlug: current.slug,
        actorId,
      });
      return row;
    })
    .catch((err: unknown) => {
      throw isUniqueViolation(err) ? slugTakenError() : err;
    });
}
