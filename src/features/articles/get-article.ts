import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { renderMarkdown } from '../../core/render/markdown.ts';
import { getItem } from '../content/browse.ts';
import { imageView } from './presenter.ts';
import { authorName, imageOf } from './repository.ts';
import type { ArticleType } from './types.ts';

/** Everything the public page of a published news item or blog post shows (404 otherwise). */
export async function getArticle(db: Db, type: ArticleType, slug: string, locale: Locale) {
  const detail = await getItem(db, type, slug, locale);
  const [author, image] = await Promise.all([authorName(db, detail.item.id), imageOf(db, detail.item.id)]);
  return {
    type,
    ...detail,
    originalLocale: detail.item.originalLocale,
    author,
    image: image ? imageView(image) : null,
    html: renderMarkdown(detail.item.body),
  };
}
export type ArticlePage = Awaited<ReturnType<typeof getArticle>>;
