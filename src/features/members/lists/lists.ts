import { z } from 'zod';
import { AppError, notFound, ValidationError } from '../../../core/errors.ts';
import { hashLinkSecret, newLinkSecret } from '../../../core/http/link-secret.ts';
import type { SessionUser } from '../../../core/http/context.ts';
import type { Services } from '../../../core/services.ts';
import {
  addItem,
  countListsOf,
  deleteList,
  insertList,
  listBySecretHash,
  ownList,
  publishedItem,
  type ReadingListRow,
  removeItem,
  updateList,
} from './repository.ts';

/** Most lists a member keeps. */
export const MAX_LISTS = 50;

type Db = Services['db'];

async function mine(db: Db, user: SessionUser, listId: string): Promise<ReadingListRow> {
  // Someone else's list is answered as if it did not exist.
  const list = z.uuid().safeParse(listId).success ? await ownList(db, listId, user.id) : null;
  if (!list) throw notFound();
  return list;
}

export async function createList(db: Db, user: SessionUser, name: string): Promise<ReadingListRow> {
  if ((await countListsOf(db, user.id)) >= MAX_LISTS)
    throw new AppError('too_many_lists', 409, 'members.lists.error.tooMany', 'name', { max: MAX_LISTS });
  return insertList(db, user.id, name);
}

/**
 * Saves a published item to one of the member's lists, or to a new list of that name. Saving
 * it twice keeps one. Items that are not published (or do not exist) cannot be saved.
 */
export async function saveToList(
  db: Db,
  user: SessionUser,
  itemId: string,
  target: { listId?: string; newName?: string },
): Promise<ReadingListRow> {
  if (!(await publishedItem(db, itemId, 'en'))) throw notFound();
  if (!target.listId && !target.newName)
    throw new ValidationError([
      { field: 'newName', code: 'required', messageKey: 'members.lists.error.choose' },
    ]);
  const list = target.newName
    ? await createList(db, user, target.newName)
    : await mine(db, user, target.listId!);
  await addItem(db, list.id, itemId);
  return list;
}

export async function removeFromList(db: Db, user: SessionUser, listId: string, itemId: string) {
  const list = await mine(db, user, listId);
  await removeItem(db, list.id, itemId);
}

export async function renameList(db: Db, user: SessionUser, listId: string, name: string) {
  await updateList(db, (await mine(db, user, listId)).id, { name });
}

export async function removeList(db: Db, user: SessionUser, listId: string) {
  await deleteList(db, (await mine(db, user, listId)).id);
}

/**
 * Shares a list by a link: a new secret each time (an older link stops working), shown once —
 * only its hash is kept. Stopping sharing makes every link to it stop working.
 */
export async function shareList(db: Db, user: SessionUser, listId: string): Promise<string> {
  const list = await mine(db, user, listId);
  const secret = newLinkSecret();
  await updateList(db, list.id, { shareTokenHash: hashLinkSecret(secret) });
  return secret;
}

export async function unshareList(db: Db, user: SessionUser, listId: string) {
  await updateList(db, (await mine(db, user, listId)).id, { shareTokenHash: null });
}

export async function ownListOf(db: Db, user: SessionUser, listId: string) {
  return mine(db, user, listId);
}

/** A list opened by its shared link, or 404 when the link is wrong or no longer shared. */
export async function sharedList(db: Db, secret: string): Promise<ReadingListRow> {
  const list = /^[A-Za-z0-9_-]{20,64}$/.test(secret)
    ? await listBySecretHash(db, hashLinkSecret(secret))
    : null;
  if (!list) throw notFound();
  return list;
}
