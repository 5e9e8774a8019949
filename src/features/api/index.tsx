import type { Feature } from '../../app.ts';
import type { Services } from '../../core/services.ts';

/** The public read API under /api/v1, its OpenAPI description and reference page, and API keys. */
export function createApi(_services: Services): Feature {
  return {};
}
