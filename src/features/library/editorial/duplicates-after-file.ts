import type { Services } from '../../../core/services.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';

/**
 * A document added from the editors' files screen may be one the library already holds: look
 * for possible duplicates again (by its SHA-256 among others). Idempotent — the check replaces
 * the previous findings.
 */
export function recheckDuplicatesOnNewFiles({ db, events }: Pick<Services, 'db' | 'events'>) {
  events.subscribe('publication.fileAdded', 'library.duplicates-after-file', async (event) => {
    const { itemId, role } = event.payload as { itemId?: string; role?: string };
    if (typeof itemId !== 'string' || role !== 'document') return;
    await db.transaction((tx) => findPossibleDuplicates(tx, itemId));
  });
}
