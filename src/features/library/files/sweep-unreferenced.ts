import type { Services } from '../../../core/services.ts';
import { referencedKeys } from './repository.ts';

/**
 * Removes stored files that nothing points at (see referencedKeys) and that are older than the
 * grace period: bytes stored just before a crash and never attached, or left by a deleted item.
 * The grace period covers uploads between storing and attaching (seconds in practice).
 */
export async function sweepUnreferencedFiles(
  { db, storage }: Pick<Services, 'db' | 'storage'>,
  olderThanMs: number,
): Promise<number> {
  const keys = await storage.keysOlderThan(olderThanMs);
  let removed = 0;
  for (let i = 0; i < keys.length; i += 500) {
    const batch = keys.slice(i, i + 500);
    const used = await referencedKeys(db, batch);
    for (const key of batch) {
      if (used.has(key)) continue;
      await storage.remove(key);
      removed++;
    }
  }
  return removed;
}
