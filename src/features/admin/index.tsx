import type { Feature } from '../../app.ts';
import type { Services } from '../../core/services.ts';

export function createAdmin(_services: Services): Feature {
  return {};
}
