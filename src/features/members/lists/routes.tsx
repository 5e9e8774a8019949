import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, notFound } from '../../../core/errors.ts';
import { formErrors } from '../../../core/http/forms.ts';
import { requireUser } from '../../../core/http/guards.ts';
import { parseInput, text } from '../../../core/http/validate.ts';
import { sendPage } from '../../../core/render/index.tsx';
import type { Services } from '../../../core/services.ts';
import {
  createList,
  ownListOf,
  removeFromList,
  removeList,
  renameList,
  saveToList,
  shareList,
  sharedList,
  unshareList,
} from './lists.ts';
import { itemsOf, listsOf, publishedItem } from './repository.ts';
import { ListPage, ListsPage, SavePage, SharedListPage } from './views/ListPages.tsx';

const nameForm = z.strictObject({ name: text({ min: 1, max: 100 }) });
const saveForm = z.strictObject({
  item: z.uuid(),
  list: z
    .uuid()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  newName: z
    .string()
    .optional()
    .transform((s) => s?.trim() || undefined)
    .pipe(z.string().max(100).optional()),
});
const listParam = z.object({ locale: z.string(), id: z.string().max(40) });
const DONE = ['created', 'saved', 'renamed', 'deleted', 'removed', 'unshared'] as const;
const doneQuery = z.object({ done: z.enum(DONE).optional().catch(undefined) }).loose();
const limited = { config: { rateLimit: { max: 120, timeWindow: 3_600_000 } } };

/** Reading lists (issue 7 §4): a member's own, and lists opened by their shared link. */
export function readingListRoutes(app: FastifyInstance, services: Services) {
  const { db } = services;
  const notice = (req: FastifyRequest) => {
    const { done } = doneQuery.parse(req.query ?? {});
    return done ? req.ctx.t(`members.lists.done.${done}`) : undefined;
  };
  const refusal = (err: unknown): err is AppError =>
    err instanceof AppError && err.status < 500 && err.status !== 403 && err.status !== 404;

  const listScreen = async (
    req: FastifyRequest,
    reply: FastifyReply,
    listId: string,
    extra: { link?: string; errors?: ReturnType<typeof formErrors>; status?: number } = {},
  ) => {
    const list = await ownListOf(db, requireUser(req), listId);
    const items = await itemsOf(db, list.id, req.ctx.locale);
    return sendPage(
      reply,
      req.ctx,
      <ListPage list={list} items={items} link={extra.link} errors={extra.errors} notice={notice(req)} />,
      extra.status,
    );
  };

  app.get('/me/lists', async (req, reply) => {
    const user = requireUser(req);
    return sendPage(reply, req.ctx, <ListsPage lists={await listsOf(db, user.id)} notice={notice(req)} />);
  });

  app.post('/me/lists', limited, async (req, reply) => {
    const user = requireUser(req);
    try {
      const list = await createList(db, user, parseInput(nameForm, req.body).name);
      return reply.redirect(`/${req.ctx.locale}/me/lists/${list.id}?done=created`, 303);
    } catch (err) {
      if (!refusal(err)) throw err;
      const page = <ListsPage lists={await listsOf(db, user.id)} errors={formErrors(err)} />;
      return sendPage(reply, req.ctx, page, err.status);
    }
  });

  app.get('/me/lists/:id', async (req, reply) =>
    listScreen(req, reply, parseInput(listParam, req.params).id),
  );

  app.post('/me/lists/:id/rename', async (req, reply) => {
    const user = requireUser(req);
    const { id } = parseInput(listParam, req.params);
    try {
      await renameList(db, user, id, parseInput(nameForm, req.body).name);
    } catch (err) {
      if (!refusal(err)) throw err;
      return listScreen(req, reply, id, { errors: formErrors(err), status: err.status });
    }
    return reply.redirect(`/${req.ctx.locale}/me/lists/${id}?done=renamed`, 303);
  });

  app.post('/me/lists/:id/delete', async (req, reply) => {
    const { id } = parseInput(listParam, req.params);
    await removeList(db, requireUser(req), id);
    return reply.redirect(`/${req.ctx.locale}/me/lists?done=deleted`, 303);
  });

  // The new link is shown once, on this answer (only its hash is kept): no redirect.
  app.post('/me/lists/:id/share', async (req, reply) => {
    const { id } = parseInput(listParam, req.params);
    const secret = await shareList(db, requireUser(req), id);
    reply.header('referrer-policy', 'no-referrer');
    return listScreen(req, reply, id, {
      link: `${services.config.publicUrl}/${req.ctx.locale}/lists/${secret}`,
    });
  });

  app.post('/me/lists/:id/unshare', async (req, reply) => {
    const { id } = parseInput(listParam, req.params);
    await unshareList(db, requireUser(req), id);
    return reply.redirect(`/${req.ctx.locale}/me/lists/${id}?done=unshared`, 303);
  });

  app.post('/me/lists/:id/items/:itemId/remove', async (req, reply) => {
    const { id, itemId } = parseInput(listParam.extend({ itemId: z.uuid() }), req.params);
    await removeFromList(db, requireUser(req), id, itemId);
    return reply.redirect(`/${req.ctx.locale}/me/lists/${id}?done=removed`, 303);
  });

  app.get('/me/save', async (req, reply) => {
    const user = requireUser(req);
    const { item } = z.object({ item: z.uuid().catch('') }).parse(req.query ?? {});
    const found = item ? await publishedItem(db, item, req.ctx.locale) : null;
    if (!found) throw notFound();
    return sendPage(reply, req.ctx, <SavePage item={found} lists={await listsOf(db, user.id)} />);
  });

  app.post('/me/save', limited, async (req, reply) => {
    const user = requireUser(req);
    const raw = (req.body ?? {}) as { item?: unknown };
    try {
      const input = parseInput(saveForm, req.body);
      const list = await saveToList(db, user, input.item, { listId: input.list, newName: input.newName });
      return reply.redirect(`/${req.ctx.locale}/me/lists/${list.id}?done=saved`, 303);
    } catch (err) {
      if (!refusal(err)) throw err;
      const found =
        typeof raw.item === 'string' && z.uuid().safeParse(raw.item).success
          ? await publishedItem(db, raw.item, req.ctx.locale)
          : null;
      if (!found) throw notFound();
      const page = <SavePage item={found} lists={await listsOf(db, user.id)} errors={formErrors(err)} />;
      return sendPage(reply, req.ctx, page, err.status);
    }
  });

  app.get('/lists/:secret', async (req, reply) => {
    const { secret } = z.object({ secret: z.string().max(100) }).parse(req.params);
    const list = await sharedList(db, secret);
    reply.header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
    return sendPage(
      reply,
      req.ctx,
      <SharedListPage list={list} items={await itemsOf(db, list.id, req.ctx.locale)} />,
    );
  });
}
