import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { type FieldError, notFound, ValidationError } from '../../core/errors.ts';
import { requireUser } from '../../core/http/guards.ts';
import { parseInput } from '../../core/http/validate.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { registerDigestJob, safePath } from './digest.ts';
import { KIND_LIST, NOTIFICATION_KINDS } from './kinds.ts';
import {
  countUnread,
  listNotifications,
  markAllRead,
  markRead,
  preferencesOf,
  savePreferences,
} from './repository.ts';
import { DELIVERY_MODES } from './tables.ts';
import { NotificationsPage } from './views/NotificationsPage.tsx';
import { PreferencesPage } from './views/PreferencesPage.tsx';

export { notify } from './notify.ts';

const PAGE = 20;
const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  done: z.enum(['read', 'saved']).optional().catch(undefined),
});
const idParam = z.object({ locale: z.string(), id: z.uuid() });

/** Every kind must be answered with one of the three modes; nothing else is accepted. */
const preferencesSchema = z.strictObject(
  Object.fromEntries(KIND_LIST.map((k) => [k, z.enum(DELIVERY_MODES)])) as Record<
    (typeof KIND_LIST)[number],
    z.ZodEnum<{ immediately: 'immediately'; daily: 'daily'; off: 'off' }>
  >,
);

/** Pages whose header shows the unread count: HTML reads by a signed-in member. */
const COUNTED = /^\/(?!api\/|assets\/|files\/|healthz|readyz)/;

/**
 * The notification centre (/notifications), the e-mail preferences page
 * (/account/notifications), the unread count in every signed-in page's header, and the daily
 * summary job. Features tell members things with notify() (see docs/notifications.md).
 */
export function createNotifications(services: Services): Feature {
  const { db } = services;
  registerDigestJob(services);

  // The header's count, for signed-in members only (visitors cost nothing). Registered on the
  // root instance (not encapsulated), so it runs before every route's handler.
  const root: FastifyPluginAsync = async (app) => {
    app.addHook('preHandler', async (req) => {
      const user = req.ctx?.user;
      if (!user || (req.method !== 'GET' && req.method !== 'HEAD') || !COUNTED.test(req.url)) return;
      req.ctx.unreadNotifications = await countUnread(db, user.id).catch(() => undefined);
    });
  };
  (root as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

  const showPreferences = async (
    req: FastifyRequest,
    reply: FastifyReply,
    extra: { modes?: Record<string, string>; errors?: FieldError[]; notice?: string; status?: number } = {},
  ) => {
    const user = requireUser(req);
    const saved = await preferencesOf(db, user.id);
    const modes: Record<string, string> = {};
    for (const kind of KIND_LIST) modes[kind] = saved.get(kind) ?? NOTIFICATION_KINDS[kind];
    return sendPage(
      reply,
      req.ctx,
      <PreferencesPage modes={{ ...modes, ...extra.modes }} errors={extra.errors} notice={extra.notice} />,
      extra.status,
    );
  };

  const html: FastifyPluginAsync = async (app) => {
    app.get('/notifications', async (req, reply) => {
      const user = requireUser(req);
      const { page, done } = pageQuery.parse(req.query ?? {});
      const [{ rows, total }, unread] = await Promise.all([
        listNotifications(db, user.id, { limit: PAGE, offset: (page - 1) * PAGE }),
        req.ctx.unreadNotifications ?? countUnread(db, user.id),
      ]);
      return sendPage(
        reply,
        req.ctx,
        <NotificationsPage
          rows={rows}
          page={page}
          pages={Math.max(1, Math.ceil(total / PAGE))}
          unread={unread}
          notice={done === 'read' ? req.ctx.t('notifications.centre.allRead') : undefined}
        />,
      );
    });

    app.post('/notifications/read-all', async (req, reply) => {
      const user = requireUser(req);
      await markAllRead(db, user.id);
      return reply.redirect(`/${req.ctx.locale}/notifications?done=read`, 303);
    });

    // Opening a notification marks it read, then goes where it points (a form, never a GET).
    app.post('/notifications/:id/open', async (req, reply) => {
      const user = requireUser(req);
      const { id } = parseInput(idParam, req.params);
      const payload = await markRead(db, user.id, id);
      if (!payload) throw notFound();
      return reply.redirect(`/${req.ctx.locale}${safePath(payload.path) ?? '/notifications'}`, 303);
    });

    app.get('/account/notifications', async (req, reply) => {
      const { done } = pageQuery.parse(req.query ?? {});
      return showPreferences(req, reply, {
        notice: done === 'saved' ? req.ctx.t('notifications.prefs.saved') : undefined,
      });
    });

    app.post('/account/notifications', async (req, reply) => {
      const user = requireUser(req);
      try {
        const input = parseInput(preferencesSchema, req.body);
        await db.transaction((tx) =>
          savePreferences(
            tx,
            user.id,
            KIND_LIST.map((kind) => ({ kind, mode: input[kind] })),
          ),
        );
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const posted = (req.body ?? {}) as Record<string, unknown>;
        const modes = Object.fromEntries(
          KIND_LIST.flatMap((k) => (typeof posted[k] === 'string' ? [[k, posted[k] as string]] : [])),
        );
        return showPreferences(req, reply, { modes, errors: err.errors, status: 400 });
      }
      return reply.redirect(`/${req.ctx.locale}/account/notifications?done=saved`, 303);
    });
  };

  return { root, html };
}
