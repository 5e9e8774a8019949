import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { Feature } from '../../app.ts';
import { notFound, ValidationError } from '../../core/errors.ts';
import { requireAction } from '../../core/http/guards.ts';
import { parseInput } from '../../core/http/validate.ts';
import { sendPage } from '../../core/render/index.tsx';
import type { Services } from '../../core/services.ts';
import { organisationForEdit, listForAdmin } from './admin/repository.ts';
import { createOrganisation, updateOrganisation } from './admin/save-organisation.ts';
import { organisationSchema } from './admin/schemas.ts';
import { OrganisationFormPage, type OrganisationValues } from './admin/views/OrganisationFormPage.tsx';
import { OrganisationsPage } from './admin/views/OrganisationsPage.tsx';
import { organisationPageRoutes } from './pages/routes.tsx';

const PAGE = 50;
const listQuery = z.object({
  q: z.string().trim().max(200).optional().default('').catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  done: z.string().optional().catch(undefined),
});
const idParam = z.object({ locale: z.string(), id: z.uuid() });

/** What the form posted, to show again with the errors. */
const echo = (body: unknown): OrganisationValues =>
  Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );

/** Organisations: public pages with members' affiliations (pages/), and the staff console's list and forms. */
export function createOrganisations(services: Services): Feature {
  const { db } = services;
  const html: FastifyPluginAsync = async (app) => {
    organisationPageRoutes(app, services);
    app.get('/admin/organisations', async (req, reply) => {
      requireAction(req, 'organisations.manage');
      const { q, page, done } = listQuery.parse(req.query ?? {});
      const { rows, total } = await listForAdmin(db, { q, limit: PAGE, offset: (page - 1) * PAGE });
      return sendPage(
        reply,
        req.ctx,
        <OrganisationsPage
          rows={rows}
          total={total}
          page={page}
          pages={Math.max(1, Math.ceil(total / PAGE))}
          q={q}
          notice={done ? req.ctx.t('organisations.admin.saved') : undefined}
        />,
      );
    });

    app.get('/admin/organisations/new', async (req, reply) => {
      requireAction(req, 'organisations.manage');
      return sendPage(reply, req.ctx, <OrganisationFormPage values={{ type: 'ngo' }} />);
    });

    app.post('/admin/organisations/new', async (req, reply) => {
      const editor = requireAction(req, 'organisations.manage');
      try {
        await createOrganisation(db, editor, parseInput(organisationSchema, req.body));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return sendPage(
          reply,
          req.ctx,
          <OrganisationFormPage values={echo(req.body)} errors={err.errors} />,
          400,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/admin/organisations?done=1`, 303);
    });

    const formValues = async (id: string): Promise<OrganisationValues> => {
      const found = await organisationForEdit(db, id);
      if (!found) throw notFound();
      const o = found.organisation;
      return {
        name: o.name,
        acronym: o.acronym ?? '',
        type: o.type,
        country: o.country ?? '',
        website: o.website ?? '',
        ...Object.fromEntries(found.descriptions.map((d) => [`description_${d.locale}`, d.description])),
      };
    };

    app.get('/admin/organisations/:id', async (req, reply) => {
      requireAction(req, 'organisations.manage');
      const { id } = parseInput(idParam, req.params);
      const done = (req.query as { done?: string }).done;
      return sendPage(
        reply,
        req.ctx,
        <OrganisationFormPage
          id={id}
          values={await formValues(id)}
          notice={done ? req.ctx.t('organisations.admin.saved') : undefined}
        />,
      );
    });

    app.post('/admin/organisations/:id', async (req, reply) => {
      const editor = requireAction(req, 'organisations.manage');
      const { id } = parseInput(idParam, req.params);
      try {
        await updateOrganisation(db, editor, id, parseInput(organisationSchema, req.body));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        await formValues(id);
        return sendPage(
          reply,
          req.ctx,
          <OrganisationFormPage id={id} values={echo(req.body)} errors={err.errors} />,
          400,
        );
      }
      return reply.redirect(`/${req.ctx.locale}/admin/organisations/${id}?done=1`, 303);
    });
  };
  return { html };
}
