import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { AppError, notFound, ValidationError } from '../../core/errors.ts';
import { formErrors } from '../../core/http/forms.ts';
import { requireAction, requireUser } from '../../core/http/guards.ts';
import { uploadedFile } from '../../core/http/multipart.ts';
import { optionalText, parseInput } from '../../core/http/validate.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import { sendPage, sendVisitorPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { contentDisposition } from '../library/files/filename.ts';
import { SEARCH_CACHE_PREFIX } from '../search/index.tsx';
import { acceptInvitationLink, invitationFor, invite } from './invitations.ts';
import { linkEvent, linkItem, uploadDocument } from './library.ts';
import { changeMember, decideJoin, joinCommunity, leaveCommunity } from './membership.ts';
import { editOwnPost, moderatePost, REPORT_REASONS, reportPost } from './moderation.ts';
import { type CommunityContext, communityFor, demand } from './read.ts';
import {
  communityEvents,
  communityOfPost,
  countActiveMembers,
  findCommunityFile,
  findPost,
  findThread,
  followThread,
  isFollowing,
  libraryOf,
  listCommunities,
  listMembers,
  listPosts,
  listRequests,
  listThreads,
  postRevisions,
  postsByIds,
  reportQueue,
  membershipOf,
  requestsOf,
  setChecklist,
  toggleUseful,
  unfollowThread,
} from './repository.ts';
import { decideCommunityRequest, requestCommunity } from './requests.ts';
import {
  decisionSchema,
  inviteSchema,
  joinDecisionSchema,
  replySchema,
  requestSchema,
  roleSchema,
  threadSchema,
} from './schemas.ts';
import { COMMUNITY_SEARCH_KINDS } from './search.ts';
import { newClientKey, replyToThread, setThreadFlags, startThread } from './threads.ts';
import { CommunitiesPage } from './views/CommunitiesPage.tsx';
import { CommunityPage } from './views/CommunityPage.tsx';
import { MembersPage } from './views/MembersPage.tsx';
import { NewThreadPage } from './views/NewThreadPage.tsx';
import { RequestPage } from './views/RequestPage.tsx';
import {
  AdminReportsPage,
  AdminRequestsPage,
  CHECKLIST,
  EditPostPage,
  GuidelinesPage,
  InvitationPage,
  PostHistoryPage,
} from './views/SimplePages.tsx';
import { ThreadPage } from './views/ThreadPage.tsx';
import { LibraryPage } from './views/LibraryPage.tsx';

/**
 * A refusal the feature's forms show again with its message (bad input, a locked thread, a
 * refused file, the last admin…); a page that is missing or forbidden is its own error page.
 */
const shownOnForm = (err: unknown): err is AppError =>
  err instanceof AppError && err.status < 500 && err.status !== 403 && err.status !== 404;

/** Prefix of the cached visitors' pages (cleared by any change in a community). */
export const COMMUNITIES_CACHE_PREFIX = 'communities:';

const PAGE = 20;
const POSTS_PER_PAGE = 50;
const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) });
const slugParam = z.object({ locale: z.string(), slug: z.string().regex(/^[a-z0-9-]{1,100}$/) });
const threadParam = slugParam.extend({ threadId: z.uuid() });
const memberParam = slugParam.extend({ userId: z.string().min(1).max(100) });
const doneQuery = z.object({ done: z.string().max(40).optional().catch(undefined) });
/** Posting and reporting are slowed for scripts (a person posts a few times an hour). */
const limited = { config: { rateLimit: { max: 60, timeWindow: 3_600_000 } } };

const echo = (body: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );

const pages = (total: number, per: number) => Math.max(1, Math.ceil(total / per));

const DONE_NOTICES = new Set([
  'requested',
  'joined',
  'asked',
  'left',
  'decided',
  'changed',
  'invited',
  'saved',
  'reported',
  'hidden',
  'restored',
  'edited',
  'linked',
  'uploaded',
  'eventLinked',
]);

