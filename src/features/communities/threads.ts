import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../../core/errors.ts';
import type { SessionUser } from '../../core/http/context.ts';
import { markdownToText } from '../../core/render/markdown.ts';
import type { Services } from '../../core/services.ts';
import { notify } from '../notifications/notify.ts';
import { type CommunityContext, demand } from './read.ts';
import {
  activeFollowers,
  activeMemberIds,
  findPost,
  followThread,
  insertPost,
  insertThread,
  isActiveMember,
  lockThread,
  markPosted,
  mentionedMembers,
  setThread,
  touchCommunity,
} from './repository.ts';
import { indexNewThread } from './search.ts';

type ThreadServices = Pick<Services, 'db' | 'mailer' | 'config'>;

/** A fresh key for a form: the same form posted twice stores one post. */
export const newClientKey = () => randomBytes(12).toString('base64url');

/** @handles in a post (handles are lower-case words joined by hyphens). */
export function mentionsIn(body: string): string[] {
  const found = new Set<string>();
  for (const m of body.matchAll(/(^|[^\w@])@([a-z0-9][a-z0-9-]{1,60}[a-z0-9])/gi))
    found.add(m[2]!.toLowerCase());
  return [...found].slice(0, 20);
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
) {
  demand(ctx, 'start_thread');
  if (input.announcement) demand(ctx, 'announce');
  const c = ctx.community;
  const thread = await services.db.transaction(async (tx) => {
    const t = await insertThread(tx, {
      communityId: c.id,
      authorId: author.id,
      title: input.title,
      kind: input.announcement ? 'announcement' : 'discussion',
      pinned: !!input.announcement,
    });
    const post = await insertPost(tx, {
      threadId: t.id,
      authorId: author.id,
      isOpening: true,
      body: input.body,
      clientKey: input.clientKey,
    });
    if (!post) throw new AppError('duplicate', 409, 'communities.error.duplicate');
    await followThread(tx, t.id, author.id);
    await touchCommunity(tx, c.id);
    await markPosted(tx, c.id, author.id);
    const path = `/communities/${c.slug}/threads/${t.id}`;
    const mentioned = (await mentionedMembers(tx, c.id, mentionsIn(input.body))).filter(
      (m) => m.id !== author.id,
    );
    const payload = {
      title: t.title,
      path,
      actorName: author.name,
      communityName: c.name,
      excerpt: excerpt(input.body),
    };
    for (const m of mentioned)
      await notify(tx, services, { userId: m.id, kind: 'mention', communityId: c.id, payload });
    const told = new Set([author.id, ...mentioned.map((m) => m.id)]);
    for (const id of await activeMemberIds(tx, c.id))
      if (!told.has(id))
        await notify(tx, services, { userId: id, kind: 'new_thread', communityId: c.id, payload });
    await indexNewThread(tx, c.id, t.id);
    return t;
  });
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
) {
  demand(ctx, 'reply');
  const c = ctx.community;
  const result = await services.db.transaction(async (tx) => {
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
    await setThread(tx, t.id, { replyCount: t.replyCount + 1, lastPostAt: new Date() });
    await touchCommunity(tx, c.id);
    await markPosted(tx, c.id, author.id);
    const path = `/communities/${c.slug}/threads/${t.id}?post=${post.id}#post-${post.id}`;
    const payload = {
      title: t.title,
      path,
      actorName: author.name,
      communityName: c.name,
      excerpt: excerpt(input.body),
    };
    const mentioned = (await mentionedMembers(tx, c.id, mentionsIn(input.body))).filter(
      (m) => m.id !== author.id,
    );
    for (const m of mentioned)
      await notify(tx, services, { userId: m.id, kind: 'mention', communityId: c.id, payload });
    const told = new Set([author.id, ...mentioned.map((m) => m.id)]);
    // "A reply to my thread": its author hears of it, followers too.
    const audience = new Set(await activeFollowers(tx, t.id, c.id));
    if (t.authorId && (await isActiveMember(tx, c.id, t.authorId))) audience.add(t.authorId);
    for (const id of audience)
      if (!told.has(id))
        await notify(tx, services, { userId: id, kind: 'reply', communityId: c.id, payload });
    return { post, thread: t };
  });
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
