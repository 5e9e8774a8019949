import type { DbOrTx } from '../../core/db/client.ts';
import { markdownToText } from '../../core/render/markdown.ts';
import { indexDocument, removeDocument } from '../../core/search/index.ts';
import { contentForIndex, contentIdsOfType } from '../content/repository.ts';
import { termIdsWithAncestors } from '../taxonomy/read.ts';
import { ARTICLE_TYPES, isArticleType } from './types.ts';

/**
 * Writes or removes a news item's or blog post's search document (kind = its type); call it in
 * the transaction that changes the item. Only published items are searchable; the Markdown
 * body is indexed as its text.
 */
export async function reindexArticle(db: DbOrTx, itemId: string): Promise<void> {
  const item = await contentForIndex(db, itemId);
  if (!item || !isArticleType(item.type)) {
    for (const kind of ARTICLE_TYPES) await removeDocument(db, kind, itemId);
    return;
  }
  if (item.status !== 'published') {
    await removeDocument(db, item.type, itemId);
    return;
  }
  await indexDocument(db, {
    kind: item.type,
    refId: item.id,
    slug: item.slug,
    originalLocale: item.originalLocale,
    texts: item.translations.map((t) => ({ ...t, body: t.body ? markdownToText(t.body) : t.body })),
    extra: [{ text: item.organisations.join(', '), weight: 'B' }],
    sortDate: item.publishedAt,
    year: item.publishedAt ? item.publishedAt.getUTCFullYear() : null,
    termIds: await termIdsWithAncestors(db, item.termIds, item.countries),
    countries: item.countries,
    organisationIds: item.organisationIds,
    languages: item.translations.map((t) => t.locale),
  });
}

/** Rebuilds every news item's and blog post's document (the seed, after an import). */
export async function reindexAllArticles(db: DbOrTx, progress?: (done: number, total: number) => void) {
  const ids = (await Promise.all(ARTICLE_TYPES.map((type) => contentIdsOfType(db, type)))).flat();
  let done = 0;
  for (const id of ids) {
    await reindexArticle(db, id);
    done++;
    if (progress && (done % 50 === 0 || done === ids.length)) progress(done, ids.length);
  }
  return ids.length;
}
