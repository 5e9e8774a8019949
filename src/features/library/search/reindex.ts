import type { DbOrTx } from '../../../core/db/client.ts';
import { indexDocument, removeDocument } from '../../../core/search/index.ts';
import { termIdsWithAncestors } from '../../taxonomy/read.ts';
import { publicationForIndex, publicationIds } from './repository.ts';

export const PUBLICATION_KIND = 'publication';

/**
 * Brings one publication's search document up to date: written when it is published,
 * removed otherwise. Call it in the same transaction as any change to the publication,
 * its translations, classification, organisations or files.
 */
export async function reindexPublication(db: DbOrTx, itemId: string): Promise<void> {
  const p = await publicationForIndex(db, itemId);
  if (p?.status !== 'published') {
    await removeDocument(db, PUBLICATION_KIND, itemId);
    return;
  }
  const termIds = await termIdsWithAncestors(db, p.termIds, p.countries);
  const docLocale = p.languages[0] ?? p.originalLocale;
  await indexDocument(db, {
    kind: PUBLICATION_KIND,
    refId: p.id,
    slug: p.slug,
    originalLocale: p.originalLocale,
    texts: p.translations,
    extra: [
      { text: p.authors.join(', '), weight: 'B' },
      { text: p.organisations.join(', '), weight: 'B' },
      ...p.fileTexts.map((text) => ({ text, weight: 'D' as const, locale: docLocale })),
    ],
    sortDate: p.issuedOn ? new Date(p.issuedOn) : p.year ? new Date(Date.UTC(p.year, 0, 1)) : p.publishedAt,
    year: p.year,
    termIds,
    countries: p.countries,
    organisationIds: p.organisationIds,
    languages: p.languages.length ? p.languages : [p.originalLocale],
  });
}

/** Rebuilds the search documents of every publication (seed, imports, after a taxonomy merge). */
export async function reindexAllPublications(db: DbOrTx, progress?: (done: number, total: number) => void) {
  const ids = await publicationIds(db);
  let done = 0;
  for (const id of ids) {
    await reindexPublication(db, id);
    done++;
    if (progress && (done % 50 === 0 || done === ids.length)) progress(done, ids.length);
  }
  return ids.length;
}
