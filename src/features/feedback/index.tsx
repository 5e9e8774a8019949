import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { AppError, type FieldError, notFound, ValidationError } from '../../core/errors.ts';
import { formErrors } from '../../core/http/forms.ts';
import { requireAction } from '../../core/http/guards.ts';
import { parseInput } from '../../core/http/validate.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { countByStatus, findFeedback, listFeedback } from './repository.ts';
import {
  listQuery,
  memberFeedbackSchema,
  replySchema,
  sitePath,
  statusSchema,
  visitorFeedbackSchema,
} from './schemas.ts';
import { sendFeedback } from './send-feedback.ts';
import { changeFeedbackStatus, recipientOf, replyToFeedback } from './triage.ts';
import { AdminFeedbackDetailPage } from './views/AdminFeedbackDetailPage.tsx';
import { AdminFeedbackPage } from './views/AdminFeedbackPage.tsx';
import { FeedbackPage, FeedbackThanksPage } from './views/FeedbackPage.tsx';

const PAGE = 25;
/** A person sends feedback a few times an hour at most; scripts are slowed (per IP). */
const limited = { config: { rateLimit: { max: 20, timeWindow: 3_600_000 } } };
const formQuery = z.object({
  from: z.unknown().optional().transform(sitePath),
  done: z.literal('1').optional().catch(undefined),
});
const doneQuery = z.object({ done: z.enum(['status', 'replied']).optional().catch(undefined) });

/** What was typed, to show again in a refused form (strings only, clipped). */
const echo = (body: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>)
      .filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf')
      .map(([k, v]) => [k, v.slice(0, 10_000)]),
  );

/**
 * Feedback on the platform: the form every page's footer links to (/feedback?from=<page>), and
 * the team's triage in the console (/admin/feedback): list, detail, status, reply by e-mail.
 * See docs/feedback.md.
 */
export function createFeedback(services: Services): Feature {
  const { db } = services;

  const idOf = (req: FastifyRequest) => {
    const parsed = z.uuid().safeParse((req.params as { id?: string }).id);
    if (!parsed.success) throw notFound();
    return parsed.data;
  };

  const detailScreen = async (
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: { errors?: FieldError[]; reply?: string; status?: number } = {},
  ) => {
    const detail = await findFeedback(db, id);
    if (!detail) throw notFound();
    const member = detail.member && !detail.member.deletedAt ? detail.member : null;
    const { done } = doneQuery.parse(req.query ?? {});
    return sendPage(
      reply,
      req.ctx,
      <AdminFeedbackDetailPage
        detail={detail}
        recipient={recipientOf(detail.feedback, member)}
        errors={extra.errors}
        reply={extra.reply}
        notice={
          done ? req.ctx.t(done === 'status' ? 'feedback.done.status' : 'feedback.done.replied') : undefined
        }
      />,
      extra.status,
    );
  };

  const html: FastifyPluginAsync = async (app) => {
    app.get('/feedback', async (req, reply) => {
      const { from, done } = formQuery.parse(req.query ?? {});
      return sendPage(
        reply,
        req.ctx,
        done ? <FeedbackThanksPage from={from} /> : <FeedbackPage from={from} />,
      );
    });

    app.post('/feedback', limited, async (req, reply) => {
      const sender = req.ctx.user;
      let from: string | undefined;
      try {
        const input = parseInput(sender ? memberFeedbackSchema : visitorFeedbackSchema, req.body);
        from = input.from;
        await sendFeedback(services, sender, input, req.ctx.locale);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const values = echo(req.body);
        return sendPage(
          reply,
          req.ctx,
          <FeedbackPage values={values} errors={err.errors} from={sitePath(values.from)} />,
          400,
        );
      }
      const back = from ? `&from=${encodeURIComponent(from)}` : '';
      return reply.redirect(`/${req.ctx.locale}/feedback?done=1${back}`, 303);
    });

    // ── The team ───────────────────────────────────────────────────────────────────────────
    app.get('/admin/feedback', async (req, reply) => {
      requireAction(req, 'feedback.manage');
      const { status, category, page } = listQuery.parse(req.query ?? {});
      const [{ rows, total }, counts] = await Promise.all([
        listFeedback(db, { status, category, limit: PAGE, offset: (page - 1) * PAGE }),
        countByStatus(db, category),
      ]);
      return sendPage(
        reply,
        req.ctx,
        <AdminFeedbackPage
          rows={rows}
          total={total}
          page={page}
          pages={Math.max(1, Math.ceil(total / PAGE))}
          filters={{ status, category }}
          counts={counts}
          now={new Date()}
        />,
      );
    });

    app.get('/admin/feedback/:id', async (req, reply) => {
      requireAction(req, 'feedback.manage');
      return detailScreen(req, reply, idOf(req));
    });

    app.post('/admin/feedback/:id/status', async (req, reply) => {
      const staff = requireAction(req, 'feedback.manage');
      const id = idOf(req);
      try {
        const { status } = parseInput(statusSchema, req.body);
        await changeFeedbackStatus(services, staff, id, status);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return detailScreen(req, reply, id, { errors: err.errors, status: 400 });
      }
      return reply.redirect(`/${req.ctx.locale}/admin/feedback/${id}?done=status`, 303);
    });

    app.post('/admin/feedback/:id/reply', async (req, reply) => {
      const staff = requireAction(req, 'feedback.manage');
      const id = idOf(req);
      try {
        const input = parseInput(replySchema, req.body);
        await replyToFeedback(services, staff, id, input.reply);
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500 || err.status === 404) throw err;
        const typed = (req.body as Record<string, unknown> | undefined)?.reply;
        return detailScreen(req, reply, id, {
          errors: formErrors(err),
          reply: typeof typed === 'string' ? typed.slice(0, 10_000) : undefined,
          status: err.status,
        });
      }
      return reply.redirect(`/${req.ctx.locale}/admin/feedback/${id}?done=replied`, 303);
    });
  };
  return { html };
}
