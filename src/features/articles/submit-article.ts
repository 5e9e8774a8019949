import type { Db } from '../../core/db/client.ts';
import { AppError } from '../../core/errors.ts';
import { recordEvent } from '../../core/events/index.ts';
import type { Services } from '../../core/services.ts';
import { recordRevision } from '../editorial/revisions/record-revision.ts';
import { effectiveRight } from '../editorial/rights/effective-right.ts';
import type { Actor } from '../editorial/workflow/rules.ts';
import { afterTransition, applyTransition } from '../editorial/workflow/transition.ts';
import { checkArticle } from './check-article.ts';
import { articleSnapshot } from './revisions.ts';
import type { ArticleInput } from './schemas.ts';
import type { ArticleType } from './types.ts';
import { insertArticle } from './write-article.ts';

/**
 * A member proposes a news item or blog post: created as a draft with the member as its author,
 * then submitted through the editorial workflow in the same transaction — pending review (in
 * no public page or search), or published at once when the member's posting rights are
 * "trusted". A blocked member is refused before anything is written.
 */
export async function submitArticle(
  services: Pick<Services, 'db' | 'mailer' | 'cache' | 'workflow' | 'config'>,
  member: Actor,
  type: ArticleType,
  input: ArticleInput,
) {
  const db: Db = services.db;
  if ((await effectiveRight(db, member.id)).level === 'blocked')
    throw new AppError('posting_blocked', 403, 'editorial.error.blocked');
  await checkArticle(db, input);
  const result = await db.transaction(async (tx) => {
    const { id, slug } = await insertArticle(tx, type, input, { authorId: member.id });
    await recordEvent(tx, `${type}.submitted`, { itemId: id, memberId: member.id });
    await recordRevision(tx, id, articleSnapshot, member.id);
    const applied = await applyTransition(tx, services, member, id, 'submit');
    return { id, slug, applied };
  });
  await afterTransition(services, result.applied);
  return { id: result.id, slug: result.slug, direct: result.applied.direct };
}
