import type { DbOrTx } from '../../core/db/client.ts';
import { indexDocument, removeDocument } from '../../core/search/index.ts';
import type { SearchRegistry } from '../../core/search/registry.ts';
import { termIdsWithAncestors } from '../taxonomy/read.ts';
import { contentForIndex, contentIdsOfType } from './repository.ts';

/** News items are searchable like everything public (publications have their own, richer documents). */
export const NEWS_KIND = 'news';

export function registerNewsSearch(registry: SearchRegistry) {
  registry.register({ kind: NEWS_KIND, path: 'news', label: 'content.news.title', reindex: reindexNews });
}

/** Writes or removes a news item's search document; call it in the transaction that changes it. */
export async function reindexNews(db: DbOrTx, itemId: string): Promise<void> {
  const item = await contentForIndex(db, itemId);
  if (item?.status !== 'published' || item.type !== NEWS_KIND) {
    await removeDocument(db, NEWS_KIND, itemId);
    return;
  }
  await indexDocument(db, {
    kind: NEWS_KIND,
    refId: item.id,
    slug: item.slug,
    originalLocale: item.originalLocale,
    texts: item.translations,
    extra: [{ text: item.organisations.join(', '), weight: 'B' }],
    sortDate: item.publishedAt,
    year: item.publishedAt ? item.publishedAt.getUTCFullYear() : null,
    termIds: await termIdsWithAncestors(db, item.termIds, item.countries),
    countries: item.countries,
    organisationIds: item.organisationIds,
    languages: item.translations.map((t) => t.locale),
  });
}

export async function reindexAllNews(db: DbOrTx, progress?: (done: number, total: number) => void) {
  const ids = await contentIdsOfType(db, NEWS_KIND);
  let done = 0;
  for (const id of ids) {
    await reindexNews(db, id);
    done++;
    if (progress && (done % 50 === 0 || done === ids.length)) progress(done, ids.length);
  }
  return ids.length;
}
