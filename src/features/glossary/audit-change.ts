import type { DbOrTx } from '../../core/db/client.ts';
import { audit } from '../../core/audit/index.ts';
import { recordEvent } from '../../core/events/index.ts';

/**
 * Records a change of the glossary twice, in the caller's transaction: as the `glossary.changed`
 * event (search and caches follow it) and in the audit log (who did what, for the team).
 */
export async function glossaryChanged(
  tx: DbOrTx,
  change: { action: string; actorId: string; slug: string; conceptId: number } & Record<string, unknown>,
): Promise<void> {
  await recordEvent(tx, 'glossary.changed', change);
  const { actorId, ...details } = change;
  await audit(tx, {
    actor: { id: actorId },
    action: `glossary.${change.action}`,
    subjectType: 'concept',
    subjectId: String(change.conceptId),
    summary: change.slug,
    after: details,
  });
}
