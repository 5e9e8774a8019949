import type { Locale } from '../../../core/i18n/index.ts';
import type { Services } from '../../../core/services.ts';
import { publishedByIds } from '../../content/repository.ts';
import { FEATURED_CACHE_PREFIX } from './manage-featured.ts';
import { featuredIds } from './repository.ts';

/** What the home page features in this locale, through the short cache (every reader sees it). */
export function featuredForHome(
  services: Pick<Services, 'db' | 'cache' | 'config'>,
  locale: Locale,
  limit = 4,
) {
  return services.cache.get(`${FEATURED_CACHE_PREFIX}${locale}`, services.config.CACHE_TTL_MS, async () =>
    publishedByIds(services.db, await featuredIds(services.db, locale, limit), locale),
  );
}
