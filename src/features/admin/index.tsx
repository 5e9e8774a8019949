import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { AppError, notFound, ValidationError } from '../../core/errors.ts';
import { requireAction } from '../../core/http/guards.ts';
import { parseInput } from '../../core/http/validate.ts';
import { auditActions, searchAudit } from '../../core/audit/index.ts';
import { getMail, listMail } from '../../core/mail/repository.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { searchUsers } from '../accounts/directory.ts';
import { countUsers } from '../accounts/repository.ts';
import { teamCounts } from '../editorial/review/repository.ts';
import { can } from '../../core/policies/index.ts';
import { changeRole } from './change-role.ts';
import { countQueuedMail } from './repository.ts';
import { AdminHome } from './views/AdminHome.tsx';
import { AuditPage } from './views/AuditPage.tsx';
import { MailPage, OutboxPage } from './views/OutboxPage.tsx';
import { UsersPage } from './views/UsersPage.tsx';

const PAGE = 50;
const roleSchema = z.enum(['member', 'editor', 'admin']);
const usersQuery = z.object({
  q: z.string().trim().max(200).optional().default(''),
  role: z.union([roleSchema, z.literal('')]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
const outboxQuery = z.object({
  to: z.string().trim().max(200).optional().default(''),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
const isoDate = z
  .string()
  .trim()
  .max(10)
  .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), {
    message: 'admin.audit.badDate',
  })
  .optional()
  .default('');
const auditQuery = z.object({
  q: z.string().trim().max(200).optional().default(''),
  action: z.string().trim().max(80).optional().default(''),
  from: isoDate,
  to: isoDate,
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});
const AUDIT_PAGE = 100;
const idParam = z.object({ locale: z.string(), id: z.string().min(1).max(64) });
const uuidParam = z.object({ locale: z.string(), id: z.uuid() });

/** The staff console: its home, users and roles, and the e-mail outbox. */
export function createAdmin({ db, mailer }: Services): Feature {
  const html: FastifyPluginAsync = async (app) => {
    app.get('/admin', async (req, reply) => {
      const staff = requireAction(req, 'admin.console');
      const [users, queuedMail, team] = await Promise.all([
        countUsers(db),
        countQueuedMail(db),
        can(staff, 'content.review') ? teamCounts(db) : undefined,
      ]);
      return sendPage(
        reply,
        req.ctx,
        <AdminHome users={users} queuedMail={queuedMail} mailMode={mailer.mode} team={team} />,
      );
    });

    const renderUsers = async (
      req: FastifyRequest,
      extra: { errors?: ValidationError['errors']; notice?: string } = {},
    ) => {
      const { q, role, page } = parseInput(usersQuery, req.query);
      const { rows, total } = await searchUsers(db, {
        q: q || undefined,
        role: role || undefined,
        limit: PAGE,
        offset: (page - 1) * PAGE,
      });
      return (
        <UsersPage
          rows={rows}
          total={total}
          page={page}
          pages={Math.max(1, Math.ceil(total / PAGE))}
          q={q}
          role={role || undefined}
          {...extra}
        />
      );
    };

    app.get('/admin/users', async (req, reply) => {
      requireAction(req, 'users.manage');
      return sendPage(
        reply,
        req.ctx,
        await renderUsers(req, {
          notice: (req.query as { done?: string }).done ? req.ctx.t('admin.users.changed') : undefined,
        }),
      );
    });

    app.post('/admin/users/:id/role', async (req, reply) => {
      const actor = requireAction(req, 'users.manage');
      const { id } = parseInput(idParam, req.params);
      try {
        const { role } = parseInput(z.strictObject({ role: roleSchema }), req.body);
        await changeRole(db, actor.id, id, role);
      } catch (err) {
        if (err instanceof ValidationError)
          return sendPage(reply, req.ctx, await renderUsers(req, { errors: err.errors }), 400);
        if (err instanceof AppError && err.code === 'last_admin') {
          const errors = [{ field: 'role', code: err.code, messageKey: err.messageKey }];
          return sendPage(reply, req.ctx, await renderUsers(req, { errors }), 409);
        }
        throw err;
      }
      return reply.redirect(`/${req.ctx.locale}/admin/users?done=1`, 303);
    });

    app.get('/admin/audit', async (req, reply) => {
      requireAction(req, 'audit.read');
      const f = parseInput(auditQuery, req.query);
      const day = (v: string, plus = 0) => (v ? new Date(Date.parse(`${v}T00:00:00Z`) + plus) : undefined);
      const [{ rows, more }, actions] = await Promise.all([
        searchAudit(db, {
          q: f.q || undefined,
          action: f.action || undefined,
          from: day(f.from),
          // "To" is inclusive: up to the end of that day.
          to: day(f.to, 86_400_000),
          before: f.before,
          limit: AUDIT_PAGE,
        }),
        auditActions(db),
      ]);
      return sendPage(
        reply,
        req.ctx,
        <AuditPage
          rows={rows}
          actions={actions}
          filters={{ q: f.q, action: f.action, from: f.from, to: f.to }}
          next={more ? rows.at(-1)?.id : undefined}
        />,
      );
    });

    app.get('/admin/outbox', async (req, reply) => {
      requireAction(req, 'outbox.read');
      const { to, page } = parseInput(outboxQuery, req.query);
      const { rows, total } = await listMail(db, {
        limit: PAGE,
        offset: (page - 1) * PAGE,
        to: to || undefined,
      });
      return sendPage(
        reply,
        req.ctx,
        <OutboxPage
          rows={rows}
          total={total}
          page={page}
          pages={Math.max(1, Math.ceil(total / PAGE))}
          to={to}
        />,
      );
    });

    app.get('/admin/outbox/:id', async (req, reply) => {
      requireAction(req, 'outbox.read');
      const { id } = parseInput(uuidParam, req.params);
      const mail = await getMail(db, id);
      if (!mail) throw notFound();
      return sendPage(reply, req.ctx, <MailPage mail={mail} />);
    });

    // The e-mail's own HTML, isolated: sandboxed, no scripts, never framed.
    app.get('/admin/outbox/:id/html', async (req, reply) => {
      requireAction(req, 'outbox.read');
      const { id } = parseInput(uuidParam, req.params);
      const mail = await getMail(db, id);
      if (!mail) throw notFound();
      return reply
        .header(
          'content-security-policy',
          "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        )
        .header('cache-control', 'private, no-store')
        .type('text/html; charset=utf-8')
        .send(mail.html);
    });
  };
  return { html };
}
