import { randomBytes } from 'node:crypto';
import type { MultipartFile } from '@fastify/multipart';
import type { DbOrTx } from '../../core/db/client.ts';
import { AppError, notFound } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import { markdownToText } from '../../core/render/markdown.ts';
import type { Services } from '../../core/services.ts';
import { receiveUpload, type StoredUpload } from '../library/files/receive-upload.ts';
import { notify } from '../notifications/notify.ts';
import type { NotificationPayload } from '../notifications/tables.ts';
import { type CommunityContext, demand } from './read.ts';
import {
  activeFollowers,
  activeMemberIds,
  findPost,
  findThread,
  followThread,
  insertCommunityFile,
  insertPost,
  insertThread,
  threadByClientKey,
  isActiveMember,
  lockThread,
  markPosted,
  mentionedMembers,
  setThread,
  touchCommunity,
} from './repository.ts';
import { indexNewThread } from './search.ts';

type ThreadServices = Pick<Services, 'db' | 'mailer' | 'config' | 'storage'>;

/**
 * Runs the post's transaction with its attachment stored; the stored file is removed when the
 * transaction fails or stores no post (a double submission), so nothing is left unreferenced.
 */
async function withAttachment<T>(
  services: ThreadServices,
  part: MultipartFile | null,
  write: (file: StoredUpload | null) => Promise<T>,
  stored: (result: T) => boolean,
): Promise<T> {
  // The document attached to the post, if one was chosen: its type checked from its bytes
  // (the library's document formats), its size capped (UPLOAD_MAX_BYTES). Errors name `file`.
  const file = await receiveUpload(services, part, { role: 'document', optional: true });
  try {
    const result = await write(file);
    if (file && !stored(result)) await services.storage.remove(file.storageKey).catch(() => {});
    return result;
  } catch (err) {
    if (file) await services.storage.remove(file.storageKey).catch(() => {});
    throw err;
  }
}

async function attach(
  tx: DbOrTx,
  file: StoredUpload | null,
  communityId: string,
  postId: string,
  by: string,
) {
  if (!file) return;
  await insertCommunityFile(tx, {
    communityId,
    postId,
    uploadedBy: by,
    storageKey: file.storageKey,
    filename: file.filename,
    mediaType: file.mediaType,
    size: file.size,
    sha256: file.sha256,
  });
}

/** A fresh key for a form: the same form posted twice stores one post. */
export const newClientKey = () => randomBytes(12).toString('base64url');

/** @handles in a post (handles are lower-case words joined by hyphens). */
export function mentionsIn(body: string): string[] {
  const found = new Set<string>();
  for (const m of body.matchAll(/(^|[^\w@])@([a-z0-9][a-z0-9-]{1,60}[a-z0-9])/gi))
    found.add(m[2]!.toLowerCase());
  return [...found].slice(0, 20);
}

/** What a notification of a new post says and links to. */
const postPayload = (
  c: { name: string },
  t: { title: string },
  author: SessionUser,
  body: string,
  path: string,
): NotificationPayload => ({
  title: t.title,
  path,
  actorName: author.name,
  communityName: c.name,
  excerpt: excerpt(body),
});

/** Active members @mentioned in a post (not its author) hear of it; returns everyone already told. */
async function tellMentioned(
  tx: DbOrTx,
  services: ThreadServices,
  communityId: string,
  authorId: string,
  body: string,
  payload: NotificationPayload,
): Promise<Set<string>> {
  const mentioned = (await mentionedMembers(tx, communityId, mentionsIn(body))).filter(
    (m) => m.id !== authorId,
  );
  for (const m of mentioned)
    await notify(tx, services, { userId: m.id, kind: 'mention', communityId, payload });
  return new Set([authorId, ...mentioned.map((m) => m.id)]);
}

const excerpt = (body: string) => {
  const text = markdownToText(body).replace(/\s+/g, ' ').trim();
  return text.length > 280 ? `${text.slice(0, 277)}…` : text;
};

/**
 * A member starts a thread (an admin may make it an announcement). Members are told of the
 * new thread (per their preference: a daily summary by default); people @mentioned at once.
 * The author follows their thread.
 */
