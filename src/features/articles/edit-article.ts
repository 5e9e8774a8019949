import { audit } from '../../core/audit/index.ts';
import type { Db } from '../../core/db/client.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { recordEvent } from '../../core/events/index.ts';
import { recordRevision } from '../editorial/revisions/record-revision.ts';
import type { Actor } from '../editorial/workflow/rules.ts';
import { checkArticle } from './check-article.ts';
import { articleForEdit, lockArticle } from './repository.ts';
import { articleSnapshot } from './revisions.ts';
import type { ArticleInput } from './schemas.ts';
import { reindexArticle } from './search-index.ts';
import type { ArticleType } from './types.ts';
import { insertArticle, updateArticle } from './write-article.ts';

/** An editor writes a news item or blog post: it starts as a draft, published when they say so. */
export async function createArticle(db: Db, editor: Actor, type: ArticleType, input: ArticleInput) {
  await checkArticle(db, input);
  return db.transaction(async (tx) => {
    const { id, slug } = await insertArticle(tx, type, input, { authorId: editor.id });
    await reindexArticle(tx, id);
    await recordEvent(tx, `${type}.created`, { itemId: id, editorId: editor.id });
    await recordRevision(tx, id, articleSnapshot, editor.id);
    await audit(tx, {
      actor: editor,
      action: 'content.create',
      subjectType: type,
      subjectId: id,
      summary: input.original.title,
    });
    return { id, slug };
  });
}

/** States in which the member who wrote an item may still revise it. */
export const REVISABLE: readonly string[] = ['draft', 'changes_requested'];

/**
 * Saves an item's original text and classification: an editor at any time (a published item's
 * search document follows at once), the member who wrote it while it is a draft or changes
 * were asked for. A form opened before someone else's change is refused, not applied.
 */
export async function saveArticle(
  db: Db,
  actor: Actor,
  itemId: string,
  input: ArticleInput,
  expectedVersion?: number,
) {
  const current = await articleForEdit(db, itemId);
  if (!current) throw notFound();
  const editor = actor.role === 'editor' || actor.role === 'admin';
  if (!editor && current.item.authorId !== actor.id) throw notFound();
  await checkArticle(db, input, { currentLicence: current.item.licence });
  await db.transaction(async (tx) => {
    const locked = await lockArticle(tx, itemId);
    if (!locked) throw notFound();
    if (!editor && !REVISABLE.includes(locked.status))
      throw new AppError('not_revisable', 409, 'articles.error.locked');
    if (expectedVersion !== undefined && locked.version !== expectedVersion)
      throw new AppError('stale_version', 409, 'editorial.error.stale');
    const fresh = await articleForEdit(tx, itemId);
    if (!fresh) throw notFound();
    await updateArticle(tx, fresh, input);
    await reindexArticle(tx, itemId);
    await recordEvent(tx, `${locked.type}.updated`, { itemId, actorId: actor.id });
    await recordRevision(tx, itemId, articleSnapshot, actor.id);
    await audit(tx, {
      actor,
      action: 'content.update',
      subjectType: locked.type,
      subjectId: itemId,
      summary: input.original.title,
    });
  });
}
