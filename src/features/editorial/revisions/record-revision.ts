import { isDeepStrictEqual } from 'node:util';
import type { DbOrTx } from '../../../core/db/client.ts';
import type { WorkflowType } from '../../../core/workflow/registry.ts';
import { insertRevision, latestRevision } from './repository.ts';

/**
 * Saves the item's fields as its next revision, in the caller's transaction (which holds the
 * item's row lock, so numbers never collide). A save that changed nothing adds no revision.
 */
export async function recordRevision(
  tx: DbOrTx,
  itemId: string,
  snapshotOf: WorkflowType['snapshot'],
  actorId: string | null,
  note: string | null = null,
): Promise<number | null> {
  const snapshot = await snapshotOf(tx, itemId);
  const last = await latestRevision(tx, itemId);
  if (last && isDeepStrictEqual(last.snapshot, snapshot)) return null;
  const number = (last?.number ?? 0) + 1;
  await insertRevision(tx, { itemId, number, snapshot, actorId, note });
  return number;
}