export async function startThread(
  services: ThreadServices,
  ctx: CommunityContext,
  author: SessionUser,
  input: { title: string; body: string; announcement?: 'on'; clientKey: string },
  attachment: MultipartFile | null = null,
) {
  demand(ctx, 'start_thread');
  if (input.announcement) demand(ctx, 'announce');
  const c = ctx.community;
  const { thread } = await withAttachment(
    services,
    attachment,
    (file) =>
      services.db.transaction(async (tx) => {
        const t = await insertThread(tx, {
          communityId: c.id,
          authorId: author.id,
          title: input.title,
          kind: input.announcement ? 'announcement' : 'discussion',
          pinned: !!input.announcement,
          clientKey: input.clientKey,
        });
        // Posted twice (a double click, a resubmitted form): the first thread stands.
        if (!t) {
          const first = await threadByClientKey(tx, c.id, author.id, input.clientKey);
          if (!first) throw new AppError('duplicate', 409, 'communities.error.duplicate');
          return { thread: first, created: false };
        }
        const post = await insertPost(tx, {
          threadId: t.id,
          authorId: author.id,
          isOpening: true,
          body: input.body,
          clientKey: input.clientKey,
        });
        if (!post) throw new AppError('duplicate', 409, 'communities.error.duplicate');
        await attach(tx, file, c.id, post.id, author.id);
        await followThread(tx, t.id, author.id);
        await touchCommunity(tx, c.id);
        await markPosted(tx, c.id, author.id);
        const payload = postPayload(c, t, author, input.body, `/communities/${c.slug}/threads/${t.id}`);
        const told = await tellMentioned(tx, services, c.id, author.id, input.body, payload);
        for (const id of await activeMemberIds(tx, c.id))
          if (!told.has(id))
            await notify(tx, services, { userId: id, kind: 'new_thread', communityId: c.id, payload });
        await indexNewThread(tx, c.id, t.id);
        return { thread: t, created: true };
      }),
    (r) => r.created,
  );
  await services.mailer.kick();
  return thread;
}

/**
 * A reply, optionally quoting an earlier post of the same thread. Refused in a locked thread
 * (with the reason) and in an archived community. The same form posted twice stores one reply.
 * The thread's author and followers hear of it; people @mentioned are told so instead.
 */
export async function replyToThread(
  services: ThreadServices,
  ctx: CommunityContext,
  author: SessionUser,
  threadId: string,
  input: { body: string; quote?: string; clientKey: string },
  attachment: MultipartFile | null = null,
) {
  demand(ctx, 'reply');
  const c = ctx.community;
  // The cheap refusals before a file is read (they are checked again under the thread's lock).
  const current = await findThread(services.db, threadId);
  if (!current || current.communityId !== c.id) throw notFound();
  if (current.locked) throw new AppError('thread_locked', 409, 'communities.error.locked', 'body');
  const result = await withAttachment(
    services,
    attachment,
    (file) =>
      services.db.transaction(async (tx) => {
        const t = await lockThread(tx, threadId);
        if (!t || t.communityId !== c.id) throw notFound();
        if (t.locked) throw new AppError('thread_locked', 409, 'communities.error.locked', 'body');
        if (input.quote) {
          const quoted = await findPost(tx, input.quote);
          if (!quoted || quoted.threadId !== t.id || quoted.hidden)
            throw new AppError('bad_quote', 400, 'communities.error.quote', 'quote');
        }
        const post = await insertPost(tx, {
          threadId: t.id,
          authorId: author.id,
          body: input.body,
          quotedPostId: input.quote ?? null,
          clientKey: input.clientKey,
        });
        // Posted twice (a double click, a resubmitted form): the first one stands.
        if (!post) return { post: null, thread: t };
        await attach(tx, file, c.id, post.id, author.id);
        await setThread(tx, t.id, { replyCount: t.replyCount + 1, lastPostAt: new Date() });
        await touchCommunity(tx, c.id);
        await markPosted(tx, c.id, author.id);
        const path = `/communities/${c.slug}/threads/${t.id}?post=${post.id}#post-${post.id}`;
        const payload = postPayload(c, t, author, input.body, path);
        const told = await tellMentioned(tx, services, c.id, author.id, input.body, payload);
        // "A reply to my thread": its author hears of it, followers too.
        const audience = new Set(await activeFollowers(tx, t.id, c.id));
        if (t.authorId && (await isActiveMember(tx, c.id, t.authorId))) audience.add(t.authorId);
        for (const id of audience)
          if (!told.has(id))
            await notify(tx, services, { userId: id, kind: 'reply', communityId: c.id, payload });
        return { post, thread: t };
      }),
    (r) => r.post !== null,
  );
  await services.mailer.kick();
  return result;
}

/** Moderators pin and lock threads. */
export async function setThreadFlags(
  services: Pick<Services, 'db'>,
  ctx: CommunityContext,
  threadId: string,
  flags: { pinned?: boolean; locked?: boolean },
) {
  demand(ctx, 'moderate');
  await services.db.transaction(async (tx) => {
    const t = await lockThread(tx, threadId);
    if (!t || t.communityId !== ctx.community.id) throw notFound();
    await setThread(tx, threadId, flags);
  });
}
