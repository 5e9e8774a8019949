import type { Locale } from '../../core/i18n/index.ts';
import type { Services } from '../../core/services.ts';
import { type ArticleImageView, imageView } from './presenter.ts';
import { latestPublished } from './repository.ts';
import type { ArticleType } from './types.ts';

export const LATEST_CACHE_PREFIX = 'articles:latest:';

export interface LatestArticle {
  id: string;
  title: string;
  summary: string | null;
  slug: string;
  /** The language the title and summary are in (the reader's, else the original). */
  locale: string;
  publishedAt: Date;
  /** Public URL of the item's page. */
  href: string;
  image: ArticleImageView | null;
}

/**
 * The newest published news items (or blog posts) in the reader's language, with their lead
 * image ready for <ArticleImage>: for the home page. Cached briefly; a publication clears it.
 */
export function latestArticles(
  services: Pick<Services, 'db' | 'cache' | 'config'>,
  locale: Locale,
  limit: number,
  type: ArticleType = 'news',
): Promise<LatestArticle[]> {
  return services.cache.get(
    `${LATEST_CACHE_PREFIX}${type}:${locale}:${limit}`,
    services.config.CACHE_TTL_MS,
    async () => {
      const rows = await latestPublished(services.db, type, locale, limit);
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        summary: r.summary,
        slug: r.slug,
        locale: r.shown_locale,
        publishedAt: new Date(r.published_at),
        href: `/${locale}/${type}/${r.slug}`,
        image: r.image ? imageView(r.image) : null,
      }));
    },
  );
}
