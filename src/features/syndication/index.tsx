import type { Feature } from '../../app.ts';
import type { Services } from '../../core/services.ts';

/** RSS and Atom feeds, the sitemap and robots.txt. */
export function createSyndication(_services: Services): Feature {
  return {};
}
