import { audit } from '../../core/audit/index.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { recordEvent } from '../../core/events/index.ts';
import { recordRevision } from '../editorial/revisions/record-revision.ts';
import { checkEvent } from './check-event.ts';
import { lockEvent } from './repository.ts';
import { eventSnapshot } from './revisions.ts';
import type { EventInput } from './schemas.ts';
import { reindexEvent } from './search-index.ts';
import { insertEvent, updateEvent } from './write-event.ts';

/** An editor adds an event: a draft, published when an editor says so through the workflow. */
export async function createEvent(db: Db, editor: { id: string; name: string }, input: EventInput) {
  await checkEvent(db, input);
  return db.transaction(async (tx) => {
    const { id, slug } = await insertEvent(tx, input, { status: 'draft', authorId: editor.id });
    await recordEvent(tx, 'event.created', { itemId: id, editorId: editor.id });
    await recordRevision(tx, id, eventSnapshot, editor.id);
    await audit(tx, {
      actor: editor,
      action: 'content.create',
      subjectType: 'event',
      subjectId: id,
      summary: input.original.title,
    });
    return { id, slug };
  });
}

/**
 * An editor saves an event's fields and translations; its status stays. A save over a newer
 * change than the form was opened at is refused. A published event's search document follows.
 */
export async function saveEvent(
  db: Db,
  editor: { id: string; name: string },
  itemId: string,
  input: EventInput,
  expectedVersion?: number,
) {
  await checkEvent(db, input);
  await db.transaction(async (tx) => {
    const locked = await lockEvent(tx, itemId);
    if (!locked) throw notFound();
    if (expectedVersion !== undefined && locked.version !== expectedVersion)
      throw new AppError('stale_version', 409, 'editorial.error.stale');
    await updateEvent(tx, itemId, input);
    await reindexEvent(tx, itemId);
    await recordEvent(tx, 'event.updated', { itemId, editorId: editor.id });
    await recordRevision(tx, itemId, eventSnapshot, editor.id);
    await audit(tx, {
      actor: editor,
      action: 'content.update',
      subjectType: 'event',
      subjectId: itemId,
      summary: input.original.title,
    });
  });
}
