import type { Db } from '../../core/db/client.ts';
import type { Locale } from '../../core/i18n/index.ts';
import { renderMarkdown } from '../../core/render/markdown.ts';
import { getItem } from '../content/browse.ts';
import { imageView } from './presenter.ts';
import { memberById } from '../members/repository.ts';
import { authorIdOf, imageOf } from './repository.ts';
import type { ArticleType } from './types.ts';

/** Everything the public page of a published news item or blog post shows (404 otherwise). */
export async function getArticle(db: Db, type: ArticleType, slug: string, locale: Locale) {
  const detail = await getItem(db, type, slug, locale);
  const [authorId, image] = await Promise.all([authorIdOf(db, detail.item.id), imageOf(db, detail.item.id)]);
  // The byline names the member unless they chose to be hidden (then nowhere, metadata included).
  const member = authorId ? await memberById(db, authorId) : null;
  const author = member && member.visibility !== 'hidden' ? member.name : null;
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
