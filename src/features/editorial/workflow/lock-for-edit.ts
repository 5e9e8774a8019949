import type { DbOrTx } from '../../../core/db/client.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import type { WorkflowRegistry } from '../../../core/workflow/registry.ts';
import { lockItem } from './repository.ts';

/**
 * Locks an item for a change of its fields and returns it with its type: not found when it
 * (or its type) does not exist, refused when it changed since the editor's form was opened.
 */
export async function lockForEdit(
  tx: DbOrTx,
  workflow: WorkflowRegistry,
  itemId: string,
  expectedVersion?: number,
) {
  const item = await lockItem(tx, itemId);
  const def = item && workflow.get(item.type);
  if (!item || !def) throw notFound();
  if (expectedVersion !== undefined && expectedVersion !== item.version)
    throw new AppError('stale_version', 409, 'editorial.error.stale');
  return { item, def };
}
