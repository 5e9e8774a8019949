import type { Services } from '../../core/services.ts';
import { deleteUnverifiedBefore } from './repository.ts';

export const UNVERIFIED_RETENTION_DAYS = 30;
export const PURGE_JOB = 'accounts.purge-unverified';

/** Registrations never confirmed are removed after 30 days, as the privacy policy says. */
export async function purgeUnverifiedAccounts({ db, logger }: Services, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNVERIFIED_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const removed = await deleteUnverifiedBefore(db, cutoff);
  if (removed) logger.info({ removed }, 'unverified accounts purged');
  return removed;
}
