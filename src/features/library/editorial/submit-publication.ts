import { recordRevision } from '../../editorial/revisions/record-revision.ts';
import { publicationSnapshot } from './revisions.ts';
import type { Db } from '../../../core/db/client.ts';
import { AppError } from '../../../core/errors.ts';
import { recordEvent } from '../../../core/events/index.ts';
import type { Services } from '../../../core/services.ts';
import { effectiveRight } from '../../editorial/rights/effective-right.ts';
import { afterTransition, applyTransition } from '../../editorial/workflow/transition.ts';
import type { Actor } from '../../editorial/workflow/rules.ts';
import { checkPublication } from './check-publication.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import type { PublicationInput } from './schemas.ts';
import { insertPublication } from './write-publication.ts';

/**
 * A member proposes a publication: created as a draft with the member as its author and the
 * text they typed as the original language version, then submitted through the editorial
 * workflow in the same transaction — pending review (in no public page, search or count), or
 * published at once when the member's posting rights are "trusted". A blocked member's
 * submission is refused before anything is written.
 */
export async function submitPublication(
  services: Pick<Services, 'db' | 'mailer' | 'cache' | 'workflow' | 'config'>,
  member: Actor,
  input: PublicationInput,
) {
  const db: Db = services.db;
  const publication = { ...input, translations: [], pageCount: undefined };
  if ((await effectiveRight(db, member.id)).level === 'blocked')
    throw new AppError('posting_blocked', 403, 'editorial.error.blocked');
  await checkPublication(db, publication);
  const result = await db.transaction(async (tx) => {
    const { id, slug } = await insertPublication(tx, publication, { status: 'draft', authorId: member.id });
    const duplicates = await findPossibleDuplicates(tx, id);
    await recordEvent(tx, 'publication.submitted', { itemId: id, memberId: member.id });
    await recordRevision(tx, id, publicationSnapshot, member.id);
    const applied = await applyTransition(tx, services, member, id, 'submit');
    return { id, slug, duplicates, applied };
  });
  await afterTransition(services, result.applied);
  return { id: result.id, slug: result.slug, duplicates: result.duplicates, direct: result.applied.direct };
}
