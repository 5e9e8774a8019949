import type { DbOrTx } from '../../core/db/client.ts';
import { notFound } from '../../core/errors.ts';
import { indexDocument } from '../../core/search/index.ts';
import {
  type ConceptRow,
  insertConcept,
  rebuildForms,
  replaceEntries,
  updateConceptSlug,
} from './repository.ts';
import type { ConceptEntryInput, ConceptInput } from './schemas.ts';

/** The kind of glossary concepts in the search index (refId: the concept id). */
export const GLOSSARY_KIND = 'glossary';

/**
 * Writes a concept (a new one without `id`): its slug, its entry in each language (languages not
 * given are removed), its forms with their match keys, and its search document. Run it inside
 * the caller's transaction; a slug already taken surfaces as PostgreSQL's unique violation.
 */
export async function saveConcept(tx: DbOrTx, input: ConceptInput, id?: number): Promise<ConceptRow> {
  const row =
    id === undefined ? await insertConcept(tx, input.slug) : await updateConceptSlug(tx, id, input.slug);
  if (!row) throw notFound();
  await replaceEntries(tx, row.id, input.entries);
  await rebuildForms(tx, row.id, input.entries);
  await indexConcept(tx, row, input.entries);
  return row;
}

/** The concept's search document: one text per language (label, definition, synonyms). */
async function indexConcept(tx: DbOrTx, row: ConceptRow, entries: ConceptEntryInput[]): Promise<void> {
  const original = entries.find((e) => e.locale === 'en') ?? entries[0];
  await indexDocument(tx, {
    kind: GLOSSARY_KIND,
    refId: String(row.id),
    slug: row.slug,
    originalLocale: original?.locale ?? 'en',
    texts: entries.map((e) => ({
      locale: e.locale,
      title: e.label,
      summary: e.definition,
      body: e.synonyms.join(', '),
    })),
    sortDate: row.updatedAt,
    languages: entries.map((e) => e.locale),
  });
}
