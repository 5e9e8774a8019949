import type { DbOrTx } from '../../core/db/client.ts';
import { audit } from '../../core/audit/index.ts';
import { recordEvent } from '../../core/events/index.ts';

/**
 * Records a change of the taxonomy twice, in the caller's transaction: as the `taxonomy.changed`
 * event (search and caches follow it) and in the audit log (who did what, for the team).
 */
export async function taxonomyChanged(
  tx: DbOrTx,
  change: { action: string; actorId: string; slug: string; termId: number; vocabularyId: string } & Record<
    string,
    unknown
  >,
): Promise<void> {
  await recordEvent(tx, 'taxonomy.changed', change);
  const { actorId, ...details } = change;
  await audit(tx, {
    actor: { id: actorId },
    action: `taxonomy.${change.action}`,
    subjectType: 'term',
    subjectId: String(change.termId),
    summary: `${change.vocabularyId}/${change.slug}`,
    after: details,
  });
}
