import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../../app.ts';
import { AppError, type FieldError, notFound, ValidationError } from '../../../core/errors.ts';
import { requireAction } from '../../../core/http/guards.ts';
import { many, parseInput, text } from '../../../core/http/validate.ts';
import { sendPage } from '../../../core/render/index.tsx';
import type { Services } from '../../../core/services.ts';
import { SEARCH_CACHE_PREFIX } from '../../search/index.tsx';
import { COMMUNITIES_CACHE_PREFIX } from '../index.tsx';
import { checkCommunityHealth, HEALTH_JOB } from './check-health.ts';
import { handOver, setArchived } from './manage.ts';
import { healthOverview } from './overview.ts';
import { activeAdmins } from './repository.ts';
import { CommunityHealthPage } from './views/CommunityHealthPage.tsx';
import { HealthOverviewPage } from './views/HealthOverviewPage.tsx';

const idParam = z.object({ locale: z.string(), id: z.uuid() });
const doneQuery = z.object({ done: z.enum(['archived', 'unarchived', 'handover']).optional() }).loose();
const handOverForm = z.strictObject({
  members: text({ max: 2000, multiline: true }).optional().default(''),
  stepDown: many(z.string().min(1).max(64), 50),
});
const NOTICES = {
  archived: 'communityHealth.archived',
  unarchived: 'communityHealth.unarchived',
  handover: 'communityHealth.handedOver',
} as const;

/**
 * Community health (issue 6 §7): the daily check that stores each community's state and nudges
 * the admins of slowing ones, and the platform team's overview with archive and hand-over.
 */
export function createCommunityHealth(services: Services): Feature {
  const { db, config } = services;
  services.jobs.register(HEALTH_JOB, async () => void (await checkCommunityHealth(services, new Date())), {
    cron: '23 5 * * *',
  });

  const renderCommunity = async (
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: { errors?: FieldError[]; values?: { members: string; stepDown: string[] }; notice?: string } = {},
    status = 200,
  ) => {
    const [row] = await healthOverview(db, config, new Date(), { ids: [id] });
    if (!row) throw notFound();
    const admins = await activeAdmins(db, id);
    return sendPage(reply, req.ctx, <CommunityHealthPage row={row} admins={admins} {...extra} />, status);
  };

  const html: FastifyPluginAsync = async (app) => {
    // An archive or a hand-over shows on the communities' pages and searches that visitors share.
    app.addHook('onResponse', async (req, reply) => {
      if (req.method === 'POST' && reply.statusCode < 400) {
        services.cache.invalidate(COMMUNITIES_CACHE_PREFIX);
        services.cache.invalidate(SEARCH_CACHE_PREFIX);
      }
    });

    app.get('/admin/communities', async (req, reply) => {
      requireAction(req, 'communities.manage');
      const rows = await healthOverview(db, config, new Date());
      return sendPage(reply, req.ctx, <HealthOverviewPage rows={rows} />);
    });

    app.get('/admin/communities/:id', async (req, reply) => {
      requireAction(req, 'communities.manage');
      const { id } = parseInput(idParam, req.params);
      const { done } = parseInput(doneQuery, req.query);
      const [row] = done ? await healthOverview(db, config, new Date(), { ids: [id] }) : [];
      const notice = done && row ? req.ctx.t(NOTICES[done], { name: row.name }) : undefined;
      return renderCommunity(req, reply, id, { notice });
    });

    for (const [path, archived] of [
      ['archive', true],
      ['unarchive', false],
    ] as const) {
      app.post(`/admin/communities/:id/${path}`, async (req, reply) => {
        const actor = requireAction(req, 'communities.manage');
        const { id } = parseInput(idParam, req.params);
        parseInput(z.strictObject({}), req.body);
        await setArchived(db, actor.id, id, archived);
        return reply.redirect(
          `/${req.ctx.locale}/admin/communities/${id}?done=${archived ? 'archived' : 'unarchived'}`,
          303,
        );
      });
    }

    app.post('/admin/communities/:id/handover', async (req, reply) => {
      const actor = requireAction(req, 'communities.manage');
      const { id } = parseInput(idParam, req.params);
      const raw = (req.body ?? {}) as { members?: unknown; stepDown?: unknown };
      const values = {
        members: typeof raw.members === 'string' ? raw.members.slice(0, 2000) : '',
        stepDown: [raw.stepDown ?? []].flat().filter((v): v is string => typeof v === 'string'),
      };
      try {
        const input = parseInput(handOverForm, req.body);
        await handOver(services, actor.id, id, input);
      } catch (err) {
        if (err instanceof ValidationError)
          return renderCommunity(req, reply, id, { errors: err.errors, values }, 400);
        if (err instanceof AppError && err.code === 'last_admin') {
          const errors = [{ field: err.field, code: err.code, messageKey: err.messageKey }];
          return renderCommunity(req, reply, id, { errors, values }, 409);
        }
        throw err;
      }
      return reply.redirect(`/${req.ctx.locale}/admin/communities/${id}?done=handover`, 303);
    });
  };
  return { html };
}