/**
 * Online communities: requests and approval, listing, joining (public at once, private by
 * request, hidden by invitation), roles, threads with replies, quotes, mentions and the
 * "useful" reaction, guidelines and the admins' onboarding checklist. Every route asks
 * canInCommunity (access.ts) through communityFor/demand.
 */
export function createCommunities(services: Services): Feature {
  const { db } = services;
  for (const kind of COMMUNITY_SEARCH_KINDS) services.search.register(kind);
  const viewerOf = (req: FastifyRequest) =>
    req.ctx.user ? { id: req.ctx.user.id, role: req.ctx.user.role } : null;
  const load = (req: FastifyRequest) =>
    communityFor(db, parseInput(slugParam, req.params).slug, viewerOf(req));
  const notice = (req: FastifyRequest) => {
    const { done } = doneQuery.parse(req.query ?? {});
    // Only the notices this feature knows: anything else in the query shows nothing.
    return done && DONE_NOTICES.has(done) ? req.ctx.t(`communities.done.${done}` as MessageKey) : undefined;
  };

  /**
   * What anonymous readers see is the same for all of them (public content only): the whole
   * page is rendered once per CACHE_TTL_MS and shared, like the other public listings. Any
   * change in this feature clears it (below). A page carrying a notice is never shared.
   */
  const forVisitors = (req: FastifyRequest, path: string, page = 1) => ({
    cache: services.cache,
    prefix: COMMUNITIES_CACHE_PREFIX,
    path: page > 1 ? `${path}?page=${page}` : path,
    ttlMs: doneQuery.parse(req.query ?? {}).done ? 0 : services.config.CACHE_TTL_MS,
  });
  /** A page past the last one does not exist (and so is never kept for visitors). */
  const withinPages = (page: number, last: number) => {
    if (page > 1 && page > last) throw notFound();
  };

  const threadQuery = z.object({
    page: z.coerce.number().int().min(1).max(100_000).catch(1).optional(),
    quote: z.uuid().optional().catch(undefined),
  });

  /** A thread's page: the posts of one page (50), with the posts they quote. */
  const threadView = async (
    req: FastifyRequest,
    ctx: CommunityContext,
    threadId: string,
    extra: { values?: { body?: string; quote?: string }; errors?: ReturnType<typeof formErrors> } = {},
  ) => {
    demand(ctx, 'read');
    const q = threadQuery.parse(req.query ?? {});
    const thread = await findThread(db, threadId);
    if (!thread || thread.communityId !== ctx.community.id) throw notFound();
    const last = pages(thread.replyCount + 1, POSTS_PER_PAGE);
    const page = q.page ?? 1;
    withinPages(page, last);
    const posts = await listPosts(db, thread.id, POSTS_PER_PAGE, (page - 1) * POSTS_PER_PAGE);
    const quotedIds = [...new Set(posts.flatMap((p) => (p.quotedPostId ? [p.quotedPostId] : [])))];
    const quoted = new Map((await postsByIds(db, thread.id, quotedIds)).map((p) => [p.id, p]));
    const following = req.ctx.user ? await isFollowing(db, thread.id, req.ctx.user.id) : false;
    return (
      <ThreadPage
        ctx={ctx}
        thread={thread}
        posts={posts}
        quoted={quoted}
        page={page}
        pages={last}
        following={following}
        clientKey={newClientKey()}
        values={extra.values ?? (q.quote ? { quote: q.quote } : undefined)}
        errors={extra.errors}
        notice={notice(req)}
      />
    );
  };

  const membersScreen = async (
    req: FastifyRequest,
    reply: FastifyReply,
    ctx: CommunityContext,
    extra: { errors?: ReturnType<typeof formErrors>; status?: number; emails?: string } = {},
  ) => {
    demand(ctx, 'read');
    const [members, pending] = await Promise.all([
      listMembers(db, ctx.community.id, 'active'),
      ctx.can('administer') ? listMembers(db, ctx.community.id, 'pending') : Promise.resolve([]),
    ]);
    return sendPage(
      reply,
      req.ctx,
      <MembersPage
        ctx={ctx}
        members={members}
        pending={pending}
        errors={extra.errors}
        emails={extra.emails}
        notice={notice(req)}
      />,
      extra.status,
    );
  };

  const html: FastifyPluginAsync = async (app) => {
    // Whatever a form changed here, visitors' cached pages of communities and searches are read again.
    app.addHook('onResponse', async (req, reply) => {
      if (req.method === 'POST' && reply.statusCode < 400) {
        services.cache.invalidate(COMMUNITIES_CACHE_PREFIX);
        services.cache.invalidate(SEARCH_CACHE_PREFIX);
      }
    });

    app.get('/communities', async (req, reply) => {
      const { page } = pageQuery.parse(req.query ?? {});
      const user = req.ctx.user;
      const staff = user?.role === 'editor' || user?.role === 'admin';
      return sendVisitorPage(reply, req.ctx, forVisitors(req, '/communities', page), async () => {
        const { rows, total } = await listCommunities(db, {
          viewerId: user?.id ?? null,
          staff,
          limit: PAGE,
          offset: (page - 1) * PAGE,
        });
        withinPages(page, pages(total, PAGE));
        return <CommunitiesPage rows={rows} total={total} page={page} pages={pages(total, PAGE)} />;
      });
    });

    app.get('/communities/request', async (req, reply) => {
      const user = requireUser(req);
      return sendPage(
        reply,
        req.ctx,
        <RequestPage
          values={{ languages: req.ctx.locale }}
          mine={await requestsOf(db, user.id)}
          notice={notice(req)}
        />,
      );
    });

    app.post('/communities/request', limited, async (req, reply) => {
      const user = requireUser(req);
      try {
        await requestCommunity(services, user, parseInput(requestSchema, req.body), req.ctx.locale);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return sendPage(
          reply,
          req.ctx,
          <RequestPage
            values={req.body as Record<string, string>}
            errors={err.errors}
            mine={await requestsOf(db, user.id)}
          />,
          400,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/communities/request?done=requested`, 303);
    });

    app.get('/communities/invitations/:token', async (req, reply) => {
      const { token } = z.object({ token: z.string().max(100) }).parse(req.params);
      const found = await invitationFor(services, token);
      if (!found) throw new AppError('invalid_invitation', 404, 'communities.error.invitation');
      reply.header('referrer-policy', 'no-referrer');
      return sendPage(
        reply,
        req.ctx,
        <InvitationPage
          community={found.community}
          token={token}
          expired={found.invitation.expiresAt.getTime() < Date.now()}
          signedIn={!!req.ctx.user}
        />,
      );
    });

    app.post('/communities/invitations/:token', async (req, reply) => {
      const user = requireUser(req);
      const { token } = z.object({ token: z.string().max(100) }).parse(req.params);
      const community = await acceptInvitationLink(services, token, user);
      return reply.redirect(`/${req.ctx.locale}/communities/${community.slug}?done=joined`, 303);
    });

    app.get('/communities/:slug', async (req, reply) => {
      const { slug } = parseInput(slugParam, req.params);
      const { page } = pageQuery.parse(req.query ?? {});
      return sendVisitorPage(reply, req.ctx, forVisitors(req, `/communities/${slug}`, page), async () => {
        const ctx = await load(req);
        const [members, threads, events] = await Promise.all([
          countActiveMembers(db, ctx.community.id),
          ctx.can('read')
            ? listThreads(db, ctx.community.id, PAGE, (page - 1) * PAGE)
            : Promise.resolve(null),
          ctx.can('read') ? communityEvents(db, ctx.community.id, req.ctx.locale) : Promise.resolve([]),
        ]);
        if (threads) withinPages(page, pages(threads.total, PAGE));
        return (
          <CommunityPage
            ctx={ctx}
            members={members}
            threads={threads ? { ...threads, page, pages: pages(threads.total, PAGE) } : null}
            events={events}
            notice={notice(req)}
          />
        );
      });
    });

    app.get('/communities/:slug/guidelines', async (req, reply) => {
      const ctx = await load(req);
      const m = ctx.viewer.membership;
      const done =
        m?.role === 'admin' && m.status === 'active'
          ? ((await membershipOf(db, ctx.community.id, req.ctx.user?.id))?.checklistDone ?? [])
          : null;
      return sendPage(
        reply,
        req.ctx,
        <GuidelinesPage community={ctx.community} done={done} notice={notice(req)} />,
      );
    });

    app.post('/communities/:slug/checklist', async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      if (ctx.viewer.membership?.role !== 'admin' || ctx.viewer.membership.status !== 'active')
        throw new AppError('forbidden', 403, 'communities.error.forbidden');
      const body = (req.body ?? {}) as { done?: string | string[] };
      const done = [body.done ?? []]
        .flat()
        .filter((d): d is (typeof CHECKLIST)[number] => (CHECKLIST as readonly string[]).includes(d));
      await setChecklist(db, ctx.community.id, user.id, done);
      return reply.redirect(
        `/${req.ctx.locale}/communities/${ctx.community.slug}/guidelines?done=saved`,
        303,
      );
    });

    app.post('/communities/:slug/join', async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      const state = await joinCommunity(services, ctx, user);
      return reply.redirect(
        `/${req.ctx.locale}/communities/${ctx.community.slug}?done=${state === 'pending' ? 'asked' : 'joined'}`,
        303,
      );
    });

    app.post('/communities/:slug/leave', async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      await leaveCommunity(services, ctx, user);
      return reply.redirect(`/${req.ctx.locale}/communities?done=left`, 303);
    });

    app.get('/communities/:slug/members', async (req, reply) => membersScreen(req, reply, await load(req)));

    app.post('/communities/:slug/members/:userId/decide', async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      const { userId } = parseInput(memberParam, req.params);
      const { decision } = parseInput(joinDecisionSchema, req.body);
      await decideJoin(services, ctx, user, userId, decision);
      return reply.redirect(`/${req.ctx.locale}/communities/${ctx.community.slug}/members?done=decided`, 303);
    });

    for (const action of ['role', 'remove'] as const)
      app.post(`/communities/:slug/members/:userId/${action}`, async (req, reply) => {
        const user = requireUser(req);
        const ctx = await load(req);
        const { userId } = parseInput(memberParam, req.params);
        try {
          const change =
            action === 'role'
              ? parseInput(roleSchema, req.body)
              : { remove: true as const, ban: (req.body as { ban?: string } | undefined)?.ban === 'on' };
          await changeMember(services, ctx, user, userId, change);
        } catch (err) {
          if (!shownOnForm(err)) throw err;
          return membersScreen(req, reply, ctx, { errors: formErrors(err), status: err.status });
        }
        return reply.redirect(
          `/${req.ctx.locale}/communities/${ctx.community.slug}/members?done=changed`,
          303,
        );
      });

    app.post('/communities/:slug/invitations', limited, async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      try {
        const { emails } = parseInput(inviteSchema, req.body);
        await invite(services, ctx, user, emails, req.ctx.locale);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return membersScreen(req, reply, ctx, {
          errors: err.errors,
          status: 400,
          emails: echo(req.body).emails,
        });
      }
      return reply.redirect(`/${req.ctx.locale}/communities/${ctx.community.slug}/members?done=invited`, 303);
    });

    app.get('/communities/:slug/threads/new', async (req, reply) => {
      requireUser(req);
      const ctx = await load(req);
      demand(ctx, 'start_thread');
      return sendPage(reply, req.ctx, <NewThreadPage ctx={ctx} clientKey={newClientKey()} />);
    });

    app.post('/communities/:slug/threads', limited, async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      try {
        const thread = await startThread(
          services,
          ctx,
          user,
          parseInput(threadSchema, req.body),
          uploadedFile(req),
        );
        return reply.redirect(
          `/${req.ctx.locale}/communities/${ctx.community.slug}/threads/${thread.id}`,
          303,
        );
      } catch (err) {
        // Refusals of the form or its attachment (type, size) re-show it with the message.
        if (!shownOnForm(err)) throw err;
        return sendPage(
          reply,
          req.ctx,
          <NewThreadPage
            ctx={ctx}
            clientKey={echo(req.body).clientKey ?? newClientKey()}
            values={echo(req.body)}
            errors={formErrors(err)}
          />,
          err.status,
        );
      }
    });

    app.get('/communities/:slug/threads/:threadId', async (req, reply) => {
      const { slug, threadId } = parseInput(threadParam, req.params);
      const { page } = threadQuery.parse(req.query ?? {});
      // Visitors have no reply form, so a quote link changes nothing for them.
      const path = `/communities/${slug}/threads/${threadId}`;
      return sendVisitorPage(reply, req.ctx, forVisitors(req, path, page), async () =>
        threadView(req, await load(req), threadId),
      );
    });

    app.post('/communities/:slug/threads/:threadId/replies', limited, async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      const { threadId } = parseInput(threadParam, req.params);
      try {
        const { post, thread } = await replyToThread(
          services,
          ctx,
          user,
          threadId,
          parseInput(replySchema, req.body),
          uploadedFile(req),
        );
        const total = thread.replyCount + (post ? 2 : 1);
        const last = pages(total, POSTS_PER_PAGE);
        return reply.redirect(
          `/${req.ctx.locale}/communities/${ctx.community.slug}/threads/${threadId}?page=${last}${post ? `#post-${post.id}` : ''}`,
          303,
        );
      } catch (err) {
        if (!shownOnForm(err)) throw err;
        const body = echo(req.body);
        const page = await threadView(req, ctx, threadId, {
          values: { body: body.body, quote: body.quote },
          errors: formErrors(err),
        });
        return sendPage(reply, req.ctx, page, err.status);
      }
    });

    app.post('/communities/:slug/threads/:threadId/flags', async (req, reply) => {
      requireUser(req);
      const ctx = await load(req);
      const { threadId } = parseInput(threadParam, req.params);
      const body = (req.body ?? {}) as { pinned?: string; locked?: string };
      await setThreadFlags(services, ctx, threadId, {
        pinned: body.pinned === 'on',
        locked: body.locked === 'on',
      });
      return reply.redirect(`/${req.ctx.locale}/communities/${ctx.community.slug}/threads/${threadId}`, 303);
    });

    app.post('/communities/:slug/threads/:threadId/follow', async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      demand(ctx, 'reply');
      const { threadId } = parseInput(threadParam, req.params);
      const thread = await findThread(db, threadId);
      if (!thread || thread.communityId !== ctx.community.id) throw notFound();
      if ((req.body as { follow?: string } | undefined)?.follow === 'on')
        await followThread(db, threadId, user.id);
      else await unfollowThread(db, threadId, user.id);
      return reply.redirect(`/${req.ctx.locale}/communities/${ctx.community.slug}/threads/${threadId}`, 303);
    });

    app.post('/communities/:slug/threads/:threadId/posts/:postId/useful', async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      demand(ctx, 'react');
      const { threadId, postId } = parseInput(threadParam.extend({ postId: z.uuid() }), req.params);
      const post = await findPost(db, postId);
      if (!post || post.threadId !== threadId || post.hidden) throw notFound();
      const thread = await findThread(db, threadId);
      if (thread?.communityId !== ctx.community.id) throw notFound();
      await toggleUseful(db, postId, user.id);
      return reply.redirect(
        `/${req.ctx.locale}/communities/${ctx.community.slug}/threads/${threadId}#post-${postId}`,
        303,
      );
    });

    // ── Shared library ────────────────────────────────────────────────────────────────────
    const libraryScreen = async (
      req: FastifyRequest,
      reply: FastifyReply,
      ctx: CommunityContext,
      extra: { errors?: ReturnType<typeof formErrors>; status?: number } = {},
    ) => {
      demand(ctx, 'read');
      const entries = await libraryOf(db, ctx.community.id, req.ctx.locale);
      return sendPage(
        reply,
        req.ctx,
        <LibraryPage ctx={ctx} entries={entries} errors={extra.errors} notice={notice(req)} />,
        extra.status,
      );
    };

    app.get('/communities/:slug/library', async (req, reply) => libraryScreen(req, reply, await load(req)));

    app.post('/communities/:slug/library/link', limited, async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      try {
        const { address } = parseInput(
          z.object({ address: z.string().trim().min(1).max(500) }).strict(),
          req.body,
        );
        await linkItem(services, ctx, user, address);
      } catch (err) {
        if (!shownOnForm(err)) throw err;
        return libraryScreen(req, reply, ctx, { errors: formErrors(err), status: err.status });
      }
      return reply.redirect(`/${req.ctx.locale}/communities/${ctx.community.slug}/library?done=linked`, 303);
    });

    app.post('/communities/:slug/library/upload', limited, async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      try {
        const { title } = parseInput(z.object({ title: optionalText(200) }).strict(), req.body);
        await uploadDocument(services, ctx, user, uploadedFile(req), title);
      } catch (err) {
        if (!shownOnForm(err)) throw err;
        return libraryScreen(req, reply, ctx, { errors: formErrors(err), status: err.status });
      }
      return reply.redirect(
        `/${req.ctx.locale}/communities/${ctx.community.slug}/library?done=uploaded`,
        303,
      );
    });

    // A document is served only to those who may read the community; a private one is never cached by others.
    app.get('/communities/:slug/files/:id', async (req, reply) => {
      const ctx = await load(req);
      demand(ctx, 'read');
      const { id } = z.object({ id: z.uuid() }).parse({ id: (req.params as { id?: string }).id });
      const file = await findCommunityFile(db, ctx.community.id, id);
      if (!file || (await services.storage.size(file.storageKey)) === null) throw notFound();
      // A hidden post's attachment is hidden with it (moderators still see both).
      if (file.postId && (await findPost(db, file.postId))?.hidden && !ctx.can('moderate')) throw notFound();
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header('content-disposition', contentDisposition('attachment', file.filename))
        .header('x-content-type-options', 'nosniff')
        .header(
          'cache-control',
          ctx.community.visibility !== 'public'
            ? 'private, no-store'
            : // A post's attachment may be hidden with its post: no shared cache keeps it.
              file.postId
              ? 'private, max-age=300'
              : 'public, max-age=300',
        )
        .send(services.storage.read(file.storageKey));
    });

    app.post('/communities/:slug/events', limited, async (req, reply) => {
      requireUser(req);
      const ctx = await load(req);
      const { event } = parseInput(z.object({ event: z.string().trim().min(1).max(500) }).strict(), req.body);
      await linkEvent(services, ctx, event);
      return reply.redirect(`/${req.ctx.locale}/communities/${ctx.community.slug}?done=eventLinked`, 303);
    });

    // ── Moderation ────────────────────────────────────────────────────────────────────────
    const postParam = threadParam.extend({ postId: z.uuid() });
    const backToPost = (req: FastifyRequest, slug: string, threadId: string, postId: string, done: string) =>
      `/${req.ctx.locale}/communities/${slug}/threads/${threadId}?done=${done}#post-${postId}`;

    app.post('/communities/:slug/threads/:threadId/posts/:postId/report', limited, async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      const { threadId, postId } = parseInput(postParam, req.params);
      const { reason } = parseInput(z.object({ reason: z.enum(REPORT_REASONS) }).strict(), req.body);
      await reportPost(services, ctx, user, threadId, postId, reason);
      return reply.redirect(backToPost(req, ctx.community.slug, threadId, postId, 'reported'), 303);
    });

    for (const action of ['hide', 'restore'] as const)
      app.post(`/communities/:slug/threads/:threadId/posts/:postId/${action}`, async (req, reply) => {
        const user = requireUser(req);
        const ctx = await load(req);
        const { threadId, postId } = parseInput(postParam, req.params);
        await moderatePost(services, ctx, user, threadId, postId, action);
        return reply.redirect(
          backToPost(req, ctx.community.slug, threadId, postId, action === 'hide' ? 'hidden' : 'restored'),
          303,
        );
      });

    app.get('/communities/:slug/threads/:threadId/posts/:postId/edit', async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      demand(ctx, 'reply');
      const { threadId, postId } = parseInput(postParam, req.params);
      const post = await findPost(db, postId);
      if (!post || post.threadId !== threadId || post.authorId !== user.id) throw notFound();
      return sendPage(
        reply,
        req.ctx,
        <EditPostPage
          communitySlug={ctx.community.slug}
          communityName={ctx.community.name}
          threadId={threadId}
          postId={postId}
          body={post.body}
        />,
      );
    });

    app.post('/communities/:slug/threads/:threadId/posts/:postId/edit', limited, async (req, reply) => {
      const user = requireUser(req);
      const ctx = await load(req);
      const { threadId, postId } = parseInput(postParam, req.params);
      try {
        const { body } = parseInput(z.object({ body: replySchema.shape.body }).strict(), req.body);
        await editOwnPost(services, ctx, user, threadId, postId, body);
      } catch (err) {
        if (!shownOnForm(err)) throw err;
        return sendPage(
          reply,
          req.ctx,
          <EditPostPage
            communitySlug={ctx.community.slug}
            communityName={ctx.community.name}
            threadId={threadId}
            postId={postId}
            body={echo(req.body).body ?? ''}
            errors={formErrors(err)}
          />,
          err.status,
        );
      }
      return reply.redirect(backToPost(req, ctx.community.slug, threadId, postId, 'edited'), 303);
    });

    app.get('/communities/:slug/threads/:threadId/posts/:postId/history', async (req, reply) => {
      requireUser(req);
      const ctx = await load(req);
      demand(ctx, 'moderate');
      const { threadId, postId } = parseInput(postParam, req.params);
      const post = await findPost(db, postId);
      if (!post || post.threadId !== threadId) throw notFound();
      return sendPage(
        reply,
        req.ctx,
        <PostHistoryPage
          back={`/${req.ctx.locale}/communities/${ctx.community.slug}/threads/${threadId}#post-${postId}`}
          current={post.body}
          revisions={await postRevisions(db, postId)}
        />,
      );
    });

    app.get('/admin/community-reports', async (req, reply) => {
      requireAction(req, 'communities.manage');
      return sendPage(
        reply,
        req.ctx,
        <AdminReportsPage rows={await reportQueue(db, 100)} notice={notice(req)} />,
      );
    });

    for (const action of ['hide', 'restore'] as const)
      app.post(`/admin/community-reports/:postId/${action}`, async (req, reply) => {
        const staff = requireAction(req, 'communities.manage');
        const { postId } = z.object({ postId: z.uuid() }).parse(req.params);
        const where = await communityOfPost(db, postId);
        if (!where) throw notFound();
        const ctx = await communityFor(db, where.slug, { id: staff.id, role: staff.role });
        await moderatePost(services, ctx, staff, where.thread_id, postId, action);
        return reply.redirect(
          `/${req.ctx.locale}/admin/community-reports?done=${action === 'hide' ? 'hidden' : 'restored'}`,
          303,
        );
      });

    // ── The platform team ──────────────────────────────────────────────────────────────────
    app.get('/admin/community-requests', async (req, reply) => {
      requireAction(req, 'communities.manage');
      return sendPage(
        reply,
        req.ctx,
        <AdminRequestsPage rows={await listRequests(db, 'all')} notice={notice(req)} />,
      );
    });

    app.post('/admin/community-requests/:id', async (req, reply) => {
      const staff = requireAction(req, 'communities.manage');
      const { id } = z.object({ id: z.uuid() }).parse(req.params);
      try {
        const input = parseInput(decisionSchema, req.body);
        await decideCommunityRequest(services, staff, id, input);
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500 || err.status === 404) throw err;
        const errors = formErrors(err).map((e) =>
          e.field === 'message' ? { ...e, field: `message-${id}` } : e,
        );
        return sendPage(
          reply,
          req.ctx,
          <AdminRequestsPage rows={await listRequests(db, 'all')} errors={errors} />,
          err.status,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/admin/community-requests?done=decided`, 303);
    });
  };
  return { html };
}
