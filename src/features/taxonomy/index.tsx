import type { Feature } from '../../app.ts';
import type { Services } from '../../core/services.ts';

export function createTaxonomy(_services: Services): Feature {
  return {};
}
