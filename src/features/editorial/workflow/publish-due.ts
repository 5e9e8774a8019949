import { FEATURED_CACHE_PREFIX } from '../featured/manage-featured.ts';
import { audit } from '../../../core/audit/index.ts';
import { recordEvent } from '../../../core/events/index.ts';
import type { Services } from '../../../core/services.ts';
import { queueDecisionMail } from './notify.ts';
import { dueScheduled, insertTransition, lockItem, setState } from './repository.ts';

export const PUBLISH_DUE_JOB = 'editorial.publish-scheduled';

/**
 * Publishes the scheduled items whose time has come (a job every minute). Each item in its own
 * transaction, re-checked under its lock: one unscheduled meanwhile is left alone. The platform
 * is the actor of record; the submitter is told as for any publication.
 */
export async function publishDue(
  services: Pick<Services, 'db' | 'mailer' | 'cache' | 'workflow' | 'config'>,
  now = new Date(),
): Promise<number> {
  let published = 0;
  const prefixes = new Set<string>();
  for (const id of await dueScheduled(services.db, now, 200)) {
    const done = await services.db.transaction(async (tx) => {
      const item = await lockItem(tx, id);
      const def = item && services.workflow.get(item.type);
      if (!item || !def || item.status !== 'scheduled' || !item.scheduledFor || item.scheduledFor > now)
        return false;
      await setState(tx, id, 'published', {});
      await insertTransition(tx, {
        itemId: id,
        action: 'publish_scheduled',
        from: 'scheduled',
        to: 'published',
        actorId: null,
        message: null,
      });
      await audit(tx, {
        actor: null,
        action: 'content.publish_scheduled',
        subjectType: item.type,
        subjectId: id,
        summary: item.title,
        before: { status: 'scheduled' },
        after: { status: 'published' },
      });
      await def.afterStatusChange(tx, id);
      await recordEvent(tx, 'content.publish_scheduled', {
        itemId: id,
        type: item.type,
        from: 'scheduled',
        actorId: null,
      });
      if (item.ownerId)
        await queueDecisionMail(tx, services, {
          item,
          ownerId: item.ownerId,
          action: 'publish',
          message: null,
        });
      for (const p of def.cachePrefixes) prefixes.add(p);
      return true;
    });
    if (done) published++;
  }
  if (published) {
    await services.mailer.kick();
    for (const p of [...prefixes, FEATURED_CACHE_PREFIX]) services.cache.invalidate(p);
  }
  return published;
}
