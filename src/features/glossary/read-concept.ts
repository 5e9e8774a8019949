import type { DbOrTx } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import { LOCALES, type Locale } from '../../core/i18n/index.ts';
import { entryFor } from './presenter.ts';
import { entriesOf, findConcept, findConceptBySlug } from './repository.ts';

/** One concept for its public page: the reader's entry (or a fallback) and the other languages. */
export async function readConcept(db: DbOrTx, slug: string, locale: Locale) {
  const concept = await findConceptBySlug(db, slug);
  if (!concept) throw notFound();
  const entries = await entriesOf(db, concept.id);
  const shown = entryFor(entries, locale);
  if (!shown) throw notFound();
  return {
    concept,
    shown,
    others: entries.filter((e) => e !== shown),
    missing: LOCALES.filter((l) => !entries.some((e) => e.locale === l)),
  };
}
export type ConceptDetail = Awaited<ReturnType<typeof readConcept>>;

/** One concept with every language, for the editor's form. */
export async function conceptForEditing(db: DbOrTx, id: number) {
  const concept = await findConcept(db, id);
  if (!concept) throw notFound();
  return { concept, entries: await entriesOf(db, id) };
}
export type ConceptForEditing = Awaited<ReturnType<typeof conceptForEditing>>;
