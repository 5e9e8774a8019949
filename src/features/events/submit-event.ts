import type { Db } from '../../core/db/client.ts';
import { AppError } from '../../core/errors.ts';
import { recordEvent } from '../../core/events/index.ts';
import type { Services } from '../../core/services.ts';
import { recordRevision } from '../editorial/revisions/record-revision.ts';
import { effectiveRight } from '../editorial/rights/effective-right.ts';
import { afterTransition, applyTransition } from '../editorial/workflow/transition.ts';
import type { Actor } from '../editorial/workflow/rules.ts';
import { checkEvent } from './check-event.ts';
import { eventSnapshot } from './revisions.ts';
import type { EventInput } from './schemas.ts';
import { insertEvent } from './write-event.ts';

/**
 * A member proposes an event: written as a draft with the member as its author, then submitted
 * through the editorial workflow in the same transaction — pending review (in no public page,
 * feed or search), or published at once for a trusted member. A blocked member writes nothing.
 */
export async function submitEvent(
  services: Pick<Services, 'db' | 'mailer' | 'cache' | 'workflow' | 'config'>,
  member: Actor,
  input: EventInput,
) {
  const db: Db = services.db;
  const event = { ...input, translations: [] };
  if ((await effectiveRight(db, member.id)).level === 'blocked')
    throw new AppError('posting_blocked', 403, 'editorial.error.blocked');
  await checkEvent(db, event);
  const result = await db.transaction(async (tx) => {
    const { id, slug } = await insertEvent(tx, event, { status: 'draft', authorId: member.id });
    await recordEvent(tx, 'event.submitted', { itemId: id, memberId: member.id });
    await recordRevision(tx, id, eventSnapshot, member.id);
    const applied = await applyTransition(tx, services, member, id, 'submit');
    return { id, slug, applied };
  });
  await afterTransition(services, result.applied);
  return { id: result.id, slug: result.slug, direct: result.applied.direct };
}
