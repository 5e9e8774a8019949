import { FEATURED_CACHE_PREFIX } from '../featured/manage-featured.ts';
import { audit, type AuditActor } from '../../../core/audit/index.ts';
import { notFound } from '../../../core/errors.ts';
import type { Services } from '../../../core/services.ts';
import { lockForEdit } from '../workflow/lock-for-edit.ts';
import { recordRevision } from './record-revision.ts';
import { revisionOf } from './repository.ts';

/**
 * An editor brings back an earlier revision's fields. The state does not change; the restored
 * fields become a new revision (history is never rewritten) and the public read models follow.
 */
export async function restoreRevision(
  services: Pick<Services, 'db' | 'workflow' | 'cache'>,
  actor: AuditActor,
  itemId: string,
  number: number,
  expectedVersion?: number,
): Promise<number | null> {
  const result = await services.db.transaction(async (tx) => {
    const { item, def } = await lockForEdit(tx, services.workflow, itemId, expectedVersion);
    const snapshot = await revisionOf(tx, itemId, number);
    if (!snapshot) throw notFound();
    await def.restore(tx, itemId, snapshot);
    await def.afterStatusChange(tx, itemId);
    const created = await recordRevision(tx, itemId, def.snapshot, actor.id, `restore:${number}`);
    await audit(tx, {
      actor,
      action: 'content.restore',
      subjectType: item.type,
      subjectId: itemId,
      summary: item.title,
      after: { restoredRevision: number, newRevision: created },
    });
    return { created, prefixes: def.cachePrefixes, published: item.status === 'published' };
  });
  if (result.published)
    for (const p of [...result.prefixes, FEATURED_CACHE_PREFIX]) services.cache.invalidate(p);
  return result.created;
}
