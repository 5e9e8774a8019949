import type { Services } from '../../core/services.ts';
import { countView } from './repository.ts';

/**
 * Counts a view of a public page without making the reader wait: the write runs after the
 * answer and a failure is only logged (a lost count is better than a slow or failed page).
 */
export function countViewLater(services: Pick<Services, 'db' | 'logger'>, itemId: string): void {
  countView(services.db, itemId).catch((err) => services.logger.warn({ err, itemId }, 'view not counted'));
}
