import type { Db } from '../../core/db/client.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { recordEvent } from '../../core/events/index.ts';
import { recordRevision } from '../editorial/revisions/record-revision.ts';
import { checkEvent } from './check-event.ts';
import { lockEvent } from './repository.ts';
import { eventSnapshot } from './revisions.ts';
import type { EventInput } from './schemas.ts';
import { updateEvent } from './write-event.ts';

/** States in which a submitter may still change their own event. */
export const REVISABLE = ['draft', 'changes_requested'] as const;

/**
 * The submitter edits their own event while it is a draft or after the editors asked for
 * changes: only the original text and the event's fields (translations stay the editors').
 * Its state does not change; resubmitting is a workflow step of its own.
 */
export async function reviseEvent(
  db: Db,
  memberId: string,
  itemId: string,
  input: EventInput,
  expectedVersion?: number,
) {
  await checkEvent(db, input);
  await db.transaction(async (tx) => {
    const locked = await lockEvent(tx, itemId);
    if (!locked || locked.authorId !== memberId) throw notFound();
    if (!(REVISABLE as readonly string[]).includes(locked.status))
      throw new AppError('not_revisable', 409, 'events.error.notRevisable');
    if (expectedVersion !== undefined && expectedVersion !== locked.version)
      throw new AppError('stale_version', 409, 'editorial.error.stale');
    await updateEvent(tx, itemId, { ...input, translations: [] }, [input.original.locale]);
    await recordEvent(tx, 'event.revised', { itemId, memberId });
    await recordRevision(tx, itemId, eventSnapshot, memberId);
  });
}
