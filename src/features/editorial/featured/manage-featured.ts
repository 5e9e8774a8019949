import { audit, type AuditActor } from '../../../core/audit/index.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import { addFeatured, moveFeatured, publishedItemBySlug, removeFeatured } from './repository.ts';

/** Cache prefix of the home page's featured lists (dropped after every change). */
export const FEATURED_CACHE_PREFIX = 'featured:';

/**
 * An editor features a published item on one locale's home page, at the end of the list,
 * until an optional date (the end of that day, UTC).
 */
export async function featureItem(
  services: Pick<Services, 'db' | 'cache'>,
  actor: AuditActor,
  f: { locale: string; type: string; slug: string; expiresOn?: string },
): Promise<void> {
  const expiresAt = f.expiresOn ? new Date(`${f.expiresOn}T23:59:59Z`) : null;
  if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now()))
    throw new AppError('expiry_in_past', 400, 'editorial.featured.expiryInPast', 'expiresOn');
  await services.db.transaction(async (tx) => {
    const itemId = await publishedItemBySlug(tx, f.type, f.slug);
    if (!itemId) throw new AppError('unknown_item', 400, 'editorial.featured.unknownItem', 'slug');
    if (!(await addFeatured(tx, { locale: f.locale, itemId, expiresAt, createdBy: actor.id })))
      throw new AppError('already_featured', 409, 'editorial.featured.already', 'slug');
    await audit(tx, {
      actor,
      action: 'featured.add',
      subjectType: f.type,
      subjectId: itemId,
      summary: `${f.slug} [${f.locale}]`,
      after: { locale: f.locale, expiresAt: expiresAt?.toISOString() ?? null },
    });
  });
  services.cache.invalidate(FEATURED_CACHE_PREFIX);
}

export async function unfeatureItem(services: Pick<Services, 'db' | 'cache'>, actor: AuditActor, id: number) {
  await services.db.transaction(async (tx) => {
    const row = await removeFeatured(tx, id);
    if (!row) throw notFound();
    await audit(tx, {
      actor,
      action: 'featured.remove',
      subjectType: 'content',
      subjectId: row.itemId,
      summary: `[${row.locale}]`,
    });
  });
  services.cache.invalidate(FEATURED_CACHE_PREFIX);
}

export async function moveFeaturedItem(
  services: Pick<Services, 'db' | 'cache'>,
  actor: AuditActor,
  id: number,
  direction: 'up' | 'down',
) {
  await services.db.transaction(async (tx) => {
    const row = await moveFeatured(tx, id, direction);
    if (!row) throw notFound();
    await audit(tx, {
      actor,
      action: 'featured.move',
      subjectType: 'content',
      subjectId: row.itemId,
      summary: `[${row.locale}] ${direction}`,
    });
  });
  services.cache.invalidate(FEATURED_CACHE_PREFIX);
}
