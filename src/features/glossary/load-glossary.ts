import type { Db } from '../../core/db/client.ts';
import { LOCALES } from '../../core/i18n/index.ts';
import { CONCEPTS, type ConceptSeed } from './data/concepts.ts';
import { countConcepts, lockGlossary } from './repository.ts';
import { saveConcept } from './save-concept.ts';
import type { ConceptInput } from './schemas.ts';

/**
 * Loads the reference glossary into an empty glossary, in one transaction; does nothing when
 * any concept exists (editors own the glossary from then on). Safe at every start, and when
 * several instances start together. Returns the number of concepts added.
 */
export async function loadGlossary(
  db: Db,
  progress?: (done: number, total: number) => void,
): Promise<number> {
  if ((await countConcepts(db)) > 0) return 0;
  return db.transaction(async (tx) => {
    await lockGlossary(tx);
    if ((await countConcepts(tx)) > 0) return 0;
    let done = 0;
    for (const seed of CONCEPTS) {
      await saveConcept(tx, conceptInput(seed));
      done++;
      if (progress && (done % 25 === 0 || done === CONCEPTS.length)) progress(done, CONCEPTS.length);
    }
    return done;
  });
}

/** A reference concept as saveConcept takes it (a synonym equal to the label is dropped). */
export function conceptInput(seed: ConceptSeed): ConceptInput {
  return {
    slug: seed.slug,
    entries: LOCALES.map((locale) => {
      const words = seed[locale];
      const label = words.label.toLocaleLowerCase();
      return {
        locale,
        label: words.label,
        synonyms: words.synonyms.filter((s) => s.toLocaleLowerCase() !== label),
        definition: words.definition,
        source: seed.source[locale],
      };
    }),
  };
}
